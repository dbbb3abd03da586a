// Issue 21: every widget message goes to translators (scripts/ui-xliff.ts), those with parameters
// as XLIFF 2.0 <ph/> placeholders. Run on the real catalogues: each function message is exported
// (a choice on a value as one segment per choice), each translation keeps the Swedish's
// placeholders (a plural form may leave out the number, as "one word" does), and an export
// marked reviewed as it is imports back whole.
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '@mentorkit/core/i18n';
import type { Locale } from '@mentorkit/core/i18n';
import {
  SEGMENT_KEY_SEPARATOR,
  importStringsXliff,
  messageStrings,
  stringsToXliff,
} from '@mentorkit/glossary/xliff';
import type { StringCatalogue } from '@mentorkit/glossary/xliff';
import { MESSAGE_BUNDLES } from './bundles.ts';

const TARGETS = SUPPORTED_LOCALES.filter(
  (locale): locale is Exclude<Locale, 'sv'> => locale !== 'sv',
);
const tokens = (text: string) => [...text.matchAll(/\uE000(\w+)\uE001/g)].map((m) => m[1]).sort();

async function cataloguesIn(lang: Exclude<Locale, 'sv'>) {
  return Promise.all(
    Object.entries(MESSAGE_BUNDLES).map(async ([name, bundle]) => ({
      name,
      ...messageStrings(bundle.sv, await bundle.lazy[lang](), lang),
    })),
  );
}

describe('the widgets’ messages in XLIFF', () => {
  it('export every function message, with its parameters or its choices', async () => {
    const ar = await cataloguesIn('ar');
    expect(ar.flatMap(({ name, skipped }) => skipped.map((key) => `${name}:${key}`))).toEqual([]);
    const glossary = ar.find(({ name }) => name === 'glossary');
    expect(glossary?.target['glossaryResults#few']).toMatch(/\uE000count\uE001/);
    expect(glossary?.source['glossaryChecked']).toMatch(/\uE000date\uE001/);
    // The goals' words (core's selectMessage) as one plain text per goal, not a bare placeholder.
    const card = ar.find(({ name }) => name === 'match-card');
    expect(card?.source['matchGoal#degree-validation']).toBe('Validering av utbildning');
    expect(card?.target['matchGoal#degree-validation']).toBe('معادلة الشهادات');
  });

  it('keep the Swedish’s placeholders in every language, inventing none', async () => {
    const wrong: string[] = [];
    for (const lang of TARGETS) {
      for (const { name, source, target } of await cataloguesIn(lang)) {
        for (const [key, text] of Object.entries(target)) {
          const expected = tokens(source[key] ?? '');
          const found = tokens(text);
          const plural = key.includes(SEGMENT_KEY_SEPARATOR);
          const invented = found.filter((token) => !expected.includes(token));
          const dropped = expected.filter((token) => !found.includes(token));
          if (invented.length > 0 || (!plural && dropped.length > 0))
            wrong.push(`${lang} ${name}:${key} ${found.join(',')} ≠ ${expected.join(',')}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('import back whole when a reviewer marks all of it reviewed', async () => {
    const catalogues: StringCatalogue[] = (await cataloguesIn('uk')).map(
      ({ name, source, target }) => ({ id: `widgets:${name}`, source, target, writable: false }),
    );
    const reviewed = stringsToXliff(catalogues, 'uk').replaceAll(
      'state="translated" subState="mentorkit:machine-assisted"',
      'state="reviewed"',
    );
    const result = importStringsXliff(reviewed, {
      catalogues,
      languages: TARGETS,
      expectedLanguage: 'uk',
      now: new Date('2026-12-03T09:00:00Z'),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    const segments = catalogues.reduce((sum, { target }) => sum + Object.keys(target).length, 0);
    expect(result.summary.reviewed).toBe(segments);
    expect(result.summary.corrected).toBe(0);
  });
});
