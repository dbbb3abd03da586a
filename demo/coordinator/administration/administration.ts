/**
 * `<mk-administration>`: the administrators' part of the coordinator page, in Swedish or English
 * as the page's `lang` says, on the widgets' base element and controllers (decision 0032):
 * programmes (the list, and a form that adds one), the coordinators' accounts (each with invite
 * again, revoke, remove; a form that invites one by e-mail) and the audit log in words
 * (who did what to whose data, and when). Errors are said beside their fields; after each
 * action the focus goes where the result is: the first invalid field, the notice that says
 * what was done, or the account acted on. Only administrators reach its routes (the server
 * refuses everyone else; the page shows it to administrators only).
 *
 * @fires mk-administration-session-ended - A request was refused because the session ended.
 */
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { DataController, MentorkitElement, emit, renderDataState } from '@mentorkit/widgets/shared';
import type { DataError } from '@mentorkit/widgets/shared';
import { ApiError, Unauthorized, api } from '../api.ts';
import { cardsStyles } from '../shared/cards.styles.ts';
import { controlsStyles } from '../shared/controls.styles.ts';
import { focusFirstInvalid, serverFieldErrors } from '../shared/field-errors.ts';
import type { FieldErrors } from '../shared/field-errors.ts';
import { tableStyles } from '../shared/table.styles.ts';
import { checkInvitation, readInvitation, renderAccounts } from './accounts-section.ts';
import type { AccountAction } from './accounts-section.ts';
import type { AdministrationMessages } from './administration-messages.ts';
import { administrationMessages } from './administration-messages.ts';
import { administrationStyles } from './administration.styles.ts';
import { parseAdministration } from './administration-types.ts';
import type { Administration, Coordinator, Programme } from './administration-types.ts';
import { renderAudit } from './audit-section.ts';
import { keyed } from './form-fields.ts';
import {
  checkProgramme,
  checkSettings,
  readProgramme,
  readSettings,
  renderProgrammes,
  settingsRefusals,
} from './programmes-section.ts';
import type { ProgrammeForm } from './programmes-section.ts';
import './administration-events.ts';

/** When an account was invited or signed in, or an entry logged: Stockholm time. */
const WHEN: Intl.DateTimeFormatOptions = {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Stockholm',
};

const ACCOUNTS = '/api/coordinator/coordinators';

export class MkAdministration extends MentorkitElement<AdministrationMessages> {
  static override styles = [
    MentorkitElement.styles,
    tableStyles,
    controlsStyles,
    cardsStyles,
    administrationStyles,
  ];

  static override properties: PropertyDeclarations = {
    manual: { type: Boolean },
    errors: { state: true },
    notices: { state: true },
    busyAccount: { state: true },
    editing: { state: true },
  };

  /** Loads only when the page calls `reload()` (once an administrator signed in). */
  manual = false;
  /** Both forms' errors, keyed `<form>-<field>` (form-fields.ts). */
  errors: FieldErrors = {};
  notices: { programme: string; account: string } = { programme: '', account: '' };
  busyAccount: string | undefined;
  /** The programme whose Edit form is open. */
  editing: string | undefined;

  protected readonly localize = this.localizeWith(administrationMessages);
  private readonly data = new DataController<Administration>(this, {
    parse: parseAdministration,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.manual && this.data.status === 'idle') void this.reload();
  }

  /** Loads programmes, accounts and the audit log again. */
  async reload(): Promise<void> {
    const json = async (path: string): Promise<unknown> => (await api(path)).json();
    await this.data.load(async () => {
      const [programmes, coordinators, audit] = await Promise.all(
        ['/api/coordinator/programmes', ACCOUNTS, '/api/coordinator/audit'].map(json),
      );
      // Each programme's questions, as its signup form asks them (the backend's questions file).
      const ids = Array.isArray(programmes)
        ? (programmes as { id: string }[]).map((p) => p.id)
        : [];
      const asked = await Promise.all(
        ids.map((id) => json(`/api/questions?programme=${encodeURIComponent(id)}`)),
      );
      const questions = Object.fromEntries(ids.map((id, index) => [id, asked[index]]));
      return { programmes, coordinators, audit, questions };
    });
    const { error } = this.data;
    if (error?.kind === 'network' && error.detail instanceof Unauthorized) this.sessionEnded();
  }

  /** The heading, for the page to move focus to. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  protected override render(): TemplateResult {
    // What was last shown stays while it loads again (no flash of "Loading", no lost focus).
    const shown = this.data.shown;
    return html`<h2 id="administration-heading" tabindex="-1">
        ${this.localize.term('adminHeading')}
      </h2>
      ${
        shown
          ? this.renderParts(shown)
          : renderDataState(this.data, this.localize, () => nothing, {
              errorText: (error) => this.failureText(error),
            })
      }`;
  }

  private readonly when = (iso: string) => this.localize.formatDate(iso, WHEN);

  private renderParts(shown: Administration): TemplateResult {
    const localize = this.localize;
    return html`<div aria-busy=${this.data.status === 'loading' ? 'true' : 'false'}>
      ${renderProgrammes({
        localize,
        programmes: shown.programmes,
        coordinators: shown.coordinators,
        questions: shown.questions,
        errors: this.errors,
        notice: this.notices.programme,
        editing: this.editing,
        onSubmit: (form) => void this.addProgramme(form),
        onEdit: (programme) => void this.edit(programme),
        onSave: (form, programme) => void this.saveProgramme(form, programme),
      })}
      ${renderAccounts({
        localize,
        coordinators: shown.coordinators,
        programmes: shown.programmes,
        errors: this.errors,
        notice: this.notices.account,
        busy: this.busyAccount,
        when: this.when,
        onAction: (coordinator, action) => void this.actOn(coordinator, action),
        onSubmit: (form) => void this.invite(form),
      })}
      ${renderAudit({ localize, entries: shown.audit, when: this.when })}
    </div>`;
  }

  /** A failed load in words: the session that ended, the server's status, or the common words. */
  private failureText(error: DataError): { title: string; body: string } | undefined {
    if (error.kind !== 'network') return undefined;
    if (error.detail instanceof Unauthorized) {
      return { title: this.localize.term('adminSessionEnded'), body: '' };
    }
    if (error.detail instanceof ApiError) {
      return {
        title: this.localize.term('errorHttpTitle'),
        body: this.localize.term('errorHttpBody', { status: error.detail.status }),
      };
    }
    return undefined;
  }

  private sessionEnded(): void {
    emit(this, 'mk-administration-session-ended', null);
  }

  /** Clears one form's errors (the other form's stay). */
  private clearErrors(form: ProgrammeForm | 'invite'): void {
    this.errors = Object.fromEntries(
      Object.entries(this.errors).filter(([key]) => !key.startsWith(`${form}-`)),
    );
  }

  /** Shows `errors` beside their fields and moves the focus to the first. */
  private async showErrors(form: ProgrammeForm | 'invite', errors: FieldErrors): Promise<void> {
    this.clearErrors(form);
    this.errors = { ...this.errors, ...keyed(form, errors) };
    await this.updateComplete;
    const formElement = this.renderRoot.querySelector(`#${form}-form`);
    if (formElement) focusFirstInvalid(formElement);
  }

  /** Says what was done in a part's notice, once the reload shows it, with the focus there. */
  private async announce(part: 'programme' | 'account', text: string): Promise<void> {
    this.notices = { ...this.notices, [part]: text };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${part}-notice`)?.focus();
  }

  /**
   * A refusal in words: the session that ended is the page's to say; fields the server refused
   * are said beside them (`refusals` in the form's words, by field); anything else in the part's
   * notice.
   */
  private async refused(
    error: unknown,
    form: ProgrammeForm | 'invite',
    refusals: Readonly<Record<string, string>>,
  ): Promise<void> {
    if (error instanceof Unauthorized) {
      this.sessionEnded();
      return;
    }
    const fields = serverFieldErrors(error, {});
    if (fields) {
      const worded = Object.fromEntries(
        Object.keys(fields).map((field) => [field, refusals[field] ?? fields[field]]),
      );
      await this.showErrors(form, worded);
      return;
    }
    await this.announce(form === 'invite' ? 'account' : 'programme', this.failureWords(error));
  }

  private failureWords(error: unknown): string {
    if (error instanceof ApiError && error.status === 503) return this.localize.term('adminNoMail');
    return this.localize.term('adminActionFailed');
  }

  private async addProgramme(form: HTMLFormElement): Promise<void> {
    const term = this.localize.term.bind(this.localize);
    const programme = readProgramme(form);
    this.notices = { ...this.notices, programme: '' };
    const errors = checkProgramme(programme, this.localize);
    if (Object.keys(errors).length) return this.showErrors('programme', errors);
    try {
      await api('/api/coordinator/programmes', { method: 'POST', body: programme });
    } catch (error) {
      const taken = error instanceof ApiError && error.status === 409;
      return this.refused(error, 'programme', {
        // The schema's refusal of the id is about its characters; 409 is an id in use.
        id: term(taken ? 'adminProgrammeTaken' : 'adminProgrammeIdInvalid'),
        ...settingsRefusals(this.localize),
      });
    }
    form.reset();
    this.clearErrors('programme');
    await this.reload();
    await this.announce('programme', term('adminProgrammeAdded', { name: programme.name }));
  }

  /**
   * Opens a programme's Edit form with the focus on its name, or closes it (Cancel) with the
   * focus back on the programme's Edit button.
   */
  private async edit(programme: Programme | undefined): Promise<void> {
    const closing = this.editing;
    this.clearErrors('edit');
    this.editing = programme?.id;
    await this.updateComplete;
    if (programme) {
      this.renderRoot.querySelector<HTMLElement>('#edit-name')?.focus();
    } else if (closing) {
      this.renderRoot
        .querySelector<HTMLElement>(
          `[data-programme-id="${CSS.escape(closing)}"] button.edit-programme`,
        )
        ?.focus();
    }
  }

  /** Sends a programme's new name, languages and capacity default. */
  private async saveProgramme(form: HTMLFormElement, programme: Programme): Promise<void> {
    const term = this.localize.term.bind(this.localize);
    const settings = readSettings(form);
    this.notices = { ...this.notices, programme: '' };
    const errors = checkSettings(settings, this.localize);
    if (Object.keys(errors).length) return this.showErrors('edit', errors);
    try {
      await api(`/api/coordinator/programmes/${encodeURIComponent(programme.id)}`, {
        method: 'PUT',
        body: settings,
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        return this.announce('programme', term('adminProgrammeGone'));
      }
      return this.refused(error, 'edit', settingsRefusals(this.localize));
    }
    this.clearErrors('edit');
    this.editing = undefined;
    await this.reload();
    await this.announce('programme', term('adminProgrammeChanged', { name: settings.name }));
  }

  private async invite(form: HTMLFormElement): Promise<void> {
    const term = this.localize.term.bind(this.localize);
    const invitation = readInvitation(form);
    this.notices = { ...this.notices, account: '' };
    const errors = checkInvitation(invitation, this.localize);
    if (Object.keys(errors).length) return this.showErrors('invite', errors);
    try {
      await api(ACCOUNTS, { method: 'POST', body: invitation });
    } catch (error) {
      const taken = error instanceof ApiError && error.status === 409;
      return this.refused(error, 'invite', {
        name: term('adminInviteNameInvalid'),
        email: term(taken ? 'adminInviteTaken' : 'adminInviteEmailInvalid'),
        lang: term('adminInviteLangInvalid'),
        role: term('adminInviteRoleInvalid'),
        programmes: term(
          // A 422 that is not the schema's ("Some fields…") names a programme that is gone.
          error instanceof ApiError && error.status === 422 && !/^Some fields/.test(error.message)
            ? 'adminInviteUnknownProgramme'
            : 'adminInviteProgrammesInvalid',
        ),
      });
    }
    form.reset();
    this.clearErrors('invite');
    await this.reload();
    await this.announce(
      'account',
      term('adminInviteSent', { name: invitation.name, email: invitation.email }),
    );
  }

  /** Invite again, revoke or remove an account; the focus goes back to its name. */
  private async actOn(coordinator: Coordinator, action: AccountAction): Promise<void> {
    const term = this.localize.term.bind(this.localize);
    const path = `${ACCOUNTS}/${encodeURIComponent(coordinator.id)}`;
    const { name } = coordinator;
    this.busyAccount = coordinator.id;
    this.notices = { ...this.notices, account: '' };
    let said: string;
    try {
      if (action === 'remove') await api(path, { method: 'DELETE' });
      else await api(`${path}/${action}`, { method: 'POST' });
      said =
        action === 'invitation'
          ? term('adminSentAgain', { name })
          : action === 'revoke'
            ? term('adminRevoked', { name })
            : term('adminRemoved', { name });
      await this.reload();
    } catch (error) {
      if (error instanceof Unauthorized) return this.sessionEnded();
      said =
        error instanceof ApiError && error.status === 409
          ? term(action === 'invitation' ? 'adminAlreadyActive' : 'adminLastAdministrator')
          : this.failureWords(error);
    } finally {
      this.busyAccount = undefined;
    }
    this.notices = { ...this.notices, account: said };
    await this.updateComplete;
    // The account's name when it is still there, else what was said.
    const card = this.renderRoot.querySelector<HTMLElement>(
      `#coordinator-${CSS.escape(coordinator.id)}`,
    );
    (card ?? this.renderRoot.querySelector<HTMLElement>('#account-notice'))?.focus();
  }
}
