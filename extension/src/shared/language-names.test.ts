import { describe, expect, it } from 'vitest';
import { MENTOR_LANGUAGE_CODES } from './languages.ts';
import { FALLBACK_NAMES, languageLabel, type DisplayNamesFactory } from './language-names.ts';

const isolated = (endonym: string) => `\u2068${endonym}\u2069`;

/** A browser whose ICU data has nothing for any language (each answer falls to the table). */
const knowsNothing: DisplayNamesFactory = () => ({
  of: () => undefined,
  resolvedOptions: () => ({ locale: 'en-US', style: 'long', type: 'language', fallback: 'none' }),
});

/** A browser that has no data for the UI language and answers in its default locale's words. */
const answersInEnglish: DisplayNamesFactory = () =>
  new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

describe('language labels', () => {
  it("names each language in the UI's language with its own name beside it", () => {
    expect(languageLabel('prs', 'en')).toBe(`Dari (${isolated('دری')})`);
    expect(languageLabel('fa', 'en')).toBe(`Persian (${isolated('فارسی')})`);
    expect(languageLabel('fa', 'sv')).toBe(`Persiska (${isolated('فارسی')})`);
    expect(languageLabel('prs', 'sv')).toBe(`Dari (${isolated('دری')})`);
    expect(languageLabel('ti', 'sv')).toBe(`Tigrinja (${isolated('ትግርኛ')})`);
    expect(languageLabel('so', 'ar')).toBe(`الصومالية (${isolated('Soomaali')})`);
    // A region or script in the UI's tag does not matter.
    expect(languageLabel('uk', 'sv-SE')).toBe(`Ukrainska (${isolated('Українська')})`);
  });

  it('gives the own name alone when it is also the name in the UI language', () => {
    expect(languageLabel('fa', 'fa')).toBe('فارسی');
    expect(languageLabel('uk', 'uk')).toBe('Українська');
    expect(languageLabel('en', 'en')).toBe('English');
  });

  it('falls back to its own table where the browser has no name', () => {
    expect(languageLabel('prs', 'sv', knowsNothing)).toBe(`Dari (${isolated('دری')})`);
    expect(languageLabel('ti', 'uk', knowsNothing)).toBe(`Тигринья (${isolated('ትግርኛ')})`);
    // Data of the default locale is not the UI's: the table's Swedish, not "Somali".
    expect(languageLabel('so', 'sv', answersInEnglish)).toBe(`Somaliska (${isolated('Soomaali')})`);
    // A UI language with neither: the own name alone, never a code.
    expect(languageLabel('so', 'de', knowsNothing)).toBe('Soomaali');
  });

  it('has every language in every UI catalogue', async () => {
    const { readdir } = await import('node:fs/promises');
    const catalogues = await readdir(new URL('../../_locales/', import.meta.url));
    expect(Object.keys(FALLBACK_NAMES).sort()).toEqual([...catalogues].sort());
    for (const names of Object.values(FALLBACK_NAMES)) {
      expect(Object.keys(names).sort()).toEqual([...MENTOR_LANGUAGE_CODES].sort());
    }
  });
});
