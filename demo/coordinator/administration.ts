// The administrators' part of the view: programmes, coordinators' accounts (invite by mail,
// invite again, revoke, remove) and the audit log. Shown only to administrators (the server
// refuses these routes to anyone else).
import { api, apiJson, Unauthorized } from './api.ts';
import type { AuditEntry, Coordinator, Json, Programme } from './api-types.ts';
import {
  ACCOUNT_MESSAGES,
  INVITE_MESSAGES,
  PROGRAMME_MESSAGES,
} from './administration-messages.ts';
import { byId, h } from './dom.ts';
import { serverFieldErrors, showFieldErrors, type FieldErrors } from './field-errors.ts';
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

/** A button on an account's card: runs `act`, then says `done` and reloads the list. */
function accountAction(
  label: string,
  className: string,
  act: () => Promise<unknown>,
  done: string,
): HTMLButtonElement {
  const button = h('button', { type: 'button', className }, label);
  button.addEventListener('click', () => {
    button.disabled = true;
    act()
      .then(async () => {
        setStatus(done);
        await loadAdministration();
        byId('coordinators-heading', HTMLElement).focus();
      })
      .catch((error: unknown) => {
        button.disabled = false;
        handleFailure(error);
      });
  });
  return button;
}

function coordinatorCard(
  coordinator: Json<Coordinator>,
  programmeNames: ReadonlyMap<string, string>,
): HTMLLIElement {
  const headingId = `coordinator-${coordinator.id}`;
  const path = `/api/coordinator/coordinators/${encodeURIComponent(coordinator.id)}`;
  const programmes = coordinator.programmes.map((id) => programmeNames.get(id) ?? id).join(', ');
  const when = coordinator.status === 'invited' ? coordinator.invitedAt : coordinator.lastSignInAt;
  const actions = coordinator.bootstrap
    ? []
    : [
        coordinator.status !== 'active' &&
          accountAction(
            ACCOUNT_MESSAGES.inviteAgain(coordinator.name),
            '',
            () => api(`${path}/invitation`, { method: 'POST' }),
            INVITE_MESSAGES.sentAgain(coordinator.name),
          ),
        coordinator.status !== 'revoked' &&
          accountAction(
            ACCOUNT_MESSAGES.revoke(coordinator.name),
            'danger',
            () => api(`${path}/revoke`, { method: 'POST' }),
            INVITE_MESSAGES.revoked(coordinator.name),
          ),
        accountAction(
          ACCOUNT_MESSAGES.remove(coordinator.name),
          'danger',
          () => api(path, { method: 'DELETE' }),
          INVITE_MESSAGES.removed(coordinator.name),
        ),
      ];
  return h(
    'li',
    {
      className: 'card',
      'aria-labelledby': headingId,
      'data-status': coordinator.status,
    },
    h('h4', { id: headingId }, coordinator.name),
    h(
      'p',
      {},
      `${coordinator.email ?? ''}${coordinator.email ? ' · ' : ''}${ACCOUNT_MESSAGES.role(coordinator, programmes)}`,
    ),
    h(
      'p',
      { className: 'muted' },
      ACCOUNT_MESSAGES.status(coordinator, when ? formatDateTime(when) : null),
    ),
    actions.length ? h('div', { className: 'toolbar' }, actions) : false,
  );
}

/** The invitation form's programme choices: one checkbox per programme, by name. */
function programmeChoices(programmes: readonly Json<Programme>[]): void {
  const checked = new Set(
    [...document.querySelectorAll<HTMLInputElement>('#invite-programmes input:checked')].map(
      (input) => input.value,
    ),
  );
  byId('invite-programme-choices', HTMLElement).replaceChildren(
    ...(programmes.length
      ? programmes.map((programme) =>
          h(
            'label',
            { className: 'choice' },
            h('input', {
              type: 'checkbox',
              name: 'programmes',
              value: programme.id,
              checked: checked.has(programme.id),
            }),
            ` ${programme.name}`,
          ),
        )
      : [h('p', { className: 'muted' }, INVITE_MESSAGES.noProgrammes)]),
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
  const names = new Map(programmes.map((programme) => [programme.id, programme.name]));
  byId('coordinators', HTMLUListElement).replaceChildren(
    ...coordinators.map((coordinator) => coordinatorCard(coordinator, names)),
  );
  programmeChoices(programmes);
  byId('audit-table', HTMLTableElement).tBodies[0]!.replaceChildren(...audit.map(auditRow));
}

interface AdministrationForm<Body> {
  /** The form's fields as the route takes them. */
  read: (data: FormData) => Body;
  /** What can be told before asking the server. */
  check: (body: Body) => FieldErrors;
  /** The words for fields the server's schema refused. */
  invalid: Readonly<Record<string, string>>;
  done: (body: Body) => string;
}

/**
 * A form that posts its fields as JSON to `path` and reloads the administration on success;
 * errors are said next to their fields (field-errors.ts), anything else in the status line.
 */
function wireForm<Body>(formId: string, path: string, spec: AdministrationForm<Body>): void {
  const form = byId(formId, HTMLFormElement);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = spec.read(new FormData(form));
    setStatus('');
    if (!showFieldErrors(form, spec.check(body))) return;
    apiJson(path, { method: 'POST', body })
      .then(async () => {
        form.reset();
        setStatus(spec.done(body));
        await loadAdministration();
      })
      .catch((failure: unknown) => {
        const errors = serverFieldErrors(failure, spec.invalid);
        if (errors && !(failure instanceof Unauthorized)) showFieldErrors(form, errors);
        else handleFailure(failure);
      });
  });
}

/** A form's text field, trimmed ('' when absent). */
const textOf = (data: FormData, name: string): string => {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

export function initAdministration(): void {
  wireForm('programme-form', '/api/coordinator/programmes', {
    read: (data) => ({ id: textOf(data, 'id'), name: textOf(data, 'name') }),
    check: (programme) => ({
      // The server's schema judges the id's characters (core's IdentifierSchema).
      ...(programme.id ? {} : { id: PROGRAMME_MESSAGES.invalid['id'] }),
      ...(programme.name ? {} : { name: PROGRAMME_MESSAGES.invalid['name'] }),
    }),
    invalid: PROGRAMME_MESSAGES.invalid,
    done: (programme) => PROGRAMME_MESSAGES.added(programme.name),
  });
  wireForm('invite-form', '/api/coordinator/coordinators', {
    read: (data) => ({
      name: textOf(data, 'name'),
      email: textOf(data, 'email'),
      role: textOf(data, 'role'),
      lang: textOf(data, 'lang'),
      programmes: data.getAll('programmes').filter((id): id is string => typeof id === 'string'),
    }),
    check: (invitation) => {
      const errors: FieldErrors = {};
      if (!invitation.name) errors['name'] = INVITE_MESSAGES.invalid['name'];
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(invitation.email)) {
        errors['email'] = INVITE_MESSAGES.invalid['email'];
      }
      if (invitation.role === 'coordinator' && invitation.programmes.length === 0) {
        errors['programmes'] = INVITE_MESSAGES.invalid['programmes'];
      }
      return errors;
    },
    invalid: INVITE_MESSAGES.invalid,
    done: (invitation) => INVITE_MESSAGES.sent(invitation.name, invitation.email),
  });
}
