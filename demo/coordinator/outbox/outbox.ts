/**
 * `<mk-outbox>`: every mail the backend wrote (confirmations, notices to coordinators), to whom
 * and when, what kind of mail in words, and whether it was sent and why not; without SMTP (the
 * demo's default) the mails are read here. In Swedish or English as the page's `lang` says, on
 * the widgets' base element and controllers (docs/decisions/0032). Both parts of a mail are
 * shown as text: the HTML part as its source, never rendered (a mail's HTML holds what people
 * typed).
 *
 * @fires mk-outbox-session-ended - The load was refused because the session ended.
 */
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { DataController, MentorkitElement, emit, renderDataState } from '@mentorkit/widgets/shared';
import type { DataError } from '@mentorkit/widgets/shared';
import { cardsStyles } from '../shared/cards.styles.ts';
import { controlsStyles } from '../shared/controls.styles.ts';
import type { OutboxMessages } from './outbox-messages.ts';
import { outboxMessages } from './outbox-messages.ts';
import { outboxStyles } from './outbox.styles.ts';
import { parseOutbox } from './outbox-types.ts';
import type { OutboxMail, OutboxView } from './outbox-types.ts';
import './outbox-events.ts';

/** When a mail was written or sent: Stockholm time, as the programme's coordinators live it. */
const WHEN: Intl.DateTimeFormatOptions = {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Stockholm',
};

export class MkOutbox extends MentorkitElement<OutboxMessages> {
  static override styles = [MentorkitElement.styles, controlsStyles, cardsStyles, outboxStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    manual: { type: Boolean },
  };

  /** The outbox's address (default: the reference backend's). */
  src = '/api/coordinator/outbox';
  /** Loads only when the page calls `reload()` (once signed in: before that it is refused). */
  manual = false;

  protected readonly localize = this.localizeWith(outboxMessages);
  private readonly data = new DataController<OutboxView>(this, {
    parse: parseOutbox,
    request: { credentials: 'same-origin', headers: { Accept: 'application/json' } },
  });
  /** The outbox last shown, kept while it loads again (no flash of "Loading"). */
  private shown: OutboxView | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.manual && this.data.status === 'idle') void this.reload();
  }

  /** Loads the mails again (after signing in, or a change that wrote one). */
  async reload(): Promise<void> {
    await this.data.load(this.src);
    const { error } = this.data;
    if (error?.kind === 'http' && error.status === 401) emit(this, 'mk-outbox-session-ended', null);
  }

  /** The heading, for the page to move focus to. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  protected override willUpdate(): void {
    if (this.data.data) this.shown = this.data.data;
    else if (this.data.status !== 'loading') this.shown = undefined;
  }

  protected override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const shown = this.shown;
    return html`<h2 id="outbox-heading" tabindex="-1">${term('outboxHeading')}</h2>
      <p>${term('outboxIntro')}</p>
      ${
        shown
          ? this.renderOutbox(shown)
          : renderDataState(this.data, this.localize, () => nothing, {
              errorText: (error) => this.failureText(error),
            })
      }`;
  }

  private failureText(error: DataError): { title: string; body: string } | undefined {
    if (error.kind === 'http' && error.status === 401) {
      return { title: this.localize.term('outboxSessionEnded'), body: '' };
    }
    return undefined;
  }

  private renderOutbox(view: OutboxView): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`<p id="outbox-intro">
        ${term(view.smtpConfigured ? 'outboxSmtp' : 'outboxNoSmtp')}
      </p>
      ${
        view.mails.length === 0
          ? html`<p class="muted">${term('outboxNone')}</p>`
          : html`<ul
              id="outbox"
              class="cards"
              aria-labelledby="outbox-heading"
              aria-busy=${this.data.status === 'loading' ? 'true' : 'false'}
            >
              ${view.mails.map((mail) => this.renderMail(mail, view.smtpConfigured))}
            </ul>`
      }`;
  }

  private renderMail(mail: OutboxMail, smtpConfigured: boolean): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const headingId = `mail-${mail.id}`;
    const line = term('outboxMailLine', {
      recipient: mail.recipient,
      when: this.localize.formatDate(mail.createdAt, WHEN),
      kind: term('outboxKind', { kind: mail.kind }),
      language: this.localize.languageName(mail.lang),
    });
    return html`<li
      class="card"
      data-outbox-id=${mail.id}
      data-kind=${mail.kind}
      aria-labelledby=${headingId}
    >
      <h3 id=${headingId} lang=${mail.lang} dir="auto">${mail.subject}</h3>
      <p>${line}</p>
      ${this.renderState(mail, smtpConfigured)}
      <details>
        <summary>${term('outboxPlainText')}</summary>
        <pre class="mail-text" lang=${mail.lang} dir="auto">${mail.text}</pre>
      </details>
      <details>
        <summary>${term('outboxHtmlSource')}</summary>
        <pre class="mail-html" dir="ltr">${mail.html}</pre>
      </details>
    </li>`;
  }

  private renderState(mail: OutboxMail, smtpConfigured: boolean): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    if (mail.sentAt) {
      const when = this.localize.formatDate(mail.sentAt, WHEN);
      return html`<p class="sent">${term('outboxSent', { when })}</p>`;
    }
    if (mail.lastError) {
      return html`<p class="error">
        ${term('outboxNotSent', { attempts: mail.attempts, error: mail.lastError })}
      </p>`;
    }
    return html`<p class="muted">${term(smtpConfigured ? 'outboxWaiting' : 'outboxKept')}</p>`;
  }
}
