import { describe, expect, it } from 'vitest';
import { deinflect, normaliseTerm } from './deinflect.ts';
import { TermIndex } from './term-index.ts';

const terms = [
  { id: 'kollektivavtal', lemma: 'kollektivavtal' },
  { id: 'provanstallning', lemma: 'provanställning' },
  { id: 'ob-tillagg', lemma: 'OB-tillägg', forms: ['obekväm arbetstid-tillägg'] },
  { id: 'skyddsombud', lemma: 'skyddsombud' },
  { id: 'semesterersattning', lemma: 'semesterersättning' },
  { id: 'uppsagning', lemma: 'uppsägning' },
  { id: 'lon', lemma: 'lön' },
];
const index = new TermIndex(terms);

describe('normaliseTerm', () => {
  it('lower-cases, trims punctuation and unifies dashes', () => {
    expect(normaliseTerm(' «OB‑tillägget», ')).toBe('ob-tillägget');
    expect(normaliseTerm('Kollektivavtal.')).toBe('kollektivavtal');
  });
});

describe('deinflect', () => {
  it('offers the dictionary form of definite and plural nouns', () => {
    expect(deinflect('kollektivavtalet')).toContain('kollektivavtal');
    expect(deinflect('uppsägningarna')).toContain('uppsägning');
    expect(deinflect('skyddsombudens')).toContain('skyddsombud');
  });

  it('is bounded for huge input', () => {
    expect(deinflect('a'.repeat(100_000)).every((form) => form.length <= 64)).toBe(true);
  });
});

describe('TermIndex.lookup', () => {
  it.each([
    ['kollektivavtalet', 'kollektivavtal', 'inflected'],
    ['Kollektivavtal', 'kollektivavtal', 'exact'],
    ['provanställningen', 'provanstallning', 'inflected'],
    ['OB-tillägget', 'ob-tillagg', 'inflected'],
    ['semesterersättningen', 'semesterersattning', 'inflected'],
    ['skyddsombuden', 'skyddsombud', 'inflected'],
    ['lönekollektivavtalet', 'kollektivavtal', 'compound'],
    ['huvudskyddsombudet', 'skyddsombud', 'compound'],
  ])('finds %s as %s (%s)', (text, id, how) => {
    expect(index.lookup(text)).toMatchObject({ term: { id }, how });
  });

  it('finds nothing for unknown words and does not match short tails', () => {
    expect(index.lookup('fika')).toBeUndefined();
    expect(index.lookup('')).toBeUndefined();
    expect(index.lookup('hölön')).toBeUndefined();
  });
});
