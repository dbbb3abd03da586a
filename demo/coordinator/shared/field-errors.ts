// A coordinator form's errors in words next to the field they are about (the GOV.UK pattern
// the widgets' forms follow): the element keeps `FieldErrors` in its state, renders each
// field with `aria-invalid` and `aria-describedby=${errorId(name)}` and the message with
// `renderFieldError`, and after a failed submit moves focus to the first invalid field. A
// server's refusal becomes the same map through `serverFieldErrors`.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ApiError } from '../api.ts';

export type FieldErrors = Partial<Record<string, string>>;

/** The id of field `name`'s error message (what its `aria-describedby` names). */
export const errorId = (name: string): string => `error-${name}`;

/** Field `name`'s error beside it, or nothing when it has none. */
export function renderFieldError(
  errors: FieldErrors,
  name: string,
): TemplateResult | typeof nothing {
  const message = errors[name];
  return message ? html`<p id=${errorId(name)} class="error">${message}</p>` : nothing;
}

/**
 * Moves focus to the first field marked `aria-invalid` in `root` (a fieldset's first control);
 * true when there was one. Call it after the render that shows the errors (`updateComplete`).
 */
export function focusFirstInvalid(root: ParentNode): boolean {
  const first = root.querySelector<HTMLElement>('[aria-invalid="true"]');
  const target = first?.matches('fieldset')
    ? first.querySelector<HTMLElement>('input, select')
    : first;
  target?.focus();
  return first !== null;
}

/**
 * The server's field errors in the form's words: a field the schema refused ('Invalid
 * submission', whose details are the validator's) gets `invalid[field]`; a refusal the server
 * explains in a sentence (an address taken, an unknown programme) keeps its words. Undefined
 * when the failure is not about fields.
 */
export function serverFieldErrors(
  error: unknown,
  invalid: Readonly<Record<string, string>>,
): FieldErrors | undefined {
  if (!(error instanceof ApiError) || error.fields.length === 0) return undefined;
  const generic = error.status === 422 && /^Some fields/.test(error.message);
  const errors: FieldErrors = {};
  for (const { field, detail } of error.fields) {
    const name = field.split('.')[0] ?? field;
    errors[name] ??= (generic ? invalid[name] : undefined) ?? detail;
  }
  return errors;
}
