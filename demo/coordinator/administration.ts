// The administrators' part of the view: programmes, coordinators' accounts (add, remove) and
// the audit log. Shown only to administrators (the server refuses these routes to anyone else).
import { api, apiJson, Unauthorized } from './api.ts';
import type { AuditEntry, Coordinator, Json, Programme } from './api-types.ts';
import { byId, h } from './dom.ts';
import { formatDateTime } from './format.ts';
import { handleFailure, setStatus } from './session.ts';

const ACTIONS: Record<AuditEntry['action'], string> = {
  viewed: 'Viewed',
  exported: 'Exported',
  changed: 'Changed',
  erased: 'Erased',
  'signed-in': 'Signed in',
  'signed-out': 'Signed out',
};

function auditRow(entry: Json<AuditEntry>): HTMLTableRowElement {
  const who = entry.actorName ?? `Removed account ${entry.actorId}`;
  const subject = entry.subjectId ? `${entry.subjectKind ?? ''} ${entry.subjectId}`.trim() : '—';
  return h(
    'tr',
    { 'data-action': entry.action, 'data-subject': entry.subjectId },
    h('td', {}, formatDateTime(entry.at)),
    h('td', {}, `${who} (${entry.actorRole})`),
    h('td', {}, ACTIONS[entry.action]),
    h('td', {}, subject),
    h('td', {}, h('code', {}, entry.route)),
  );
}

function coordinatorCard(coordinator: Json<Coordinator>): HTMLLIElement {
  const headingId = `coordinator-${coordinator.id}`;
  const remove = h('button', { type: 'button', className: 'danger' }, `Remove ${coordinator.name}`);
  remove.addEventListener('click', () => {
    remove.disabled = true;
    api(`/api/coordinator/coordinators/${encodeURIComponent(coordinator.id)}`, {
      method: 'DELETE',
    })
      .then(async () => {
        setStatus(`${coordinator.name} was removed.`);
        await loadAdministration();
        byId('coordinators-heading', HTMLElement).focus();
      })
      .catch((error: unknown) => {
        remove.disabled = false;
        handleFailure(error);
      });
  });
  return h(
    'li',
    { className: 'card', 'aria-labelledby': headingId },
    h('h4', { id: headingId }, coordinator.name),
    h(
      'p',
      {},
      `${coordinator.email ?? 'Signs in with the coordinator token'} · ${coordinator.role}` +
        (coordinator.role === 'coordinator'
          ? ` of ${coordinator.programmes.join(', ') || 'no programme yet'}`
          : ''),
    ),
    h(
      'p',
      { className: 'muted' },
      coordinator.lastSignInAt
        ? `Last signed in ${formatDateTime(coordinator.lastSignInAt)}.`
        : 'Not signed in yet.',
    ),
    coordinator.bootstrap ? false : remove,
  );
}

export async function loadAdministration(): Promise<void> {
  const [programmes, coordinators, audit] = await Promise.all([
    apiJson<Json<Programme>[]>('/api/coordinator/programmes'),
    apiJson<Json<Coordinator>[]>('/api/coordinator/coordinators'),
    apiJson<Json<AuditEntry>[]>('/api/coordinator/audit'),
  ]);
  byId('programmes', HTMLUListElement).replaceChildren(
    ...(programmes.length
      ? programmes.map((programme) => h('li', {}, `${programme.name} (${programme.id})`))
      : [h('li', { className: 'muted' }, 'No programmes yet.')]),
  );
  byId('coordinators', HTMLUListElement).replaceChildren(...coordinators.map(coordinatorCard));
  byId('audit-table', HTMLTableElement).tBodies[0]!.replaceChildren(...audit.map(auditRow));
}

/** A form that posts its fields as JSON and reloads the administration on success. */
function wireForm(
  formId: string,
  errorId: string,
  path: string,
  body: (field: (name: string) => string) => Record<string, unknown>,
  done: (field: (name: string) => string) => string,
): void {
  const form = byId(formId, HTMLFormElement);
  const error = byId(errorId, HTMLElement);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    error.textContent = '';
    apiJson(path, { method: 'POST', body: body(field) })
      .then(async () => {
        setStatus(done(field));
        form.reset();
        await loadAdministration();
      })
      .catch((failure: unknown) => {
        setStatus('');
        if (failure instanceof Unauthorized || !(failure instanceof Error)) handleFailure(failure);
        else error.textContent = failure.message;
      });
  });
}

export function initAdministration(): void {
  wireForm(
    'programme-form',
    'programme-error',
    '/api/coordinator/programmes',
    (field) => ({ id: field('id'), name: field('name') }),
    (field) => `The programme ${field('name')} was added.`,
  );
  wireForm(
    'invite-form',
    'invite-error',
    '/api/coordinator/coordinators',
    (field) => ({
      name: field('name'),
      email: field('email'),
      role: field('role'),
      lang: 'en',
      programmes: field('programmes')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    }),
    (field) => `${field('name')} was added. They sign in with a link sent to their address.`,
  );
}
