// The languages a mentee may read lookups in (design: mentees' first languages are often
// Arabic, Persian/Dari, Somali, Tigrinya or Ukrainian). Names are endonyms so a mentee finds
// their own language whatever language the browser is in.
export const MENTEE_LANGUAGE_CODES = ['ar', 'fa', 'prs', 'so', 'ti', 'uk', 'en'] as const;

export type MenteeLanguage = (typeof MENTEE_LANGUAGE_CODES)[number];

export interface LanguageInfo<Code extends string = MenteeLanguage> {
  code: Code;
  /** The language's name in itself. */
  endonym: string;
  dir: 'ltr' | 'rtl';
}

export const MENTEE_LANGUAGES: readonly LanguageInfo[] = [
  { code: 'ar', endonym: 'العربية', dir: 'rtl' },
  { code: 'fa', endonym: 'فارسی', dir: 'rtl' },
  { code: 'prs', endonym: 'دری', dir: 'rtl' },
  { code: 'so', endonym: 'Soomaali', dir: 'ltr' },
  { code: 'ti', endonym: 'ትግርኛ', dir: 'ltr' },
  { code: 'uk', endonym: 'Українська', dir: 'ltr' },
  { code: 'en', endonym: 'English', dir: 'ltr' },
];

// The languages a mentor may speak with a mentee: Swedish, then the mentees' languages.
export const MENTOR_LANGUAGE_CODES = ['sv', ...MENTEE_LANGUAGE_CODES] as const;

export type MentorLanguage = (typeof MENTOR_LANGUAGE_CODES)[number];

export const MENTOR_LANGUAGES: readonly LanguageInfo<MentorLanguage>[] = [
  { code: 'sv', endonym: 'Svenska', dir: 'ltr' },
  ...MENTEE_LANGUAGES,
];

export function isMentorLanguage(code: unknown): code is MentorLanguage {
  return MENTOR_LANGUAGE_CODES.some((candidate) => candidate === code);
}

/** 'rtl' for the right-to-left languages among ours, by a tag's primary subtag ('fa-IR' → fa). */
export function languageDirection(tag: string): 'ltr' | 'rtl' {
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  return MENTOR_LANGUAGES.find((language) => language.code === primary)?.dir ?? 'ltr';
}
