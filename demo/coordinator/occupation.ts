// Classifying a signup's occupation: a dialog that searches the job titles (the lookup the
// signup form's picker uses, run by the backend) with the person's own words filled in, and
// stores the title chosen. The results are buttons in a list, each naming its title and group,
// and their count is announced: reachable by Tab, chosen by Enter or Space.
import { apiJson, Unauthorized } from './api.ts';
import type { OccupationChoice, Signup } from './api-types.ts';
import { byId, h } from './dom.ts';
import { handleFailure, setStatus } from './session.ts';

let classifying: Signup | undefined;
let onClassified: (signup: Signup) => Promise<void> = async () => {};

/** The person's words: what they typed in the form, or their profession. */
const wordsOf = (signup: Signup) =>
  signup.submission.profile.occupation?.text ?? signup.submission.profile.profession;

function choiceButton(choice: OccupationChoice, person: Signup): HTMLLIElement {
  const button = h(
    'button',
    { type: 'button', className: 'occupation-choice' },
    h('span', { className: 'occupation-choice__title' }, choice.label),
    choice.matchedName && h('span', { className: 'muted' }, ` (found as “${choice.matchedName}”)`),
    h('span', { className: 'occupation-choice__group muted' }, ` · ${choice.group}`),
  );
  button.addEventListener('click', () => void choose(person, choice, button));
  return h('li', {}, button);
}

async function search(query: string): Promise<void> {
  const person = classifying;
  if (!person) return;
  const results = byId('occupation-results', HTMLUListElement);
  const count = byId('occupation-count', HTMLElement);
  const words = query.trim();
  if (!words) {
    results.replaceChildren();
    count.textContent = 'Type a job title to search.';
    return;
  }
  count.textContent = 'Searching…';
  try {
    const found = await apiJson<OccupationChoice[]>(
      `/api/coordinator/occupations?${new URLSearchParams({ q: words, locale: 'sv' })}`,
    );
    if (classifying !== person) return;
    results.replaceChildren(...found.map((choice) => choiceButton(choice, person)));
    count.textContent =
      found.length === 0
        ? 'No job title found. Try fewer or other words.'
        : found.length === 1
          ? '1 job title found.'
          : `${found.length} job titles found.`;
  } catch (error) {
    failed(error);
  }
}

async function choose(person: Signup, choice: OccupationChoice, button: HTMLButtonElement) {
  button.disabled = true;
  try {
    const updated = await apiJson<Signup>(
      `/api/coordinator/signups/${encodeURIComponent(person.id)}/occupation`,
      {
        method: 'PUT',
        body: { ssyk: choice.ssyk, ...(choice.titleId ? { titleId: choice.titleId } : {}) },
      },
    );
    byId('occupation-dialog', HTMLDialogElement).close();
    classifying = undefined;
    setStatus(`${person.name}: ${choice.label}, ${updated.occupationLabel ?? choice.group}.`);
    await onClassified(updated);
  } catch (error) {
    button.disabled = false;
    failed(error);
  }
}

function failed(error: unknown): void {
  if (error instanceof Unauthorized || !(error instanceof Error)) {
    byId('occupation-dialog', HTMLDialogElement).close();
    handleFailure(error);
  } else {
    byId('occupation-error', HTMLElement).textContent = error.message;
  }
}

export function openOccupation(signup: Signup): void {
  classifying = signup;
  byId('occupation-person', HTMLElement).textContent = signup.name;
  byId('occupation-words', HTMLElement).textContent = wordsOf(signup);
  byId('occupation-current', HTMLElement).textContent = signup.occupationLabel
    ? `Now: ${signup.occupationLabel}.`
    : 'Now: unclassified.';
  byId('occupation-error', HTMLElement).textContent = '';
  byId('occupation-results', HTMLUListElement).replaceChildren();
  byId('occupation-count', HTMLElement).textContent = '';
  const query = byId('occupation-query', HTMLInputElement);
  query.value = wordsOf(signup);
  byId('occupation-dialog', HTMLDialogElement).showModal();
  query.focus();
  query.select();
  void search(query.value);
}

/** Wires the dialog; `classified` refreshes what showed the person. */
export function initOccupation(classified: (signup: Signup) => Promise<void>): void {
  onClassified = classified;
  const dialog = byId('occupation-dialog', HTMLDialogElement);
  byId('occupation-cancel', HTMLButtonElement).addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    classifying = undefined;
  });
  byId('occupation-form', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    byId('occupation-error', HTMLElement).textContent = '';
    void search(byId('occupation-query', HTMLInputElement).value);
  });
}
