// Errors in words next to the field they are about, for the page's vanilla forms (the Lit
// elements render theirs with shared/field-errors.ts). A form marks each field's message with
// `data-error-for="<name>"` (the field's `aria-describedby` names it); `showFieldErrors` fills
// those, marks the fields `aria-invalid` and moves focus to the first, and clears the rest.
import type { FieldErrors } from './shared/field-errors.ts';

export type { FieldErrors } from './shared/field-errors.ts';
export { serverFieldErrors } from './shared/field-errors.ts';

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
