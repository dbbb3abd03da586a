// Shared by search and classification: which names fit a set of query words, and how well.
import type { IndexedName, OccupationIndex } from './occupation-index.ts';
import { MATCH_QUALITY } from './token-index.ts';
import { words } from './normalise.ts';
import { TITLE_SOURCES, type TitleSource } from './data-file.ts';

/**
 * Hostile or pasted input stays cheap: only the start of a text is read, and only so many
 * words of it, each cut to a length no occupation word reaches.
 */
export const MAX_INPUT_LENGTH = 300;
export const MAX_QUERY_WORDS = 8;
export const MAX_WORD_LENGTH = 40;

export function queryWords(text: string): string[] {
  return words(text.slice(0, MAX_INPUT_LENGTH))
    .slice(0, MAX_QUERY_WORDS)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
}

/** A common title before an obscure one when they fit equally well. */
const SOURCE_FACTOR: Record<TitleSource, number> = {
  jobtech: 1,
  esco: 0.99,
  group: 0.98,
  scb: 0.97,
  legacy: 0.95,
};
export const sourceOrder = (source: TitleSource) => TITLE_SOURCES.indexOf(source);
export const sourceFactor = (source: TitleSource) => SOURCE_FACTOR[source];

export interface NameFit {
  name: number;
  /** For each query word, how well its best word in the name fits (0 = not found). */
  perWord: number[];
  /** How much of the name the query covers, 0..1. */
  coverage: number;
}

/**
 * Every name that fits at least `minWords` of the query words. Per name, each query word counts
 * its best-fitting word of the name; coverage sums the weights of the name's words that some
 * query word fits, scaled by how well.
 */
export function fitNames(
  index: OccupationIndex,
  query: string[],
  { minWords, wholeWords }: { minWords: number; wholeWords: boolean },
): NameFit[] {
  const matchesPerWord = query.map((word) => {
    const matches = index.tokens.matches(word);
    if (!wholeWords) return matches;
    // A stored text's words are finished: "ekonom" is not the start of "ekonomichef" being
    // typed, so a longer word counts no more than a word found inside a compound.
    for (const [id, quality] of matches) {
      if (quality < MATCH_QUALITY.exact && quality >= MATCH_QUALITY.prefix) {
        matches.set(id, MATCH_QUALITY.infix);
      }
    }
    return matches;
  });
  const hits = new Map<number, number>();
  for (const matches of matchesPerWord) {
    const seen = new Set<number>();
    for (const tokenId of matches.keys()) {
      for (const name of index.postings[tokenId] ?? []) {
        if (seen.has(name)) continue;
        seen.add(name);
        hits.set(name, (hits.get(name) ?? 0) + 1);
      }
    }
  }
  const fits: NameFit[] = [];
  for (const [nameIndex, count] of hits) {
    if (count < minWords) continue;
    const name = index.names[nameIndex]!;
    const perWord = matchesPerWord.map((matches) => {
      let best = 0;
      for (const tokenId of name.tokens) best = Math.max(best, matches.get(tokenId) ?? 0);
      return best;
    });
    fits.push({ name: nameIndex, perWord, coverage: coverageOf(name, matchesPerWord) });
  }
  return fits;
}

/**
 * How much of a name the query covers: the weights of its words, each scaled by how well some
 * query word fits it. A compound form ("tigsvetsare" for «Svetsare, TIG-») stands for the
 * words it joins, but only when written whole: "lärare" inside "sfilärare" covers
 * the word lärare of "SFI-lärare", and "ekonom" does not make «Sekreterare, ekonomi-»
 * an ekonom.
 */
function coverageOf(name: IndexedName, matchesPerWord: Map<number, number>[]): number {
  const best = (tokenId: number) => {
    let quality = 0;
    for (const matches of matchesPerWord) quality = Math.max(quality, matches.get(tokenId) ?? 0);
    return quality;
  };
  let words = 0;
  for (let at = 0; at < name.words; at++) words += best(name.tokens[at]!) * name.weights[at]!;
  let coverage = words;
  for (let at = name.words; at < name.tokens.length; at++) {
    const quality = best(name.tokens[at]!);
    if (quality < MATCH_QUALITY.exact) continue;
    const weight = name.weights[at]!;
    coverage = Math.max(coverage, quality * weight + words * (1 - weight));
  }
  return Math.min(1, coverage);
}
