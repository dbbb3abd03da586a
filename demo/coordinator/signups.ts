// The signups table: search, filter by role, CSV export, and per row "Find a mentor" (mentees),
// "Export JSON", "Export CSV" and "Erase data".
import { apiJson } from './api.ts';
import type { Signup } from './api-types.ts';
import { demoBadge } from './demo-badge.ts';
import { byId, h } from './dom.ts';
import { downloadFile } from './download.ts';
import { formatDateTime } from './format.ts';
import { handleFailure } from './session.ts';

export interface SignupActions {
  findMentor(mentee: Signup): Promise<void>;
  erase(signup: Signup): void;
  classify(signup: Signup): void;
}

const CLASSIFIED_BY = { lookup: 'from their words', coordinator: 'by a coordinator' } as const;

/** The occupation's group, who classified it, and a button to classify it or change it. */
function occupationCell(signup: Signup, actions: SignupActions): HTMLTableCellElement {
  const label = signup.occupationLabel;
  const button = h(
    'button',
    {
      type: 'button',
      className: 'classify',
      'aria-label': `${label ? 'Change' : 'Classify'} the occupation of ${signup.name}`,
    },
    label ? 'Change' : 'Classify',
  );
  button.addEventListener('click', () => actions.classify(signup));
  return h(
    'td',
    { className: 'occupation' },
    label ? h('span', {}, label) : h('span', { className: 'unclassified' }, 'Unclassified'),
    label &&
      signup.occupationSource &&
      h('span', { className: 'muted' }, ` (${CLASSIFIED_BY[signup.occupationSource]})`),
    ' ',
    button,
  );
}

function signupRow(signup: Signup, actions: SignupActions): HTMLTableRowElement {
  const { profile } = signup.submission;
  const buttons = h('div', { className: 'actions' });
  if (signup.kind === 'mentee') {
    const find = h(
      'button',
      { type: 'button', 'aria-label': `Find a mentor for ${signup.name}` },
      'Find a mentor',
    );
    find.addEventListener('click', () => {
      actions.findMentor(signup).catch(handleFailure);
    });
    buttons.append(find);
  }
  const erase = h(
    'button',
    { type: 'button', className: 'danger', 'aria-label': `Erase data of ${signup.name}` },
    'Erase data',
  );
  erase.addEventListener('click', () => actions.erase(signup));
  // Everything held about the person (their right of access, GDPR art. 15), as JSON, and as
  // CSV for a person who wants it in a spreadsheet (portability, art. 20).
  const exportButtons = (['json', 'csv'] as const).map((format) => {
    const label = format.toUpperCase();
    const button = h(
      'button',
      { type: 'button', 'aria-label': `Export ${label} of ${signup.name}` },
      `Export ${label}`,
    );
    button.addEventListener('click', () => {
      const query = format === 'csv' ? '?format=csv' : '';
      void downloadFile(
        `/api/coordinator/signups/${encodeURIComponent(signup.id)}/export${query}`,
        `mentorkit-${signup.id}.${format}`,
        `The data of ${signup.name} was downloaded as a ${label} file.`,
      );
    });
    return button;
  });
  buttons.append(...exportButtons, erase);
  return h(
    'tr',
    { 'data-signup-id': signup.id },
    h('td', {}, signup.name, demoBadge(signup.demo)),
    h('td', {}, signup.kind === 'mentor' ? 'Mentor' : 'Mentee'),
    h('td', {}, profile.profession),
    occupationCell(signup, actions),
    h('td', {}, profile.region),
    h('td', {}, signup.email),
    h('td', {}, h('time', { datetime: signup.createdAt }, formatDateTime(signup.createdAt))),
    h(
      'td',
      { className: 'confirmed' },
      signup.confirmedAt
        ? ['Yes, ', h('time', { datetime: signup.confirmedAt }, formatDateTime(signup.confirmedAt))]
        : 'Not yet',
    ),
    h('td', {}, buttons),
  );
}

/** After a classification: the focus back on the person's row, where it was before the dialog. */
export function focusClassifyButton(signupId: string): void {
  const row = byId('signups-table', HTMLTableElement).querySelector(
    `tr[data-signup-id="${CSS.escape(signupId)}"] button.classify`,
  );
  if (row instanceof HTMLButtonElement) row.focus();
}

function downloadCsv(dialect: '' | 'excel-sv'): Promise<void> {
  return downloadFile(
    `/api/coordinator/signups.csv${dialect ? `?dialect=${dialect}` : ''}`,
    `signups-${new Date().toISOString().slice(0, 10)}${dialect ? '-excel' : ''}.csv`,
    'The CSV file was downloaded.',
  );
}

/** Wires the search form and the export buttons; returns what (re)loads the table. */
export function initSignups(actions: SignupActions): () => Promise<void> {
  const search = byId('search', HTMLInputElement);
  const kind = byId('kind', HTMLSelectElement);

  async function loadSignups(): Promise<void> {
    const params = new URLSearchParams();
    const q = search.value.trim();
    if (q) params.set('q', q);
    if (kind.value) params.set('kind', kind.value);
    const signups = await apiJson<Signup[]>(`/api/coordinator/signups?${params}`);
    byId('signups-table', HTMLTableElement).tBodies[0]?.replaceChildren(
      ...signups.map((signup) => signupRow(signup, actions)),
    );
    byId('signup-count', HTMLElement).textContent =
      signups.length === 1 ? '1 signup' : `${signups.length} signups`;
  }

  byId('search-form', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    loadSignups().catch(handleFailure);
  });
  kind.addEventListener('change', () => {
    loadSignups().catch(handleFailure);
  });
  // downloadCsv catches its own failures (handleFailure): nothing to reject here.
  byId('export-csv', HTMLButtonElement).addEventListener('click', () => void downloadCsv(''));
  byId('export-csv-excel', HTMLButtonElement).addEventListener(
    'click',
    () => void downloadCsv('excel-sv'),
  );
  return loadSignups;
}
