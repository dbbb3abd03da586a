import { describe, expect, it } from 'vitest';
import { compactTerm, deinflect, normaliseTerm } from './deinflect.ts';
import { TermIndex } from './term-index.ts';
import { readTerms } from './testing/data.ts';

const small = new TermIndex([
  { id: 'kollektivavtal', lemma: 'kollektivavtal' },
  { id: 'provanstallning', lemma: 'provanställning' },
  { id: 'ob-tillagg', lemma: 'OB-tillägg' },
  { id: 'skyddsombud', lemma: 'skyddsombud' },
  { id: 'lon', lemma: 'lön' },
  { id: 'rast', lemma: 'rast' },
  { id: 'personligt-brev', lemma: 'personligt brev', forms: ['personliga brevet'] },
  { id: 'basala-hygienrutiner', lemma: 'basala hygienrutiner' },
  { id: 'lagen-om-anstallningsskydd', lemma: 'lagen om anställningsskydd', forms: ['LAS'] },
]);

const terms = readTerms();
const glossary = new TermIndex(terms);

describe('normaliseTerm', () => {
  it('lower-cases, trims punctuation and unifies dashes, spaces and invisible characters', () => {
    expect(normaliseTerm(' «OB‑tillägget», ')).toBe('ob-tillägget');
    expect(normaliseTerm('Kollektivavtal.')).toBe('kollektivavtal');
    expect(normaliseTerm('OB - tillägg')).toBe('ob-tillägg');
    expect(normaliseTerm('kollektiv\u00adavtal')).toBe('kollektivavtal');
    expect(normaliseTerm('lagen\u00a0om \n anställningsskydd')).toBe('lagen om anställningsskydd');
    expect(compactTerm('ob-tillägg')).toBe('obtillägg');
  });
});

describe('deinflect', () => {
  it('offers the dictionary form of definite and plural nouns, participles and adjectives', () => {
    expect(deinflect('kollektivavtalet')).toContain('kollektivavtal');
    expect(deinflect('uppsägningarna')).toContain('uppsägning');
    expect(deinflect('skyddsombudens')).toContain('skyddsombud');
    expect(deinflect('sjukskrivna')).toContain('sjukskriven');
    expect(deinflect('anställde')).toContain('anställd');
  });

  it('is bounded for huge input', () => {
    expect(deinflect('a'.repeat(100_000)).every((form) => form.length <= 64)).toBe(true);
  });
});

// Forms as they stand in real texts → the term of the real glossary, and how it was found.
describe('lookup over the glossary data: form → lemma', () => {
  it.each([
    ['Kollektivavtal', 'kollektivavtal', 'exact'],
    ['kollektivavtalet', 'kollektivavtal', 'exact'],
    ['kollektivavtalets', 'kollektivavtal', 'inflected'],
    ['OB-tillägg', 'ob-tillagg', 'exact'],
    ['OB-tilläggets', 'ob-tillagg', 'inflected'],
    ['ob tillägg', 'ob-tillagg', 'variant'],
    ['obtillägg', 'ob-tillagg', 'variant'],
    ['OB\u2011tillägget', 'ob-tillagg', 'exact'],
    ['ob tillägget', 'ob-tillagg', 'variant'],
    ['obtilläggets', 'ob-tillagg', 'inflected'],
    ['semesterersättningarna', 'semesterersattning', 'inflected'],
    ['uppsägningarnas', 'uppsagning', 'inflected'],
    ['provanställda', 'provanstallning', 'inflected'],
    ['skyddsombudens', 'skyddsombud', 'inflected'],
    ['huvudskyddsombudet', 'huvudskyddsombud', 'exact'],
    ['lönekollektivavtalet', 'kollektivavtal', 'compound'],
    ['veckoschemat', 'schema', 'compound'],
    ['städbemanningsföretaget', 'bemanningsforetag', 'compound'],
    ['karensdagen', 'karensavdrag', 'exact'],
    ['A-kassan', 'a-kassa', 'exact'],
    ['a-kassans', 'a-kassa', 'inflected'],
    ['akassan', 'a-kassa', 'variant'],
    ['Lagen om anställningsskydd', 'lagen-om-anstallningsskydd', 'exact'],
    ['LAS', 'lagen-om-anstallningsskydd', 'exact'],
    ['MBL', 'medbestammandelagen', 'exact'],
    ['arbetsgivarnas', 'arbetsgivare', 'inflected'],
    ['timanställningarnas', 'timanstallning', 'inflected'],
    ['lönespecifikationens', 'lonespecifikation', 'inflected'],
    ['sjukskrivna', 'sjukskrivning', 'exact'],
    ['tjänstlediga', 'tjanstledighet', 'inflected'],
    ['förhandlingarnas', 'forhandling', 'inflected'],
    ['stämplade in', 'stampla-in', 'exact'],
    ['sa upp sig', 'saga-upp-sig', 'exact'],
    ['särskilda visstidsanställningarna', 'sarskild-visstidsanstallning', 'inflected'],
    ['regionala skyddsombuden', 'regionalt-skyddsombud', 'exact'],
    ['arbetsplatsträffarnas', 'arbetsplatstraff', 'inflected'],
    ['APT', 'arbetsplatstraff', 'exact'],
    ['Skyddsombudet:', 'skyddsombud', 'exact'],
    ['fackförbundets', 'fackforbund', 'inflected'],
    ['semestrarnas', 'semester', 'inflected'],
    ['friskvårdsbidragen', 'friskvardsbidrag', 'exact'],
  ])('%s → %s (%s)', (text, id, how) => {
    expect(glossary.lookup(text)[0]).toMatchObject({ term: { id }, how });
  });
});

describe('TermIndex.lookup', () => {
  it('shows the lemma with the form that matched and the text found', () => {
    expect(glossary.lookup(' OB-tilläggets ')[0]).toMatchObject({
      lemma: 'OB-tillägg',
      matchedForm: 'OB-tillägg',
      found: 'OB-tilläggets',
      how: 'inflected',
    });
  });

  it('finds multi-word terms inside a longer selection, the longest first', () => {
    const [first] = small.lookup('Enligt lagen om anställningsskydd har du rätt');
    expect(first).toMatchObject({
      term: { id: 'lagen-om-anstallningsskydd' },
      how: 'contained',
      found: 'lagen om anställningsskydd',
    });
    expect(small.lookup('Följ basala hygienrutiner')[0]?.term.id).toBe('basala-hygienrutiner');
    expect(small.lookup('Skriv ett personligt brev.')[0]?.term.id).toBe('personligt-brev');
    expect(small.lookup('Basala hygienrutinerna')[0]).toMatchObject({ how: 'inflected' });
  });

  it('ranks candidates: an exact match before a term inside the selection', () => {
    const matches = small.lookup('lön och OB-tillägg enligt kollektivavtalet');
    expect(matches.map((match) => match.term.id)).toEqual(['kollektivavtal', 'ob-tillagg', 'lon']);
    expect(matches.every((match) => match.how === 'contained')).toBe(true);
    expect(small.lookup('kollektivavtal', { limit: 0 })).toEqual([]);
  });

  it('keeps an imported term and the bundled one of the same lemma, the imported first', () => {
    const imported = { id: 'ob-tillagg', lemma: 'OB-tillägg', forms: [], pack: 'Städ AB' };
    const index = new TermIndex([imported, ...terms]);
    const matches = index.lookup('OB-tilläggen');
    expect(matches.slice(0, 2).map((match) => match.term)).toEqual([
      imported,
      terms.find((term) => term.id === 'ob-tillagg'),
    ]);
    expect(index.getById('ob-tillagg')).toBe(imported);
  });

  it('finds nothing for unknown words and does not match short compound tails', () => {
    expect(small.lookup('fika')).toEqual([]);
    expect(small.lookup('')).toEqual([]);
    expect(small.lookup('   ...  ')).toEqual([]);
    expect(small.lookup('hölön')).toEqual([]);
  });

  it('does bounded work for a huge selection', () => {
    const started = performance.now();
    expect(small.lookup('x'.repeat(5_000_000))).toEqual([]);
    expect(small.lookup('kollektivavtal '.repeat(200_000))[0]?.term.id).toBe('kollektivavtal');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('TermIndex.findTermsInText', () => {
  const text =
    'Enligt lagen om anställningsskydd (LAS) gäller kollektivavtalet. ' +
    'Du får ob tillägg och OB-tillägget syns på lönespecen. Kontrasten är stor; ' +
    'lönekollektivavtalet, rasten och fikan.';

  it('returns ranges of known terms in text order, longest term first at a position', () => {
    const found = glossary.findTermsInText(text);
    expect(found.map((match) => [text.slice(match.start, match.end), match.term.id])).toEqual([
      ['lagen om anställningsskydd', 'lagen-om-anstallningsskydd'],
      ['LAS', 'lagen-om-anstallningsskydd'],
      ['kollektivavtalet', 'kollektivavtal'],
      ['ob tillägg', 'ob-tillagg'],
      ['OB-tillägget', 'ob-tillagg'],
      ['lönespecen', 'lonespecifikation'],
      ['lönekollektivavtalet', 'kollektivavtal'],
      ['rasten', 'rast'],
      ['fikan', 'fika'],
    ]);
    expect(found.every((match) => match.found === text.slice(match.start, match.end))).toBe(true);
  });

  it('does not join words across punctuation into a phrase', () => {
    expect(small.findTermsInText('personligt. Brev')).toEqual([]);
    expect(small.findTermsInText('personligt brev')).toHaveLength(1);
  });

  it('is bounded by maxLength and maxMatches and can leave compounds out', () => {
    const long = 'kollektivavtal '.repeat(10_000);
    expect(glossary.findTermsInText(long, { maxMatches: 5 })).toHaveLength(5);
    expect(glossary.findTermsInText(long, { maxLength: 30 })).toHaveLength(2);
    expect(glossary.findTermsInText('lönekollektivavtalet', { compounds: false })).toEqual([]);
  });
});

describe('compounds whose first part is known, and names', () => {
  const index = new TermIndex([
    { id: 'sjuklon', lemma: 'sjuklön', forms: ['sjuklönen'] },
    { id: 'lokalvard', lemma: 'lokalvård' },
    { id: 'pension', lemma: 'pension' },
    { id: 'stock', lemma: 'stock', forms: ['stockar'] },
    { id: 'kollega', lemma: 'kollega' },
    { id: 'lonebidrag', lemma: 'lönebidrag' },
    { id: 'arbetsmiljoverket', lemma: 'Arbetsmiljöverket' },
  ]);
  const ids = (text: string) => index.findTermsInText(text).map((match) => match.term.id);

  it('finds a known head, with or without a linking s or e, when no tail is known', () => {
    expect(ids('sjuklöneperioden')).toEqual(['sjuklon']);
    expect(ids('en lokalvårdsutbildning')).toEqual(['lokalvard']);
    expect(index.lookup('sjuklöneperiod')[0]).toMatchObject({ lemma: 'sjuklön', how: 'compound' });
  });

  it('does not take an ending or a short head for a compound', () => {
    expect(ids('pensionerad')).toEqual([]); // pension + erad: a participle, not a compound
    expect(ids('Vi åkte till Stockholm')).toEqual([]); // stock is too short a head
  });

  it('prefers a known tail: it says what the compound is', () => {
    expect(ids('sjuklönebidrag')).toEqual(['lonebidrag']);
  });

  it('takes a capitalised common noun inside a sentence for a name', () => {
    expect(ids('Det skriver tidningen Kollega i dag.')).toEqual([]);
    expect(ids('Kollega är ett fint ord. Kollega igen: Kollega')).toEqual([
      'kollega',
      'kollega',
      'kollega',
    ]);
    expect(ids('Det säger Arbetsmiljöverket.')).toEqual(['arbetsmiljoverket']);
  });
});

describe('findTermOffsets', () => {
  it('gives the ranges of findTermsInText, flat, with the same bounds', () => {
    const text =
      'Enligt kollektivavtalet får du OB-tillägg. Lagen om anställningsskydd gäller. '.repeat(50);
    const ranges = glossary.findTermsInText(text).flatMap((match) => [match.start, match.end]);
    expect(ranges.length).toBeGreaterThan(100);
    expect(glossary.findTermOffsets(text)).toEqual(ranges);
    expect(glossary.findTermOffsets(text, { maxMatches: 3 })).toEqual(ranges.slice(0, 6));
    expect(glossary.findTermOffsets(text, { maxLength: 40 })).toEqual(
      glossary.findTermsInText(text.slice(0, 40)).flatMap((match) => [match.start, match.end]),
    );
  });
});
