// The annotated corpus (packages/glossary/corpus/*.txt) and its measurement: recall and precision
// of the scanner the extension highlights with, on Swedish text nobody on the project wrote.
// Used by corpus.test.ts (which holds the goals) and by `npm run bench -- glossary` (which prints
// the figures the README quotes).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IndexableTerm, TermIndex } from '../term-index.ts';

export const CORPUS_DIRECTORY = fileURLToPath(new URL('../../corpus/', import.meta.url));

/** A marked term: `text.slice(start, end)`; `ids` are the cards that explain it, empty when the glossary has none. */
export interface GoldTerm {
  start: number;
  end: number;
  ids: readonly string[];
}

export interface CorpusFile {
  name: string;
  /** The text without the marks. */
  text: string;
  gold: GoldTerm[];
}

// [[words|id]], [[words|id1,id2]] (either card explains it) or [[words|-]] (a term a mentor would
// explain that the glossary does not have).
const MARK = /\[\[([^|\]]+)\|([^\]]+)\]\]/g;

export function parseAnnotated(name: string, annotated: string): CorpusFile {
  const gold: GoldTerm[] = [];
  let text = '';
  let at = 0;
  for (const mark of annotated.matchAll(MARK)) {
    text += annotated.slice(at, mark.index);
    const words = mark[1] as string;
    const ids = (mark[2] as string).trim();
    gold.push({
      start: text.length,
      end: text.length + words.length,
      ids: ids === '-' ? [] : ids.split(',').map((id) => id.trim()),
    });
    text += words;
    at = (mark.index ?? 0) + mark[0].length;
  }
  text += annotated.slice(at);
  return { name, text, gold };
}

/**
 * The annotated files of the corpus (`corpus/*.txt`), or of one of its parts measured on its own
 * (`readCorpus('job-ads')`: job ads marked by hand from scratch, corpus/README.md).
 */
export function readCorpus(part?: 'job-ads'): CorpusFile[] {
  const directory = part ? `${CORPUS_DIRECTORY}${part}/` : CORPUS_DIRECTORY;
  return readdirSync(directory)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => parseAnnotated(file, readFileSync(`${directory}${file}`, 'utf8')));
}

export interface CorpusScore {
  words: number;
  /** Marked terms the glossary has a card for, and how many of them the scanner found with that card. */
  inScope: number;
  foundInScope: number;
  /** Marked terms a mentor would explain that the glossary lacks. */
  outOfScope: number;
  /** Ranges the scanner marked, and how many of them were a marked term with a right card. */
  matches: number;
  rightMatches: number;
  recall: number;
  precision: number;
  /** What was missed and what was marked wrongly, for reading. */
  missed: string[];
  wrong: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Scans every file as the extension does and scores the ranges against the marks. */
export function scoreCorpus<T extends IndexableTerm>(
  index: TermIndex<T>,
  files: readonly CorpusFile[],
): CorpusScore {
  const score = {
    words: 0,
    inScope: 0,
    foundInScope: 0,
    outOfScope: 0,
    matches: 0,
    rightMatches: 0,
    missed: [] as string[],
    wrong: [] as string[],
  };
  for (const file of files) {
    score.words += file.text.split(/\s+/).filter(Boolean).length;
    const found = index.findTermsInText(file.text);
    for (const gold of file.gold) {
      if (gold.ids.length === 0) {
        score.outOfScope++;
        continue;
      }
      score.inScope++;
      const hit = found.some((match) => overlaps(match, gold) && gold.ids.includes(match.term.id));
      if (hit) score.foundInScope++;
      else score.missed.push(`${file.name}: ${file.text.slice(gold.start, gold.end)}`);
    }
    for (const match of found) {
      score.matches++;
      const right = file.gold.some(
        (gold) => overlaps(match, gold) && gold.ids.includes(match.term.id),
      );
      if (right) score.rightMatches++;
      else score.wrong.push(`${file.name}: ${match.found} → ${match.term.id}`);
    }
  }
  return {
    ...score,
    recall: score.inScope === 0 ? 1 : score.foundInScope / score.inScope,
    precision: score.matches === 0 ? 1 : score.rightMatches / score.matches,
  };
}
