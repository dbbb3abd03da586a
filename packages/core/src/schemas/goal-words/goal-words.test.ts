// Every language names every goal in each of its three forms, never as its code, and a code this
// build does not know is shown as itself (a newer server's goal), never as an inherited name.
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../i18n/locales.ts';
import { missingKeys, unexpectedKeys } from '../../i18n/catalogue.ts';
import { MENTORING_GOALS } from '../vocabulary.ts';
import * as words from './index.ts';

const catalogues = {
  sv: words.goalWordsSv,
  en: words.goalWordsEn,
  ar: words.goalWordsAr,
  fa: words.goalWordsFa,
  prs: words.goalWordsPrs,
  so: words.goalWordsSo,
  ti: words.goalWordsTi,
  uk: words.goalWordsUk,
};

describe.each(Object.entries(catalogues))('the goal words in %s', (locale, catalogue) => {
  it('have the keys of the Swedish source', () => {
    expect(missingKeys(words.goalWordsSv, catalogue)).toEqual([]);
    expect(unexpectedKeys(words.goalWordsSv, catalogue)).toEqual([]);
  });

  it.each(MENTORING_GOALS)('name %s in every form, never by its code', (goal) => {
    for (const form of [catalogue.goalName, catalogue.goalAsked, catalogue.goalOffered]) {
      const text = form({ goal });
      expect(text).not.toBe(goal);
      expect(text.trim()).not.toBe('');
    }
    if (locale !== 'sv') {
      // A translation, not the Swedish left in place (CV is CV in Swedish and English).
      if (goal !== 'cv')
        expect(catalogue.goalName({ goal })).not.toBe(words.goalWordsSv.goalName({ goal }));
    }
  });

  it('show an unknown code as itself', () => {
    expect(catalogue.goalName({ goal: 'mock-interviews' })).toBe('mock-interviews');
    expect(catalogue.goalAsked({ goal: 'constructor' })).toBe('constructor');
  });
});

it('has a catalogue for every supported language', () => {
  expect(Object.keys(catalogues).sort()).toEqual([...SUPPORTED_LOCALES].sort());
});
