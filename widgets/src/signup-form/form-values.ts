/**
 * What the person typed, as plain values keyed by schema path (`person.email`,
 * `answers.licence`). Kept as plain data so that the draft can store it as JSON and the tests
 * can build submissions without a DOM; build-submission.ts turns them into a submission.
 */

export interface LanguageEntry {
  readonly code: string;
  /** `native` or a CEFR level; empty until chosen. */
  readonly level: string;
}

/** A text or a chosen option, chosen options, the consent box, or the languages list. */
export type FieldValue = string | readonly string[] | boolean | readonly LanguageEntry[];

export type FormValues = Readonly<Record<string, FieldValue>>;

/** Whether the person has given anything for this field. */
export function isEmptyValue(value: FieldValue | undefined): boolean {
  if (value === undefined || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

export function textValue(values: FormValues, path: string): string {
  const value = values[path];
  return typeof value === 'string' ? value : '';
}

export function listValue(values: FormValues, path: string): readonly string[] {
  const value = values[path];
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : [];
}

export function languagesValue(values: FormValues, path: string): readonly LanguageEntry[] {
  const value = values[path];
  return Array.isArray(value)
    ? (value as readonly unknown[]).filter(
        (item): item is LanguageEntry =>
          typeof item === 'object' &&
          item !== null &&
          typeof (item as LanguageEntry).code === 'string' &&
          typeof (item as LanguageEntry).level === 'string',
      )
    : [];
}
