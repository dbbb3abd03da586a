/**
 * The list of errors at the top of the form after a failed submit, each linked to its field.
 * Only a checked submission can fail, so this comes with checks.ts, not in the form's entry.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { CONSENT_PATH } from './field-paths.ts';
import type { FieldSpec } from './fields.ts';
import { controlId } from './ids.ts';
import type { Question } from './questions.ts';
import { localisedText } from './localised-text.ts';
import type { FieldContext, PlainKey } from './render-fields.ts';
import type { FieldError } from './validation.ts';

export interface ErrorSummary {
  readonly errors: ReadonlyMap<string, FieldError>;
  readonly specs: readonly FieldSpec[];
  readonly questions: readonly Question[];
  readonly context: FieldContext;
}

/** The label a field has in the error summary and in the announcement of its error on blur. */
export function fieldLabel(
  path: string,
  specs: readonly FieldSpec[],
  questions: readonly Question[],
  context: Pick<FieldContext, 'msg' | 'lang'>,
): string | undefined {
  const spec = specs.find((field) => field.path === path);
  if (spec) return context.msg(spec.labelKey as PlainKey);
  const question = questions.find((item) => `answers.${item.id}` === path);
  return question ? localisedText(question.label, context.lang) : undefined;
}

/** A link to a field moves focus onto its control (a fragment link cannot cross the shadow root). */
function focusField(event: Event, path: string): void {
  event.preventDefault();
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  root.querySelector<HTMLElement>(`#${controlId(path)}`)?.focus();
}

export function renderErrorSummary(summary: ErrorSummary): TemplateResult {
  const { context, specs, questions } = summary;
  // An alert as well as the focus target (GOV.UK's error summary): heard even where focus
  // moving to a plain div is not read out.
  return html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert">
    <p class="error-summary__title">${context.msg('signupErrorSummaryTitle')}</p>
    <ul>
      ${[...summary.errors].map(([path, error]) => {
        const text = context.errorText(error);
        if (path === '') return html`<li>${text}</li>`;
        const label =
          path === CONSENT_PATH ? undefined : fieldLabel(path, specs, questions, context);
        return html`<li>
          <a href="#${controlId(path)}" @click=${(event: Event) => focusField(event, path)}
            >${label ? `${label}: ${text}` : text}</a
          >
        </li>`;
      })}
    </ul>
  </div>`;
}
