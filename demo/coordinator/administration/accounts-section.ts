// The administration's coordinators: each account's card (name, address, role and programmes in
// words, whether they accepted, and its actions: invite again, revoke, remove), and the form
// that invites one by e-mail. Rendered by <mk-administration>, which sends the requests.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { LocalizeController } from '@mentorkit/widgets/shared';
import { renderFieldError } from '../shared/field-errors.ts';
import type { FieldErrors } from '../shared/field-errors.ts';
import type { AdministrationMessages } from './administration-messages.ts';
import type { Coordinator, Invitation, Programme } from './administration-types.ts';
import { describedBy, renderTextField, textOf } from './form-fields.ts';

export type AccountAction = 'invitation' | 'revoke' | 'remove';

type Localize = LocalizeController<AdministrationMessages>;

export interface AccountsView {
  localize: Localize;
  coordinators: readonly Coordinator[];
  programmes: readonly Programme[];
  errors: FieldErrors;
  notice: string;
  /** The account whose action is under way (its buttons wait). */
  busy: string | undefined;
  when: (iso: string) => string;
  onAction: (coordinator: Coordinator, action: AccountAction) => void;
  onSubmit: (form: HTMLFormElement) => void;
}

const ROLES = ['coordinator', 'administrator'] as const;
const LANGUAGES = ['sv', 'en'] as const;

export function readInvitation(form: HTMLFormElement): Invitation {
  const data = new FormData(form);
  return {
    name: textOf(data, 'name'),
    email: textOf(data, 'email'),
    role: textOf(data, 'role'),
    lang: textOf(data, 'lang'),
    programmes: data.getAll('programmes').filter((id): id is string => typeof id === 'string'),
  };
}

export function checkInvitation(invitation: Invitation, localize: Localize): FieldErrors {
  const errors: FieldErrors = {};
  if (!invitation.name) errors['name'] = localize.term('adminInviteNameInvalid');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(invitation.email)) {
    errors['email'] = localize.term('adminInviteEmailInvalid');
  }
  if (invitation.role === 'coordinator' && invitation.programmes.length === 0) {
    errors['programmes'] = localize.term('adminInviteProgrammesInvalid');
  }
  return errors;
}

function renderCard(view: AccountsView, coordinator: Coordinator): TemplateResult {
  const term = view.localize.term.bind(view.localize);
  const names = new Map(view.programmes.map((programme) => [programme.id, programme.name]));
  const programmes = view.localize.formatList(
    coordinator.programmes.map((id) => names.get(id) ?? id),
  );
  const when = coordinator.status === 'invited' ? coordinator.invitedAt : coordinator.lastSignInAt;
  const { name } = coordinator;
  const busy = view.busy === coordinator.id;
  const button = (action: AccountAction, label: string, danger = false) =>
    html`<button
      type="button"
      class=${danger ? 'danger' : ''}
      data-action=${action}
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${() => {
        if (!busy) view.onAction(coordinator, action);
      }}
    >
      ${label}
    </button>`;
  const headingId = `coordinator-${coordinator.id}`;
  return html`<li
    class="card"
    aria-labelledby=${headingId}
    data-coordinator-id=${coordinator.id}
    data-status=${coordinator.status}
  >
    <h4 id=${headingId} tabindex="-1">${name}</h4>
    <p>
      ${coordinator.email ? html`${coordinator.email} · ` : nothing}${term('adminAccountRole', {
        role: coordinator.role,
        programmes,
      })}
    </p>
    <p class="muted">
      ${term('adminAccountStatus', {
        status: coordinator.status,
        bootstrap: coordinator.bootstrap,
        when: when ? view.when(when) : null,
      })}
    </p>
    ${
      coordinator.bootstrap
        ? nothing
        : html`<div class="actions">
            ${
              coordinator.status !== 'active'
                ? button('invitation', term('adminInviteAgain', { name }))
                : nothing
            }
            ${
              coordinator.status !== 'revoked'
                ? button('revoke', term('adminRevoke', { name }), true)
                : nothing
            }
            ${button('remove', term('adminRemove', { name }), true)}
          </div>`
    }
  </li>`;
}

function renderSelect(
  view: AccountsView,
  key: string,
  name: string,
  label: string,
  options: readonly TemplateResult[],
): TemplateResult {
  return html`<div class="field">
    <label for=${key}>${label}</label>
    <select
      id=${key}
      name=${name}
      aria-invalid=${view.errors[key] ? 'true' : 'false'}
      aria-describedby=${describedBy(view.errors, key)}
    >
      ${options}
    </select>
    ${renderFieldError(view.errors, key)}
  </div>`;
}

function renderInviteForm(view: AccountsView): TemplateResult {
  const { localize, errors } = view;
  const term = localize.term.bind(localize);
  const invalidProgrammes = Boolean(errors['invite-programmes']);
  return html`<h4 id="invite-heading">${term('adminInviteHeading')}</h4>
    <form
      id="invite-form"
      aria-labelledby="invite-heading"
      novalidate
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        view.onSubmit(event.currentTarget as HTMLFormElement);
      }}
    >
      <p>${term('adminInviteIntro')}</p>
      <div class="grid">
        ${renderTextField(
          { key: 'invite-name', name: 'name', label: term('adminInviteName'), maxLength: 120 },
          errors,
        )}
        ${renderTextField(
          {
            key: 'invite-email',
            name: 'email',
            type: 'email',
            label: term('adminInviteEmail'),
            maxLength: 320,
            spellcheck: false,
          },
          errors,
        )}
        ${renderSelect(
          view,
          'invite-lang',
          'lang',
          term('adminInviteLang'),
          LANGUAGES.map(
            (code) => html`<option value=${code}>${localize.languageName(code)}</option>`,
          ),
        )}
        ${renderSelect(
          view,
          'invite-role',
          'role',
          term('adminInviteRole'),
          ROLES.map(
            (role) => html`<option value=${role}>${term('adminRoleChoice', { role })}</option>`,
          ),
        )}
      </div>
      <fieldset
        id="invite-programmes"
        aria-invalid=${invalidProgrammes ? 'true' : 'false'}
        aria-describedby=${describedBy(errors, 'invite-programmes')}
      >
        <legend>${term('adminInviteProgrammes')}</legend>
        ${
          view.programmes.length
            ? html`<div class="choices">
                ${repeat(
                  view.programmes,
                  (programme) => programme.id,
                  (programme) =>
                    html`<label class="choice">
                      <input type="checkbox" name="programmes" value=${programme.id} />
                      ${programme.name}
                    </label>`,
                )}
              </div>`
            : html`<p class="muted">${term('adminInviteNoProgrammes')}</p>`
        }
        ${renderFieldError(errors, 'invite-programmes')}
      </fieldset>
      <button type="submit">${term('adminSendInvitation')}</button>
    </form>`;
}

export function renderAccounts(view: AccountsView): TemplateResult {
  const term = view.localize.term.bind(view.localize);
  return html`<section aria-labelledby="coordinators-heading">
    <h3 id="coordinators-heading" tabindex="-1">${term('adminAccountsHeading')}</h3>
    <p id="account-notice" class="notice" aria-live="polite" tabindex="-1">${view.notice}</p>
    <ul id="coordinators" class="cards" aria-labelledby="coordinators-heading">
      ${view.coordinators.map((coordinator) => renderCard(view, coordinator))}
    </ul>
    ${renderInviteForm(view)}
  </section>`;
}
