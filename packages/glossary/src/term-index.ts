// Finds the glossary term a word of running text stands for: exact forms first, then
// deinflected candidates, then the tail of a compound ("lönekollektivavtalet" → kollektivavtal).
import { deinflect, normaliseTerm } from './deinflect.ts';

/** What lookup needs of a term; the full GlossaryTerm has much more. */
export interface IndexableTerm {
  id: string;
  lemma: string;
  forms?: readonly string[];
}

export interface TermMatch<T extends IndexableTerm> {
  term: T;
  /** The form that matched (a key of the index). */
  matchedForm: string;
  how: 'exact' | 'inflected' | 'compound';
}

/** Compound parts shorter than this are not looked up on their own (too many false hits). */
const MIN_COMPOUND_TAIL = 4;

export class TermIndex<T extends IndexableTerm> {
  readonly #byForm = new Map<string, T>();

  constructor(terms: Iterable<T>) {
    for (const term of terms) {
      for (const form of [term.lemma, ...(term.forms ?? [])]) {
        const key = normaliseTerm(form);
        // The first term to claim a form keeps it: data files are ordered by importance.
        if (key && !this.#byForm.has(key)) this.#byForm.set(key, term);
      }
    }
  }

  get size(): number {
    return this.#byForm.size;
  }

  lookup(text: string): TermMatch<T> | undefined {
    const word = normaliseTerm(text);
    if (!word) return undefined;
    const exact = this.#byForm.get(word);
    if (exact) return { term: exact, matchedForm: word, how: 'exact' };
    for (const candidate of deinflect(word)) {
      const term = this.#byForm.get(candidate);
      if (term) return { term, matchedForm: candidate, how: 'inflected' };
    }
    return this.#lookupCompoundTail(word);
  }

  /** Tries ever shorter tails of a compound, with and without its linking -s-. */
  #lookupCompoundTail(word: string): TermMatch<T> | undefined {
    if (word.includes(' ')) return undefined;
    for (let start = 1; word.length - start >= MIN_COMPOUND_TAIL; start++) {
      const tail = word.slice(start);
      for (const candidate of deinflect(tail)) {
        const term = this.#byForm.get(candidate);
        if (term && candidate.length >= MIN_COMPOUND_TAIL)
          return { term, matchedForm: candidate, how: 'compound' };
      }
    }
    return undefined;
  }
}
