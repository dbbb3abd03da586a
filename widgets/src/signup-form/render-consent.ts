/**
 * The end of every form: consent with the link to the partner's privacy notice (never
 * restored ticked: consent is given anew each time), and the honeypot field that people do
 * not see and bots fill in.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { CONSENT_PATH } from './field-paths.ts';
import { controlId, describedBy, errorId } from './ids.ts';
import type { FieldContext } from './render-fields.ts';

/** The honeypot's name: a value under it marks the submission as a bot's. */
export const HONEYPOT_NAME = 'website';

export function renderConsent(
  privacyHref: string,
  context: FieldContext,
  opensInNewWindow: string,
): TemplateResult {
  const error = context.errors.get(CONSENT_PATH);
  const invalid = error !== undefined;
  return html`<div class="field consent" part="field" data-field=${CONSENT_PATH}>
    ${
      invalid
        ? html`<p class="error" part="error" id=${errorId(CONSENT_PATH)}>
            ${context.errorText(error)}
          </p>`
        : nothing
    }
    <div class="choice">
      <input
        part="input"
        type="checkbox"
        id=${controlId(CONSENT_PATH)}
        name=${CONSENT_PATH}
        required
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(CONSENT_PATH, { hint: false, error: invalid }))}
        .checked=${live(context.values[CONSENT_PATH] === true)}
      />
      <label part="label" for=${controlId(CONSENT_PATH)}>${context.msg('signupConsent')}</label>
    </div>
    <p class="privacy">
      <a href=${privacyHref} target="_blank" rel="noopener noreferrer"
        >${context.msg('signupPrivacyLink')}
        <span class="visually-hidden">(${opensInNewWindow})</span></a
      >
    </p>
  </div>`;
}

export function renderHoneypot(context: FieldContext): TemplateResult {
  return html`<div class="honeypot" aria-hidden="true">
    <label for="mk-honeypot">${context.msg('signupHoneypot')}</label>
    <input id="mk-honeypot" name=${HONEYPOT_NAME} type="text" tabindex="-1" autocomplete="off" />
  </div>`;
}
