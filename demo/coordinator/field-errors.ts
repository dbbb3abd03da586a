// Errors in words next to the field they are about, for the view's forms. A form marks each
// field's message with `data-error-for="<name>"` (the field's `aria-describedby` names it);
// `showFieldErrors` fills those, marks the fields `aria-invalid` and moves focus to the first,
// and clears the rest. A server's refusal is put in the same places by `serverFieldErrors`.
import { ApiError } from './api.ts';

export type FieldErrors = Partial<Record<string, string>>;

/** The form's field called `name` (a fieldset of checkboxes answers to its `data-field`). */
function fieldOf(form: HTMLFormElement, name: string): HTMLElement | null {
  return form.querySelector<HTMLElement>(`[data-field="${name}"], [name="${name}"]`);
}

/** Shows `errors` next to their fields; true when there were none. */
export function showFieldErrors(form: HTMLFormElement, errors: FieldErrors): boolean {
  let first: HTMLElement | undefined;
  for (const output of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
    const name = output.dataset['errorFor'] ?? '';
    const message = errors[name] ?? '';
    output.textContent = message;
    const field = fieldOf(form, name);
    if (message) {
      field?.setAttribute('aria-invalid', 'true');
      first ??= field ?? undefined;
    } else {
      field?.removeAttribute('aria-invalid');
    }
  }
  // A fieldset is not focusable: its first control is.
  const target = first?.matches('fieldset') ? first.querySelector('input') : first;
  target?.focus();
  return first === undefined;
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
