// Search for the popup's search box: what the user types may be a form from a text (found by
// the lookup's deinflection), the start of a word, a word with a typo, an English word or a
// word in the mentee's language. MiniSearch (prefix + fuzzy, BM25) over lemma, forms, English
// explanation and translations; lookup matches come first.
import MiniSearch from 'minisearch';
import type { GlossaryTerm } from '@mentorkit/core';
import { compactTerm, normaliseTerm } from './deinflect.ts';
import { TermIndex } from './term-index.ts';

export interface SearchOptions {
  /** Most results (default 10). */
  limit?: number;
}

export interface SearchHit<T extends GlossaryTerm> {
  term: T;
  /** Higher is better; lookup matches score above every full-text match. */
  score: number;
}

/** Longest query looked at; a search box does not need more. */
export const MAX_QUERY_LENGTH = 100;

interface SearchDocument {
  id: number;
  lemma: string;
  forms: string;
  english: string;
  translations: string;
}

const FIELDS = ['lemma', 'forms', 'english', 'translations'] as const;

export class GlossarySearch<T extends GlossaryTerm> {
  readonly #terms: readonly T[];
  readonly #index: TermIndex<T>;
  readonly #search: MiniSearch<SearchDocument>;

  /**
   * `index`: a lookup index of these same terms, when the caller has built one already (the
   * glossary does); building a second one costs as much again at a cold start.
   */
  constructor(terms: Iterable<T>, index?: TermIndex<T>) {
    this.#terms = [...terms];
    this.#index = index ?? new TermIndex(this.#terms);
    this.#search = new MiniSearch<SearchDocument>({
      fields: [...FIELDS],
      processTerm: (term) => normaliseTerm(term) || null,
      searchOptions: {
        boost: { lemma: 4, forms: 2, translations: 1.5, english: 1 },
        prefix: true,
        // Edit distance up to a fifth of the word: one typo in "kolektivavtal", two in longer.
        fuzzy: 0.2,
        combineWith: 'OR',
      },
    });
    this.#search.addAll(
      this.#terms.map((term, id) => ({
        id,
        // The compact spelling too, so "obtillägg" finds "OB-tillägg".
        lemma: withCompactSpelling(term.lemma),
        forms: term.forms.join(' '),
        english: term.explanation.en,
        translations: Object.values(term.translations)
          .map((translation) => translation.text)
          .join(' '),
      })),
    );
  }

  /** Terms for a search-box query, best first. Empty for an empty query. */
  search(query: string, options: SearchOptions = {}): SearchHit<T>[] {
    const limit = options.limit ?? 10;
    const text = query.slice(0, MAX_QUERY_LENGTH).trim();
    if (!text || limit <= 0) return [];
    const hits = new Map<T, SearchHit<T>>();
    const weak = new Map<T, SearchHit<T>>();
    for (const match of this.#index.lookup(text, { limit })) {
      // A form of the term itself beats any full-text hit; a compound's tail or a term inside
      // a longer query only counts if full text finds nothing better.
      if (match.how === 'compound' || match.how === 'contained') {
        weak.set(match.term, { term: match.term, score: match.score / 10 });
      } else {
        hits.set(match.term, { term: match.term, score: 1_000 + match.score });
      }
    }
    const normalisedQuery = normaliseTerm(text);
    for (const result of this.#search.search(text).slice(0, limit * 3)) {
      const term = this.#terms[result.id as number];
      if (!term || hits.has(term)) continue;
      // A typo of the lemma itself beats a term that merely contains the word more often.
      const closeness = lemmaCloseness(normalisedQuery, normaliseTerm(term.lemma));
      const score = result.score * closeness + (weak.get(term)?.score ?? 0);
      hits.set(term, { term, score });
    }
    for (const [term, hit] of weak) if (!hits.has(term)) hits.set(term, hit);
    return [...hits.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }
}

function withCompactSpelling(lemma: string): string {
  const compact = compactTerm(normaliseTerm(lemma));
  return compact === normaliseTerm(lemma) ? lemma : `${lemma} ${compact}`;
}

/** 2 for the lemma itself, falling by edit distance to 1 at three edits or more. */
function lemmaCloseness(query: string, lemma: string): number {
  if (Math.abs(query.length - lemma.length) > 2) return 1;
  const distance = editDistance(query, lemma, 3);
  return distance >= 3 ? 1 : 2 - distance / 3;
}

/** Levenshtein distance, giving up at `max` (inputs are a query and a lemma, both short). */
function editDistance(a: string, b: string, max: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= max) return max;
    previous = current;
  }
  return Math.min(previous[b.length] as number, max);
}
