/**
 * What a person's input means for the form's values: the field a control belongs to and that
 * field's new value (a checkbox adds or removes one choice, a language's level select changes
 * that language's entry).
 */
import { CONSENT_PATH } from './field-paths.ts';
import { languagesValue, listValue } from './form-values.ts';
import type { FieldValue, FormValues, LanguageEntry } from './form-values.ts';

/** The name suffix of a language's level select: `profile.languages.level`. */
export const LANGUAGE_LEVEL_SUFFIX = '.level';

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export function isFormControl(target: EventTarget | null): target is FormControl {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  );
}

export function readControl(
  target: FormControl,
  values: FormValues,
): { path: string; value: FieldValue } {
  const name = target.name;
  if (name.endsWith(LANGUAGE_LEVEL_SUFFIX)) {
    const path = name.slice(0, -LANGUAGE_LEVEL_SUFFIX.length);
    const code = target.dataset['code'] ?? '';
    const entries = languagesValue(values, path).map((entry) =>
      entry.code === code ? { code, level: target.value } : entry,
    );
    return { path, value: entries };
  }
  if (target instanceof HTMLInputElement && target.type === 'checkbox') {
    if (name === CONSENT_PATH) return { path: name, value: target.checked };
    if (name === 'profile.languages') {
      const others = languagesValue(values, name).filter((e) => e.code !== target.value);
      const value: LanguageEntry[] = target.checked
        ? [...others, { code: target.value, level: '' }]
        : others;
      return { path: name, value };
    }
    const others = listValue(values, name).filter((item) => item !== target.value);
    return { path: name, value: target.checked ? [...others, target.value] : others };
  }
  return { path: name, value: target.value };
}
