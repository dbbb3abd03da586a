/**
 * Where the server's field errors (a 400/422 problem's `errors`) are shown: each at the field
 * it names (`profile.languages[0].level` at the languages), the rest at the top under `''`.
 * Comes with checks.ts: only a sent submission gets an answer.
 */
import { fieldForPath } from '../shared/send/field-for-path.ts';
import type { ServerFieldError } from '../shared/send/problem.ts';
import type { FieldError } from './validation.ts';

export function serverErrors(
  errors: readonly ServerFieldError[],
  fields: Iterable<string>,
): Map<string, FieldError> {
  const known = [...fields];
  const found = new Map<string, FieldError>();
  for (const error of errors) {
    const field = fieldForPath(error.field, known) ?? '';
    if (!found.has(field)) found.set(field, { text: error.detail });
  }
  if (found.size === 0) found.set('', { key: 'signupErrorInvalid' });
  return found;
}
