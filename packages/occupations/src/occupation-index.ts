// The searchable index of the occupation data: titles, their names as words, and the SSYK
// groups' names. Built once per page (a picker builds it on first use) and then shared by
// searchOccupations and classifyFreeText.
import type { OccupationGroupNames } from '@mentorkit/core';
import {
  readTitles,
  type EscoDataFile,
  type OccupationDataFile,
  type OccupationTitle,
  type TitleName,
} from './data-file.ts';
import { words } from './normalise.ts';
import { TokenIndex } from './token-index.ts';

export interface IndexedName extends TitleName {
  /** Vocabulary ids of the name's words, and extra forms (a hyphenated word written together). */
  tokens: Int32Array;
  /** How much of the name each token stands for; the words of the name add up to 1. */
  weights: Float32Array;
  /** The first `words` tokens are the name's words; the rest are compounds made of them. */
  words: number;
}

export interface OccupationIndex {
  titles: readonly OccupationTitle[];
  names: readonly IndexedName[];
  tokens: TokenIndex;
  /** Vocabulary id → the names that have it. */
  postings: readonly (readonly number[])[];
  /** SSYK code (1–4 digits) → [Swedish, English] name. */
  groups: ReadonlyMap<string, readonly [sv: string, en: string]>;
  /** Whether ESCO's English and Arabic names are in (loaded with the index, or not). */
  hasEsco: boolean;
}

interface NameWords {
  words: string[];
  /** Compounds made of several of the words, each with how many words it joins. */
  joined: [word: string, parts: number][];
}

/**
 * The words of a name, and the compounds that its hyphens and SCB's inverted form stand for:
 * "MIG-svetsare" is also "migsvetsare", «Svetsare, TIG-» is TIG-svetsare, "tigsvetsare".
 */
export function nameWords(text: string): NameWords {
  const joined: [string, number][] = [];
  const inverted = /^(.+),\s*([^,\s]+)-$/.exec(text.trim());
  if (inverted) {
    const head = words(inverted[1]!).join('');
    const modifier = words(inverted[2]!).join('');
    if (head && modifier) joined.push([modifier + head, 2]);
  }
  for (const hyphenated of text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu) ?? []) {
    const parts = words(hyphenated);
    if (parts.length > 1) joined.push([parts.join(''), parts.length]);
  }
  return { words: words(text), joined };
}

export function buildOccupationIndex(
  main: OccupationDataFile,
  esco?: EscoDataFile,
): OccupationIndex {
  const { titles, names } = readTitles(main, esco);
  const split = names.map((name) => nameWords(name.text));
  const tokens = new TokenIndex(
    split.flatMap(({ words: plain, joined }) => [...plain, ...joined.map(([word]) => word)]),
  );
  const postings: number[][] = tokens.vocabulary.map(() => []);
  const indexed = names.map((name, nameIndex): IndexedName => {
    const { words: plain, joined } = split[nameIndex]!;
    const entries: [string, number][] = [
      ...plain.map((word): [string, number] => [word, 1 / plain.length]),
      ...joined.map(([word, parts]): [string, number] => [word, Math.min(1, parts / plain.length)]),
    ];
    const ids = new Int32Array(entries.length);
    const weights = new Float32Array(entries.length);
    entries.forEach(([word, weight], at) => {
      const id = tokens.idOf(word);
      ids[at] = id;
      weights[at] = weight;
      const list = postings[id]!;
      if (list.at(-1) !== nameIndex) list.push(nameIndex);
    });
    return { ...name, tokens: ids, weights, words: plain.length };
  });
  const groups = new Map<string, readonly [string, string]>();
  for (const [code, [sv, en]] of Object.entries(main.levels)) groups.set(code, [sv, en]);
  for (const [code, [sv, en]] of Object.entries(main.units)) groups.set(code, [sv, en]);
  return { titles, names: indexed, tokens, postings, groups, hasEsco: esco !== undefined };
}

/**
 * The name of an SSYK group (any level) in a language: English where SCB has one, Swedish
 * otherwise (no Arabic group names exist in the sources).
 */
export function groupName(
  index: OccupationIndex,
  code: string,
  language: string = 'sv',
): string | undefined {
  const names = index.groups.get(code);
  if (!names) return undefined;
  return language !== 'sv' && names[1] ? names[1] : names[0];
}

/**
 * Group names for @mentorkit/core's match reasons ("Same occupation group: 2211 …"). SSYK only:
 * an ISCO-08 code of the same digits is another group (ISCO 2212 is not SSYK 2212).
 */
export function groupNamesFor(
  index: OccupationIndex,
  language: string = 'en',
): OccupationGroupNames {
  return (code, system) => (system === 'ssyk' ? groupName(index, code, language) : undefined);
}
