import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '@mentorkit/core';
import { mergeTerms, removePack, slugify, upsertPack } from './packs.ts';
import type { GlossaryPack } from './packs.ts';
import { TermIndex } from './term-index.ts';
import { readTerms } from './testing/data.ts';

const bundled = readTerms();
const ownOb: GlossaryTerm = {
  id: 'ob-tillagg',
  lemma: 'OB-tillägg',
  forms: [],
  partOfSpeech: 'noun',
  domain: 'pay',
  explanation: {
    sv: 'Hos oss: 50 kr i timmen efter 19.',
    en: 'With us: 50 kronor an hour after 7 pm.',
  },
  translations: {},
};
const pack = (id: string, terms: GlossaryTerm[] = [ownOb]): GlossaryPack => ({
  id,
  name: `Pack ${id}`,
  importedAt: '2025-03-01T10:00:00.000Z',
  terms,
});

describe('mergeTerms', () => {
  it('puts pack terms first, marked with their pack, so that lookup shows both, pack first', () => {
    const merged = mergeTerms(bundled, [pack('stad')]);
    expect(merged[0]).toMatchObject({ ...ownOb, pack: { id: 'stad', name: 'Pack stad' } });
    expect(merged).toHaveLength(bundled.length + 1);
    const matches = new TermIndex(merged).lookup('OB-tillägget');
    expect(matches.slice(0, 2).map((match) => match.term.pack?.id ?? 'bundled')).toEqual([
      'stad',
      'bundled',
    ]);
  });
});

describe('upsertPack and removePack', () => {
  it('adds a pack, replaces one of the same id in place and removes by id', () => {
    const packs = upsertPack(upsertPack([], pack('a')), pack('b'));
    const replaced = upsertPack(packs, pack('a', []));
    expect(replaced.map((p) => [p.id, p.terms.length])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
    expect(removePack(replaced, 'a').map((p) => p.id)).toEqual(['b']);
    expect(packs.map((p) => p.terms.length)).toEqual([1, 1]);
  });
});

describe('slugify', () => {
  it('makes ASCII ids of Swedish names', () => {
    expect(slugify('Gjuteri AB:s ordlista – Ö')).toBe('gjuteri-ab-s-ordlista-o');
    expect(slugify('   ')).toBe('term');
  });
});
