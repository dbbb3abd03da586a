/**
 * The languages Mentorkit speaks, how a page's language tag maps onto them, and which tag to
 * hand to `Intl` for each. Pure functions of their arguments: no DOM, no globals read at import.
 */

/** Swedish is the source language; the others are the first languages most mentees speak. */
export const SUPPORTED_LOCALES = ['sv', 'en', 'ar', 'fa', 'prs', 'so', 'ti', 'uk'] as const;

export type Locale = (typeof SUPPORTED_LOCALES)[number];

/** Catalogues are written in Swedish first; every other catalogue is checked against it. */
export const SOURCE_LOCALE = 'sv' satisfies Locale;

/**
 * The language for a tag that names a language we do not have (say `de` or `pl`). English is
 * understood by more of those readers than Swedish is.
 */
export const FALLBACK_LOCALE = 'en' satisfies Locale;

export type TextDirection = 'ltr' | 'rtl';

const RIGHT_TO_LEFT_LOCALES: ReadonlySet<Locale> = new Set<Locale>(['ar', 'fa', 'prs']);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/**
 * Maps a BCP 47 tag (an element's `lang`, `navigator.language`) onto a supported locale.
 *
 * - Matching is by primary language subtag, case-insensitive, `_` accepted for `-`
 *   (`sv-SE`, `sv_FI` → `sv`; `en-GB` → `en`; `ti-ER` → `ti`).
 * - Dari is Persian as written in Afghanistan, so `fa-AF` (and `fa-Arab-AF`) → `prs`,
 *   while `fa` and `fa-IR` → `fa`.
 * - No tag at all (`null`, `undefined`, `''`) → `sv`: a page that declares no language is,
 *   for the Swedish organisations that embed us, most likely Swedish.
 * - A tag naming a language we lack → `en` ({@link FALLBACK_LOCALE}).
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const normalised = (tag ?? '').trim().replace(/_/g, '-').toLowerCase();
  if (normalised === '') return SOURCE_LOCALE;

  const [language = '', ...subtags] = normalised.split('-');
  if (language === 'fa' && subtags.includes('af')) return 'prs';
  return isLocale(language) ? language : FALLBACK_LOCALE;
}

export function directionOf(locale: Locale): TextDirection {
  return RIGHT_TO_LEFT_LOCALES.has(locale) ? 'rtl' : 'ltr';
}

/**
 * The tags to try with `Intl`, best first. Regions are chosen for readers living in Sweden:
 * `en-GB` gives day-month order and a 24-hour clock; Dari has no locale data of its own in
 * most engines, and Afghan Persian (`fa-AF`) is the closest; Somali and Tigrinya are missing
 * from some browsers' trimmed ICU data, hence the English last resort.
 */
const INTL_CANDIDATES: Readonly<Record<Locale, readonly string[]>> = {
  sv: ['sv-SE', 'sv'],
  en: ['en-GB', 'en'],
  ar: ['ar'],
  fa: ['fa-IR', 'fa'],
  prs: ['fa-AF', 'prs', 'fa'],
  so: ['so', 'en-GB'],
  ti: ['ti', 'en-GB'],
  uk: ['uk-UA', 'uk'],
};

/** The part of an `Intl` constructor that says which locales it has data for. */
export interface IntlLocaleSupport {
  supportedLocalesOf(locales: string[]): string[];
}

/**
 * The tag to pass to an `Intl` constructor for `locale`: the first candidate the engine has
 * data for, checked against `service` (default `Intl.DateTimeFormat`; pass `Intl.DisplayNames`
 * and so on where their data can differ). Always returns a well-formed tag, so constructing
 * an `Intl` object with it never throws.
 */
export function intlLocaleFor(
  locale: Locale,
  service: IntlLocaleSupport = Intl.DateTimeFormat,
): string {
  // `supportedLocalesOf` costs microseconds and a list view formats thousands of dates: ask once
  // per engine service and locale (the engine's data does not change while a page lives).
  let known = answers.get(service);
  if (!known) {
    known = new Map();
    answers.set(service, known);
  }
  let tag = known.get(locale);
  if (tag === undefined) {
    tag = firstSupported(locale, service);
    known.set(locale, tag);
  }
  return tag;
}

const answers = new WeakMap<IntlLocaleSupport, Map<Locale, string>>();

function firstSupported(locale: Locale, service: IntlLocaleSupport): string {
  for (const candidate of [...INTL_CANDIDATES[locale], 'en']) {
    if (service.supportedLocalesOf([candidate]).length > 0) return candidate;
  }
  // An engine with no data even for English: `Intl` then uses its own default locale.
  return 'en';
}
