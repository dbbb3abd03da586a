/**
 * `<mk-passkeys>`: the signed-in coordinator's passkeys, in Swedish or English as the page's
 * `lang` says: each by name with when it was added and last used (Stockholm time, in the
 * page's language), adding one with an optional name, and removing one. Removal cannot be
 * undone (the passkey's key is gone; adding it again is a new ceremony), so it asks first.
 * Loading, empty and failed (Try again) states.
 *
 * Loads when the page calls `reload()` (once signed in). Events: `mk-session-ended` when a
 * request was refused because the session had ended.
 */
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { DataController, MentorkitElement, emit, renderDataState } from '@mentorkit/widgets/shared';
import type { DataError } from '@mentorkit/widgets/shared';
import { Unauthorized, api } from '../api.ts';
import type { PasskeyView } from '../api-types.ts';
import { passkeyRefusal, registerPasskey } from '../sign-in/passkey-ceremonies.ts';
import { controlsStyles } from '../shared/controls.styles.ts';
import { errorId, renderFieldError } from '../shared/field-errors.ts';
import './account-events.ts';
import type { AccountBundle } from './account-messages.ts';
import { accountMessages } from './account-messages.ts';
import { accountStyles } from './account.styles.ts';

/** Words computed at render time, so that a change of language rewords what is shown. */
type Words = () => string;

const DATE_TIME: Intl.DateTimeFormatOptions = {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Stockholm',
};

export class MkPasskeys extends MentorkitElement<AccountBundle> {
  static override styles = [MentorkitElement.styles, controlsStyles, accountStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    confirming: { state: true },
    removing: { state: true },
    adding: { state: true },
    nameError: { state: true },
    notice: { state: true },
  };

  /** The passkeys' address (default: the reference backend's). */
  src = '/api/coordinator/passkeys';
  /** The passkey whose removal is being confirmed. */
  confirming: string | undefined;
  removing = false;
  adding = false;
  nameError: Words | undefined;
  notice: Words | undefined;

  protected readonly localize = this.localizeWith(accountMessages);
  private readonly data = new DataController<PasskeyView[]>(this, {
    parse: (body) => {
      if (!Array.isArray(body)) throw new Error('not a list of passkeys');
      return body as PasskeyView[];
    },
    request: { credentials: 'same-origin', headers: { Accept: 'application/json' } },
  });

  /** The list last loaded, kept on screen while it loads again (no flash, no lost focus). */
  private shown: PasskeyView[] | undefined;

  /** Loads the list (again). */
  async reload(): Promise<void> {
    const state = await this.data.load(this.src);
    this.shown = state.status === 'loaded' ? state.data : undefined;
    if (state.status === 'error' && state.error.kind === 'http' && state.error.status === 401) {
      emit(this, 'mk-session-ended', null);
    }
  }

  /** Forgets the list and what was said (signed out: the next coordinator starts afresh). */
  forget(): void {
    this.shown = undefined;
    this.data.reset();
    this.confirming = undefined;
    this.notice = undefined;
    this.nameError = undefined;
  }

  /** Says what happened where the focus goes next (the row acted on may be gone). */
  private async announce(words: Words): Promise<void> {
    this.notice = words;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.notice')?.focus();
  }

  private async confirmRemoval(passkey: PasskeyView): Promise<void> {
    this.notice = undefined;
    this.confirming = passkey.id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.confirm-question')?.focus();
  }

  private async keep(passkey: PasskeyView): Promise<void> {
    this.confirming = undefined;
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(`li[data-passkey-id="${CSS.escape(passkey.id)}"] button.remove`)
      ?.focus();
  }

  private async removePasskey(passkey: PasskeyView): Promise<void> {
    if (this.removing) return;
    this.removing = true;
    const name = passkey.name;
    try {
      await api(`${this.src}/${encodeURIComponent(passkey.id)}`, { method: 'DELETE' });
      this.confirming = undefined;
      await this.reload();
      await this.announce(() => this.localize.term('passkeyRemoved', { name }));
    } catch (error) {
      if (error instanceof Unauthorized) {
        emit(this, 'mk-session-ended', null);
        return;
      }
      await this.announce(() => this.localize.term('passkeyRemoveFailed', { name }));
    } finally {
      this.removing = false;
    }
  }

  private async add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.adding) return;
    const form = event.currentTarget as HTMLFormElement;
    const input = form.querySelector<HTMLInputElement>('#passkey-name');
    this.notice = undefined;
    this.nameError = undefined;
    this.adding = true;
    try {
      const added = await registerPasskey(input?.value.trim() ?? '');
      form.reset();
      this.adding = false;
      await this.reload();
      await this.announce(() => this.localize.term('passkeyAdded', { name: added.name }));
    } catch (error) {
      this.adding = false;
      if (error instanceof Unauthorized) {
        emit(this, 'mk-session-ended', null);
        return;
      }
      const key = passkeyRefusal(error) ?? 'passkeyRefused';
      this.nameError = () => this.localize.term(key);
      await this.updateComplete;
      input?.focus();
    }
  }

  private readonly failureText = (error: DataError) =>
    error.kind === 'http'
      ? {
          title: this.localize.term('errorHttpTitle'),
          body: this.localize.term('errorHttpBody', { status: error.status }),
        }
      : undefined;

  private renderPasskey(passkey: PasskeyView, index: number): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const name = passkey.name;
    const added = this.localize.formatDate(passkey.createdAt, DATE_TIME);
    const dates = passkey.lastUsedAt
      ? term('passkeyDatesUsed', {
          added,
          used: this.localize.formatDate(passkey.lastUsedAt, DATE_TIME),
        })
      : term('passkeyDates', { added, used: '' });
    const question = `confirm-${index}`;
    return html`<li data-passkey-id=${passkey.id}>
      <strong>${name}</strong>
      <span class="muted">${dates}</span>
      ${
        this.confirming === passkey.id
          ? html`<div class="actions" role="group" aria-labelledby=${question}>
              <p id=${question} class="confirm-question" tabindex="-1">
                ${term('passkeyConfirm', { name })}
              </p>
              <button
                type="button"
                class="danger confirm"
                aria-disabled=${this.removing ? 'true' : 'false'}
                @click=${() => void this.removePasskey(passkey)}
              >
                ${term('passkeyConfirmRemove', { name })}
              </button>
              <button type="button" class="keep" @click=${() => void this.keep(passkey)}>
                ${term('passkeyKeep')}
              </button>
            </div>`
          : html`<button
              type="button"
              class="danger remove"
              @click=${() => void this.confirmRemoval(passkey)}
            >
              ${term('passkeyRemove', { name })}
            </button>`
      }
    </li>`;
  }

  private renderList(passkeys: readonly PasskeyView[]): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return passkeys.length === 0
      ? html`<p id="passkeys" class="muted">${term('passkeysNone')}</p>`
      : html`<ul id="passkeys" aria-label=${term('passkeysListLabel')}>
          ${passkeys.map((passkey, index) => this.renderPasskey(passkey, index))}
        </ul>`;
  }

  private renderAddForm(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const errors = { name: this.nameError?.() };
    // A form of the details, not a heading: the summary above it is not one either, so a
    // heading here would skip a level in the page's outline.
    return html`<form
      aria-label=${term('passkeyAddHeading')}
      novalidate
      @submit=${(event: SubmitEvent) => void this.add(event)}
    >
      <div class="field">
        <label for="passkey-name">${term('passkeyName')}</label>
        <input
          id="passkey-name"
          name="name"
          maxlength="120"
          autocomplete="off"
          aria-invalid=${errors.name ? 'true' : nothing}
          aria-describedby=${errors.name ? errorId('name') : nothing}
        />
        ${renderFieldError(errors, 'name')}
      </div>
      <button type="submit" aria-disabled=${this.adding ? 'true' : 'false'}>
        ${this.adding ? term('passkeyAdding') : term('passkeyAdd')}
      </button>
    </form>`;
  }

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`<details id="passkeys-section">
      <summary id="passkeys-heading">${term('passkeysHeading')}</summary>
      <p>${term('passkeysIntro')}</p>
      <p class="notice" aria-live="polite" tabindex="-1">${this.notice?.() ?? ''}</p>
      ${
        this.shown && this.data.status === 'loading'
          ? this.renderList(this.shown)
          : renderDataState(this.data, this.localize, (passkeys) => this.renderList(passkeys), {
              errorText: this.failureText,
            })
      }
      ${this.renderAddForm()}
    </details>`;
  }
}
