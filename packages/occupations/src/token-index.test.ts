import { describe, expect, it } from 'vitest';
import { normaliseText, words } from './normalise.ts';
import { isOneEditAway, MATCH_QUALITY, TokenIndex } from './token-index.ts';

describe('normaliseText', () => {
  it('drops case, diacritics and punctuation', () => {
    expect(normaliseText('Läkare (ST), Göteborg')).toBe('lakare st goteborg');
    expect(normaliseText('Svetsare, TIG-')).toBe('svetsare tig');
  });

  it('folds Arabic letter variants and drops short vowels and tatweel', () => {
    expect(normaliseText('أخصائي')).toBe(normaliseText('اخصائي'));
    expect(normaliseText('مُمَرِّضـة')).toBe(normaliseText('ممرضه'));
  });

  it('leaves out stop words unless nothing else is left', () => {
    expect(words('Specialist i allmänmedicin')).toEqual(['specialist', 'allmanmedicin']);
    expect(words('i och')).toEqual(['i', 'och']);
  });
});

describe('isOneEditAway', () => {
  it.each([
    ['svetsare', 'svetsar', true],
    ['svetsare', 'svetsaree', true],
    ['svetsare', 'svetsere', true],
    ['svetsare', 'svetsrae', true],
    ['svetsare', 'svetsare', false],
    ['svetsare', 'svtsre', false],
    ['svetsare', 'vetsarre', false],
  ])('%s ↔ %s: %s', (a, b, expected) => {
    expect(isOneEditAway(a, b)).toBe(expected);
    expect(isOneEditAway(b, a)).toBe(expected);
  });
});

describe('TokenIndex', () => {
  const index = new TokenIndex(['svetsare', 'tigsvetsare', 'sjukskoterska', 'svets', 'lakare']);
  const quality = (query: string, word: string) => index.matches(query).get(index.idOf(word));

  it('grades exact, prefix, head of a compound, typo and inside a word', () => {
    expect(quality('svetsare', 'svetsare')).toBe(MATCH_QUALITY.exact);
    expect(quality('svets', 'svetsare')).toBeGreaterThan(MATCH_QUALITY.prefix);
    expect(quality('svetsare', 'tigsvetsare')).toBe(MATCH_QUALITY.suffix);
    expect(quality('sjukskoterka', 'sjukskoterska')).toBe(MATCH_QUALITY.typo);
    expect(quality('svets', 'tigsvetsare')).toBe(MATCH_QUALITY.infix);
  });

  it('reads an unknown compound as its longest known head', () => {
    expect(quality('tigsvetsarelarling', 'svetsare')).toBeUndefined();
    expect(quality('rorsvetsare', 'svetsare')).toBe(MATCH_QUALITY.head);
    expect(quality('rorlakare', 'lakare')).toBe(MATCH_QUALITY.head);
  });

  it('forgives no typo in a short word and finds no compound part under four letters', () => {
    expect(quality('lakre', 'lakare')).toBe(MATCH_QUALITY.typo);
    expect(index.matches('lakr').size).toBe(0);
    expect(quality('are', 'svetsare')).toBeUndefined();
  });
});
