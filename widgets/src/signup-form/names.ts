/**
 * Country and language names for the selects, in the form's language, sorted the way that
 * language sorts. Built once per language: there are 250 countries.
 */
import { intlLocaleFor, languageName } from '@mentorkit/core/i18n';
import type { Locale } from '@mentorkit/core/i18n';
import { COUNTRY_CODES, LANGUAGE_CODES } from './fields.ts';

export interface NamedCode {
  readonly code: string;
  readonly name: string;
}

const countryCache = new Map<Locale, NamedCode[]>();
const languageCache = new Map<Locale, NamedCode[]>();

function sortByName(items: NamedCode[], locale: Locale): NamedCode[] {
  const collator = new Intl.Collator(intlLocaleFor(locale, Intl.Collator));
  return items.sort((a, b) => collator.compare(a.name, b.name));
}

export function countryNames(locale: Locale): NamedCode[] {
  let names = countryCache.get(locale);
  if (!names) {
    let display: Intl.DisplayNames | undefined;
    try {
      display = new Intl.DisplayNames(intlLocaleFor(locale, Intl.DisplayNames), {
        type: 'region',
        fallback: 'code',
      });
    } catch {
      display = undefined;
    }
    names = sortByName(
      COUNTRY_CODES.map((code) => ({ code, name: display?.of(code) ?? code })),
      locale,
    );
    countryCache.set(locale, names);
  }
  return names;
}

/** The offered languages; in the order given (Swedish and the supported languages first). */
export function languageNames(locale: Locale): NamedCode[] {
  let names = languageCache.get(locale);
  if (!names) {
    names = LANGUAGE_CODES.map((code) => ({ code, name: languageName(code, locale) }));
    languageCache.set(locale, names);
  }
  return names;
}
