// The manifest, menus and pages read their strings from _locales; a key missing in one language
// would show the raw key (or nothing) to a mentor.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const localesDir = join(import.meta.dirname, '..', '..', '_locales');
const locales = readdirSync(localesDir);

type Catalogue = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

function catalogue(locale: string): Catalogue {
  return JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8')) as Catalogue;
}

describe('_locales', () => {
  it('has English (the default locale) and Swedish', () => {
    expect(locales.sort()).toEqual(['en', 'sv']);
  });

  for (const locale of locales) {
    it(`${locale} has exactly the keys of en, each with a non-empty message`, () => {
      const english = catalogue('en');
      const messages = catalogue(locale);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      for (const [key, entry] of Object.entries(messages)) {
        expect(entry.message.trim(), key).not.toBe('');
        expect(Object.keys(entry.placeholders ?? {}), key).toEqual(
          Object.keys(english[key].placeholders ?? {}),
        );
      }
    });
  }

  it('keeps the name and description within the stores’ limits', () => {
    for (const locale of locales) {
      const messages = catalogue(locale);
      expect(messages.extName.message.length).toBeLessThanOrEqual(75);
      expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
    }
  });
});
