// The manifest, menus and pages read their strings from _locales; a key missing in one language
// would show the raw key (or nothing) to a mentor.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageDirection } from './languages.ts';

const localesDir = join(import.meta.dirname, '..', '..', '_locales');
const locales = readdirSync(localesDir);

type Catalogue = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

/** A message of a catalogue; a missing key fails the test that asks for it. */
function entryOf(messages: Catalogue, key: string): Catalogue[string] {
  const entry = messages[key];
  if (!entry) throw new Error(`No message "${key}"`);
  return entry;
}

function catalogue(locale: string): Catalogue {
  return JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8')) as Catalogue;
}

/** The `$NAME$` placeholders (in any case) and `%s` of a message, sorted. */
function substitutions(message: string): string[] {
  return (message.match(/\$[A-Za-z0-9_@]+\$|%s/g) ?? []).map((token) => token.toUpperCase()).sort();
}

describe('_locales', () => {
  // The programme's other languages (prs, so, ti) are no UI language of Chrome or Firefox: a
  // catalogue for them would never be shown.
  it('has English (the default locale), Swedish, Arabic, Persian and Ukrainian', () => {
    expect(locales.sort()).toEqual(['ar', 'en', 'fa', 'sv', 'uk']);
  });

  for (const locale of locales) {
    it(`${locale} has exactly the keys of en, each with a non-empty message`, () => {
      const english = catalogue('en');
      const messages = catalogue(locale);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      for (const [key, entry] of Object.entries(messages)) {
        expect(entry.message.trim(), key).not.toBe('');
        expect(Object.keys(entry.placeholders ?? {}), key).toEqual(
          Object.keys(entryOf(english, key).placeholders ?? {}),
        );
      }
    });
  }

  it('keeps the $PLACEHOLDER$s (and the %s of the menu) of each English message', () => {
    const english = catalogue('en');
    for (const locale of locales) {
      const messages = catalogue(locale);
      for (const [key, entry] of Object.entries(english)) {
        expect(substitutions(entryOf(messages, key).message), `${locale} ${key}`).toEqual(
          substitutions(entry.message),
        );
      }
    }
  });

  it('names its own language, which gives the pages their lang and dir', () => {
    for (const locale of locales) {
      expect(entryOf(catalogue(locale), 'uiLanguageTag').message).toBe(locale.replace('_', '-'));
    }
    expect(locales.filter((locale) => languageDirection(locale) === 'rtl').sort()).toEqual([
      'ar',
      'fa',
    ]);
    expect(languageDirection('fa-IR')).toBe('rtl');
    expect(languageDirection('en-US')).toBe('ltr');
  });

  it('keeps the name and description within the stores’ limits', () => {
    for (const locale of locales) {
      const messages = catalogue(locale);
      expect(entryOf(messages, 'extName').message.length).toBeLessThanOrEqual(75);
      expect(entryOf(messages, 'extDescription').message.length).toBeLessThanOrEqual(132);
    }
  });
});
