// A language as the mentor's UI names it, with its own name beside it: "Dari (دری)" in English,
// "Persiska (فارسی)" in Swedish, so that a Swedish mentor can tell دری from فارسی and a mentee
// still finds their own. Intl.DisplayNames gives the name where the browser has data for the
// UI language and the language; FALLBACK_NAMES covers the rest (a Chromium built with trimmed
// ICU data may lack Dari, or a UI language entirely, which DisplayNames answers in its default
// locale's words: that answer is not taken).
import { MENTOR_LANGUAGES, type MentorLanguage } from './languages.ts';

/** The UI languages (the _locales catalogues) and each of our languages in them. */
export const FALLBACK_NAMES: Readonly<Record<string, Readonly<Record<MentorLanguage, string>>>> = {
  sv: {
    sv: 'svenska',
    ar: 'arabiska',
    fa: 'persiska',
    prs: 'dari',
    so: 'somaliska',
    ti: 'tigrinja',
    uk: 'ukrainska',
    en: 'engelska',
  },
  en: {
    sv: 'Swedish',
    ar: 'Arabic',
    fa: 'Persian',
    prs: 'Dari',
    so: 'Somali',
    ti: 'Tigrinya',
    uk: 'Ukrainian',
    en: 'English',
  },
  ar: {
    sv: 'السويدية',
    ar: 'العربية',
    fa: 'الفارسية',
    prs: 'الدارية',
    so: 'الصومالية',
    ti: 'التغرينية',
    uk: 'الأوكرانية',
    en: 'الإنجليزية',
  },
  fa: {
    sv: 'سوئدی',
    ar: 'عربی',
    fa: 'فارسی',
    prs: 'دری',
    so: 'سومالیایی',
    ti: 'تیگرینیایی',
    uk: 'اوکراینی',
    en: 'انگلیسی',
  },
  uk: {
    sv: 'шведська',
    ar: 'арабська',
    fa: 'перська',
    prs: 'дарі',
    so: 'сомалі',
    ti: 'тигринья',
    uk: 'українська',
    en: 'англійська',
  },
};

/** Makes the name-giver; a test passes one that knows nothing, as a trimmed browser might. */
export type DisplayNamesFactory = (ui: string) => Pick<Intl.DisplayNames, 'of' | 'resolvedOptions'>;

/**
 * One DisplayNames per UI language for the page's life: making one loads the locale's data,
 * and the quick-log form names every language again on each render.
 */
const displayNamesByUi = new Map<string, Intl.DisplayNames>();
const intlNames: DisplayNamesFactory = (ui) => {
  let names = displayNamesByUi.get(ui);
  if (!names) {
    names = new Intl.DisplayNames([ui], { type: 'language', fallback: 'none' });
    displayNamesByUi.set(ui, names);
  }
  return names;
};

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/** `code` named in the language `ui` (capitalised as a list item begins), or undefined. */
export function languageNameIn(
  code: MentorLanguage,
  ui: string,
  displayNames: DisplayNamesFactory = intlNames,
): string | undefined {
  const uiPrimary = primary(ui);
  let name: string | undefined;
  try {
    const names = displayNames(uiPrimary);
    // Data for another locale than asked for (the browser's default) is no name in the UI's.
    if (primary(names.resolvedOptions().locale) === uiPrimary) name = names.of(code);
  } catch {
    name = undefined;
  }
  // Some data answers the code itself for a language it does not know.
  if (!name || name.toLowerCase() === code) name = FALLBACK_NAMES[uiPrimary]?.[code];
  return name && name.charAt(0).toLocaleUpperCase(uiPrimary) + name.slice(1);
}

// First Strong Isolate … Pop Directional Isolate: an Arabic-script name inside a left-to-right
// label (or a Latin one in a right-to-left label) keeps its own direction and leaves the
// parentheses where they belong. Plain text, so it also works inside an <option>.
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * "Dari (دری)": the name in the UI language with the language's own name beside it; the own
 * name alone when the two are the same (Persian in a Persian UI) or the UI's is unknown.
 */
export function languageLabel(
  code: MentorLanguage,
  ui: string,
  displayNames: DisplayNamesFactory = intlNames,
): string {
  const endonym = MENTOR_LANGUAGES.find((language) => language.code === code)?.endonym ?? code;
  const name = languageNameIn(code, ui, displayNames);
  if (!name || name.toLocaleLowerCase() === endonym.toLocaleLowerCase()) return endonym;
  return `${name} (${FSI}${endonym}${PDI})`;
}
