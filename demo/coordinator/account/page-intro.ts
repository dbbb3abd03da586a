/**
 * `<mk-page-intro>`: the coordinator page's heading and introduction, in Swedish or English as
 * the page's `lang` says. An element rather than text set from main.ts when the language
 * changes: the LocalizeController already follows `lang` and loads English on demand, so the
 * heading switches with the rest of the page by the same one mechanism, with nothing to wire.
 * The browser tab's title follows the heading's language too (the page's <title> is English
 * until this element has rendered).
 */
import { css, html } from 'lit';
import type { TemplateResult } from 'lit';
import { MentorkitElement } from '@mentorkit/widgets/shared';
import { controlsStyles } from '../shared/controls.styles.ts';
import type { AccountBundle } from './account-messages.ts';
import { accountMessages } from './account-messages.ts';

export class MkPageIntro extends MentorkitElement<AccountBundle> {
  static override styles = [
    MentorkitElement.styles,
    controlsStyles,
    css`
      :host {
        display: block;
      }
      h1 {
        margin-block: 0 var(--_mk-space-s);
      }
      p {
        margin: 0;
        max-inline-size: 48rem;
      }
    `,
  ];

  protected readonly localize = this.localizeWith(accountMessages);

  protected override updated(): void {
    document.title = this.localize.term('pageDocumentTitle');
  }

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`<h1>${term('pageTitle')}</h1>
      <p class="lead">
        ${term('pageLead')} <span class="badge">${term('pageDemo')}</span> ${term('pageLeadEnd')}
      </p>`;
  }
}
