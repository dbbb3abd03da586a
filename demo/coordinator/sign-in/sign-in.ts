/**
 * `<mk-sign-in>`: the coordinator page's three ways in, in Swedish or English as the page's
 * `lang` says: a link by e-mail (the address, then "Check your e-mail"), a passkey, and the
 * coordinator token for the first administrator. Every refusal is told in words beside what it
 * is about (a 429's Retry-After as a wait in seconds or minutes), with the focus there.
 *
 * Events: `mk-signed-in` (`detail: { session }`) once the token or a passkey signed in; the page
 * then shows and loads the workspace.
 */
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { MentorkitElement, emit } from '@mentorkit/widgets/shared';
import { ApiError } from '../api.ts';
import { passkeyRefusal, signInWithPasskey } from './passkey-ceremonies.ts';
import { controlsStyles } from '../shared/controls.styles.ts';
import type { FieldErrors } from '../shared/field-errors.ts';
import { errorId, focusFirstInvalid, renderFieldError } from '../shared/field-errors.ts';
import './sign-in-events.ts';
import type { SignInBundle } from './sign-in-messages.ts';
import { signInMessages } from './sign-in-messages.ts';
import { SignInRefusal, requestLink, signInWithToken } from './sign-in-requests.ts';
import { signInStyles } from './sign-in.styles.ts';

type LinkState = 'form' | 'sending' | 'sent';
type Field = 'email' | 'token';
/** Words computed at render time, so that a change of language rewords what is shown. */
type Words = () => string;

const looksLikeAddress = (value: string) => /^[^\s@]+@[^\s@]+$/.test(value);

export class MkSignIn extends MentorkitElement<SignInBundle> {
  static override styles = [MentorkitElement.styles, controlsStyles, signInStyles];

  static override properties: PropertyDeclarations = {
    linkState: { state: true },
    email: { state: true },
    errors: { state: true },
    notice: { state: true },
    passkeyError: { state: true },
    passkeyBusy: { state: true },
    tokenBusy: { state: true },
  };

  linkState: LinkState = 'form';
  /** The address typed (kept when "Use another address" brings the form back). */
  email = '';
  errors: Partial<Record<Field, Words>> = {};
  notice: Words | undefined;
  passkeyError: Words | undefined;
  passkeyBusy = false;
  tokenBusy = false;

  protected readonly localize = this.localizeWith(signInMessages);

  /** The session ended (a request was refused): says so beside the address, focused there. */
  async sessionEnded(): Promise<void> {
    this.reset();
    this.errors = { email: () => this.localize.term('signInSessionEnded') };
    await this.updateComplete;
    focusFirstInvalid(this.renderRoot);
  }

  /** Signed out: the forms again, saying so, with the focus on the address. */
  async signedOut(): Promise<void> {
    this.reset();
    this.notice = () => this.localize.term('signInSignedOut');
    await this.updateComplete;
    this.field('email')?.focus();
  }

  /** A failure the page has no words of its own for, in this element's language. */
  describeFailure(error: unknown): string {
    const detail = error instanceof Error ? error.message : String(error);
    return this.localize.term('signInSomethingWrong', { detail });
  }

  private reset(): void {
    this.linkState = 'form';
    this.errors = {};
    this.notice = undefined;
    this.passkeyError = undefined;
  }

  private field(name: Field): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${name}`);
  }

  /** A sign-in request's failure in words: a 429 as the wait, else the server's or the network's. */
  private refusalWords(error: unknown): Words {
    const term = this.localize.term.bind(this.localize);
    if (error instanceof SignInRefusal && error.status === 429) {
      const seconds = Math.ceil(error.retryAfterSeconds ?? 60);
      return () => term('signInWait', { seconds, minutes: Math.ceil(seconds / 60) });
    }
    if (error instanceof ApiError) return () => term('signInServerFailed');
    return () => term('signInFailed');
  }

  private async showErrors(errors: Partial<Record<Field, Words>>): Promise<void> {
    this.errors = errors;
    await this.updateComplete;
    focusFirstInvalid(this.renderRoot);
  }

  private async sendLink(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.linkState === 'sending') return;
    this.notice = undefined;
    const email = this.email.trim();
    if (!looksLikeAddress(email)) {
      await this.showErrors({ email: () => this.localize.term('signInEmailMissing') });
      return;
    }
    this.errors = {};
    this.linkState = 'sending';
    try {
      await requestLink(email);
      this.email = email;
      this.linkState = 'sent';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sent-heading')?.focus();
    } catch (error) {
      this.linkState = 'form';
      const term = this.localize.term.bind(this.localize);
      const words: Words =
        error instanceof ApiError && error.status === 422
          ? () => term('signInEmailMissing')
          : error instanceof ApiError && error.status === 503
            ? () => term('signInNoMail')
            : this.refusalWords(error);
      await this.showErrors({ email: words });
    }
  }

  private async anotherAddress(): Promise<void> {
    this.linkState = 'form';
    await this.updateComplete;
    this.field('email')?.focus();
  }

  private async usePasskey(): Promise<void> {
    if (this.passkeyBusy) return;
    this.notice = undefined;
    this.passkeyError = undefined;
    this.passkeyBusy = true;
    try {
      const session = await signInWithPasskey();
      emit(this, 'mk-signed-in', { session });
    } catch (error) {
      const key =
        error instanceof SignInRefusal && error.status === 429 ? undefined : passkeyRefusal(error);
      this.passkeyError = key ? () => this.localize.term(key) : this.refusalWords(error);
    } finally {
      this.passkeyBusy = false;
    }
  }

  private async signInWithToken(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.tokenBusy) return;
    this.notice = undefined;
    const input = this.field('token');
    const token = input?.value.trim() ?? '';
    const term = this.localize.term.bind(this.localize);
    if (!token) {
      await this.showErrors({ token: () => term('signInTokenMissing') });
      return;
    }
    this.errors = {};
    this.tokenBusy = true;
    try {
      const session = await signInWithToken(token);
      if (input) input.value = '';
      emit(this, 'mk-signed-in', { session });
    } catch (error) {
      const status = error instanceof SignInRefusal ? error.status : 0;
      const words: Words =
        status === 401
          ? () => term('signInTokenRefused')
          : status === 403
            ? () => term('signInTokenRetired')
            : this.refusalWords(error);
      await this.showErrors({ token: words });
    } finally {
      this.tokenBusy = false;
    }
  }

  private renderField(
    name: Field,
    errors: FieldErrors,
    input: (describedBy: string | typeof nothing, invalid: 'true' | typeof nothing) => unknown,
  ): TemplateResult {
    const invalid = errors[name] ? ('true' as const) : nothing;
    return html`<div class="field">
      <label for=${name}
        >${this.localize.term(name === 'email' ? 'signInEmail' : 'signInToken')}</label
      >
      ${input(errors[name] ? errorId(name) : nothing, invalid)} ${renderFieldError(errors, name)}
    </div>`;
  }

  private renderLinkForm(errors: FieldErrors): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const sending = this.linkState === 'sending';
    return html`<form novalidate @submit=${(event: SubmitEvent) => void this.sendLink(event)}>
      <p>${term('signInLinkIntro')}</p>
      ${this.renderField(
        'email',
        errors,
        (describedBy, invalid) =>
          html`<input
            id="email"
            name="email"
            type="email"
            autocomplete="email"
            spellcheck="false"
            required
            .value=${this.email}
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
            @input=${(event: InputEvent) => {
              this.email = (event.target as HTMLInputElement).value;
            }}
          />`,
      )}
      <button type="submit" aria-disabled=${sending ? 'true' : 'false'}>
        ${sending ? term('signInSending') : term('signInSendLink')}
      </button>
    </form>`;
  }

  private renderSent(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`<div class="sent">
      <h3 id="sent-heading" tabindex="-1">${term('signInSentHeading')}</h3>
      <p>${term('signInSent', { email: this.email })}</p>
      <button type="button" @click=${() => void this.anotherAddress()}>
        ${term('signInOtherAddress')}
      </button>
    </div>`;
  }

  private renderTokenForm(errors: FieldErrors): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`<h3 id="token-heading">${term('signInTokenHeading')}</h3>
      <form
        aria-labelledby="token-heading"
        novalidate
        @submit=${(event: SubmitEvent) => void this.signInWithToken(event)}
      >
        <p>
          ${term('signInTokenIntro')}
          <code>demo/server/data/coordinator-token</code> ${term('signInTokenIntroOr')}
          <code>MENTORKIT_COORDINATOR_TOKEN</code>${term('signInTokenIntroEnd')}
        </p>
        ${this.renderField(
          'token',
          errors,
          (describedBy, invalid) =>
            html`<input
              id="token"
              name="token"
              type="password"
              autocomplete="off"
              spellcheck="false"
              required
              aria-invalid=${invalid}
              aria-describedby=${describedBy}
            />`,
        )}
        <button type="submit" aria-disabled=${this.tokenBusy ? 'true' : 'false'}>
          ${term('signInTokenSubmit')}
        </button>
      </form>`;
  }

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const errors: FieldErrors = {
      email: this.errors.email?.(),
      token: this.errors.token?.(),
    };
    return html`<section aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading" tabindex="-1">${term('signInHeading')}</h2>
      <p class="notice" aria-live="polite">${this.notice?.() ?? ''}</p>
      ${this.linkState === 'sent' ? this.renderSent() : this.renderLinkForm(errors)}
      <h3 id="passkey-heading">${term('signInPasskeyHeading')}</h3>
      <p>${term('signInPasskeyIntro')}</p>
      <p>
        <button
          type="button"
          id="passkey-sign-in"
          aria-describedby="passkey-error"
          aria-disabled=${this.passkeyBusy ? 'true' : 'false'}
          @click=${() => void this.usePasskey()}
        >
          ${this.passkeyBusy ? term('signInPasskeyWorking') : term('signInUsePasskey')}
        </button>
      </p>
      <p id="passkey-error" class="error" role="alert">${this.passkeyError?.() ?? ''}</p>
      ${this.renderTokenForm(errors)}
    </section>`;
  }
}
