import { describe, expect, it } from 'vitest';
import type { GlossaryPack } from '@mentorkit/glossary';
import type { GlossaryTerm } from '@mentorkit/core';
import { MAX_FIND_TERMS_CHARS, MAX_FIND_TERMS_TEXTS, parseMessage } from '../../shared/messages.ts';
import { createLookupService, MAX_CLOSEST } from './glossary.ts';
import { PACKS_STORAGE_KEY, createGlossaryStore, loadPacks, savePacks } from './glossary-store.ts';

const service = createLookupService();

function fakeStorage(initial: Record<string, unknown> = {}) {
  const items = structuredClone(initial);
  return {
    items,
    get(key: string): Promise<Record<string, unknown>> {
      return Promise.resolve(key in items ? { [key]: structuredClone(items[key]) } : {});
    },
    set(changes: Record<string, unknown>): Promise<void> {
      Object.assign(items, structuredClone(changes));
      return Promise.resolve();
    },
  };
}

const packTerm: GlossaryTerm = {
  id: 'ob-tillagg',
  lemma: 'OB-tillägg',
  forms: ['OB-tillägget'],
  partOfSpeech: 'noun',
  domain: 'pay',
  explanation: {
    sv: 'Hos oss: 40 kronor extra per timme på kvällar och helger.',
    en: 'With us: 40 kronor extra per hour in the evenings and at weekends.',
  },
  translations: {},
};

const pack: GlossaryPack = {
  id: 'gjuteri-ab',
  name: 'Gjuteri AB',
  importedAt: '2026-11-23T12:00:00.000Z',
  terms: [packTerm],
};

describe('lookup service', () => {
  it('finds the lemma of an inflected form and says which form was found', () => {
    const { entries } = service.lookup('kollektivavtalet', null);
    expect(entries[0]).toMatchObject({
      lemma: 'kollektivavtal',
      found: 'kollektivavtalet',
      partOfSpeech: 'noun',
    });
    expect(entries[0]?.explanation.sv).not.toBe('');
    expect(entries[0]?.explanation.en).not.toBe('');
    expect(entries[0]?.mentee).toBeUndefined();
  });

  it('adds the term in the mentee’s language, right to left where needed, flagged unreviewed', () => {
    const [entry] = service.lookup('semesterersättningen', 'ar').entries;
    expect(entry?.lemma).toBe('semesterersättning');
    expect(entry?.mentee).toMatchObject({ language: 'ar', dir: 'rtl', reviewed: false });
    expect(entry?.mentee?.text).not.toBe('');
    expect(service.lookup('semesterersättningen', 'uk').entries[0]?.mentee?.dir).toBe('ltr');
    // English is on every card already.
    expect(service.lookup('semesterersättningen', 'en').entries[0]?.mentee).toBeUndefined();
  });

  it('names related terms by their lemma, and leaves out related ids it does not know', () => {
    const [entry] = service.lookup('lön', null).entries;
    expect(entry?.related.length).toBeGreaterThan(0);
    for (const related of entry?.related ?? []) expect(related.lemma).not.toBe('');
  });

  it('offers the closest terms when nothing matches', () => {
    const answer = service.lookup('kollektivavtl', null);
    expect(answer.entries).toEqual([]);
    expect(answer.closest).toContain('kollektivavtal');
    expect(answer.closest?.length).toBeLessThanOrEqual(MAX_CLOSEST);
  });

  it('finds a term with a typo in the search box', () => {
    const { entries } = service.search('karensavdrg', null);
    expect(entries[0]?.lemma).toBe('karensavdrag');
  });

  it('gives the offsets of known terms in each piece of text', () => {
    const texts = [
      'Du har rätt till sjuklön enligt kollektivavtalet.',
      'Inga ord här.',
      '',
      'Skyddsombudet går skyddsrond.',
    ];
    const { ranges } = service.findTerms(texts);
    const words = ranges.map((offsets, piece) => {
      const found: string[] = [];
      for (let k = 0; k + 1 < offsets.length; k += 2) {
        found.push((texts[piece] ?? '').slice(offsets[k], offsets[k + 1]));
      }
      return found;
    });
    expect(words[0]).toEqual(expect.arrayContaining(['sjuklön', 'kollektivavtalet']));
    expect(words[1]).toEqual([]);
    expect(words[2]).toEqual([]);
    expect(words[3]).toEqual(['Skyddsombudet', 'skyddsrond']);
  });

  it('shows an imported pack’s term before the bundled one of the same lemma, named', () => {
    const withPack = createLookupService([pack]);
    const { entries } = withPack.lookup('OB-tillägget', null);
    expect(entries.map((entry) => entry.pack)).toEqual(['Gjuteri AB', undefined]);
    expect(entries.map((entry) => entry.lemma)).toEqual(['OB-tillägg', 'OB-tillägg']);
  });
});

describe('glossary store', () => {
  it('keeps packs in storage.local under one key and drops ones that no longer validate', async () => {
    const storage = fakeStorage();
    await savePacks(storage, [pack]);
    expect(Object.keys(storage.items)).toEqual([PACKS_STORAGE_KEY]);
    expect(await loadPacks(storage)).toEqual([pack]);
    storage.items[PACKS_STORAGE_KEY] = [pack, { id: 'broken', terms: 'nope' }];
    expect(await loadPacks(storage)).toEqual([pack]);
    storage.items[PACKS_STORAGE_KEY] = 'garbage';
    expect(await loadPacks(storage)).toEqual([]);
  });

  it('builds the glossary once and again after invalidate()', async () => {
    const storage = fakeStorage();
    const store = createGlossaryStore(storage);
    const first = await store.get();
    expect(await store.get()).toBe(first);
    expect(first.lookup('OB-tillägget', null).entries).toHaveLength(1);
    await savePacks(storage, [pack]);
    store.invalidate();
    expect((await store.get()).lookup('OB-tillägget', null).entries).toHaveLength(2);
  });
});

describe('lookup messages', () => {
  it('accept a search query and batches of page text within their limits', () => {
    expect(parseMessage({ type: 'search-glossary', query: ' kolektivavtal ' })).toEqual({
      ok: true,
      message: { type: 'search-glossary', query: 'kolektivavtal' },
    });
    expect(parseMessage({ type: 'find-terms', texts: ['Hej', 'semestern'] }).ok).toBe(true);
    expect(parseMessage({ type: 'show-lookup', text: 'facket', focus: true })).toEqual({
      ok: true,
      message: { type: 'show-lookup', text: 'facket', focus: true },
    });
  });

  it('refuse oversized batches and wrong shapes, naming the field', () => {
    const tooMany = Array.from({ length: MAX_FIND_TERMS_TEXTS + 1 }, () => 'ord');
    expect(parseMessage({ type: 'find-terms', texts: tooMany }).ok).toBe(false);
    const tooLong = [
      'a'.repeat(MAX_FIND_TERMS_CHARS / 2 + 1),
      'b'.repeat(MAX_FIND_TERMS_CHARS / 2),
    ];
    const oversized = parseMessage({ type: 'find-terms', texts: tooLong });
    expect(oversized.ok).toBe(false);
    if (!oversized.ok) expect(oversized.error).toMatch(/^Invalid message: texts: /);
    expect(parseMessage({ type: 'find-terms', texts: [7] }).ok).toBe(false);
    expect(parseMessage({ type: 'search-glossary', query: 'x'.repeat(101) }).ok).toBe(false);
    expect(parseMessage({ type: 'show-lookup', text: 'a', focus: 'yes' }).ok).toBe(false);
  });
});

describe('the law a card rests on (issue 21)', () => {
  it('carries the paragraph of a term a law decides, and none for plain vocabulary', () => {
    const service = createLookupService();
    const [trial] = service.lookup('provanställningen', null).entries;
    expect(trial?.basis).toBe('6 § lagen (1982:80) om anställningsskydd');
    expect(trial?.source).toBe('https://lagen.nu/1982:80#P6');
    expect(service.lookup('fikat', null).entries[0]?.basis).toBeUndefined();
  });

  it('says when an explanation was checked against the law, and leaves the rest unchecked', () => {
    const service = createLookupService();
    // 6 kap. 7 § arbetsmiljölagen is kept in the repository and was checked against (issue 21).
    expect(service.lookup('skyddsombudsstoppet', null).entries[0]?.checked).toBe('2026-12-03');
    // LAS is not kept: provanställning's card says "not yet checked" rather than a date.
    expect(service.lookup('provanställningen', null).entries[0]?.checked).toBeUndefined();
  });
});
