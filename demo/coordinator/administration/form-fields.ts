// The administration's form fields, one way for both forms: a labelled control with its error
// beside it (shared/field-errors.ts), `aria-invalid` and `aria-describedby` pointing at it. Each
// form's errors are keyed `<form>-<field>` (programme-id, invite-name), so that the two forms'
// fields of the same name have errors of their own in the one shadow root.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { errorId, renderFieldError } from '../shared/field-errors.ts';
import type { FieldErrors } from '../shared/field-errors.ts';

export interface TextField {
  /** `<form>-<field>`: the control's id and its error's key. */
  key: string;
  name: string;
  label: string;
  type?: 'text' | 'email';
  maxLength: number;
  autocomplete?: string;
  spellcheck?: boolean;
}

/** Errors keyed by the server's field names, as `<form>-<field>`. */
export function keyed(form: string, errors: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([field, text]) => [`${form}-${field}`, text]),
  );
}

/** `aria-describedby` for a control: its error when it has one. */
export const describedBy = (errors: FieldErrors, key: string) =>
  errors[key] ? errorId(key) : nothing;

export function renderTextField(field: TextField, errors: FieldErrors): TemplateResult {
  return html`<div class="field">
    <label for=${field.key}>${field.label}</label>
    <input
      id=${field.key}
      name=${field.name}
      type=${field.type ?? 'text'}
      maxlength=${field.maxLength}
      autocomplete=${field.autocomplete ?? 'off'}
      spellcheck=${field.spellcheck === false ? 'false' : 'true'}
      aria-invalid=${errors[field.key] ? 'true' : 'false'}
      aria-describedby=${describedBy(errors, field.key)}
    />
    ${renderFieldError(errors, field.key)}
  </div>`;
}

/** A form's text field, trimmed ('' when absent). */
export function textOf(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}
