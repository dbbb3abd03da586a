// Finds the glossary terms a selection or a word of running text stands for. One index serves
// the selection lookup (a ranked list of candidates), the highlighter (ranges in a page's text)
// and, through the same keys, imported packs next to the bundled terms.
//
// Matching, best first: an exact form; a hyphen/space variant (OB-tillägg, ob tillägg,
// obtillägg); a deinflected form (kollektivavtalet → kollektivavtal); a term inside a longer
// selection ("enligt lagen om anställningsskydd"); the tail of a compound
// (lönekollektivavtalet → kollektivavtal); the head of a compound when no tail is known
// (sjuklöneperioden → sjuklön).
import { MAX_WORD_LENGTH, compactTerm, deinflect, normaliseTerm } from './deinflect.ts';

/** What lookup needs of a term; the full GlossaryTerm has much more. */
export interface IndexableTerm {
  id: string;
  lemma: string;
  forms?: readonly string[];
  /** False: never the last part of a compound (GlossaryTerm.matchesAsTail). */
  matchesAsTail?: boolean;
}

export type MatchKind = 'exact' | 'variant' | 'inflected' | 'contained' | 'compound';

export interface TermMatch<T extends IndexableTerm> {
  term: T;
  /** The term's dictionary form, as the card shows it. */
  lemma: string;
  /** The form of the term that matched, spelt as in the data (the lemma or one of its forms). */
  matchedForm: string;
  /** The words that were found, as they stand in the selection or the text. */
  found: string;
  how: MatchKind;
  /** Higher is better. Only for ordering: the numbers may change. */
  score: number;
}

/** A term found in running text: `text.slice(start, end)` is `found`. */
export interface TextMatch<T extends IndexableTerm> extends TermMatch<T> {
  start: number;
  end: number;
}

export interface LookupOptions {
  /** Most candidates returned (default 10). */
  limit?: number;
}

export interface FindInTextOptions {
  /** Characters of the text that are scanned (default 2,000,000); the rest is ignored. */
  maxLength?: number;
  /** Most matches returned (default 20,000); scanning stops there. */
  maxMatches?: number;
  /** Also match the tail of compounds (default true). */
  compounds?: boolean;
}

interface Entry<T> {
  term: T;
  /** The form as written in the data. */
  form: string;
  isLemma: boolean;
  /** Length of the normalised lemma: a compound's known part is judged by it. */
  lemmaLength: number;
  /**
   * The form is the end of the lemma or of an inflection of it (förbund of fackförbund): a
   * clipping, which stands for the term alone but not as the last part of another compound
   * (idrottsförbundet is no union). A compound listed as a form (veckoschemat of schema) does not
   * make its last part a clipping.
   */
  clipped: boolean;
  /** Insertion order: earlier terms (an imported pack before the bundled glossary) win ties. */
  order: number;
}

interface Candidate<T> {
  entry: Entry<T>;
  how: MatchKind;
  score: number;
}

/** Called by the scanner for each term found, in text order. */
type Emit<T> = (candidate: Candidate<T>, start: number, end: number) => void;

interface Ranked<T extends IndexableTerm> {
  match: TermMatch<T>;
  order: number;
}

/** A selection longer than this is cut: nobody looks up a page at once. */
export const MAX_SELECTION_LENGTH = 500;
/** Words of a selection that are looked at one by one (beyond the whole selection). */
const MAX_SELECTION_WORDS = 40;
/** A compound's known last part must be this long in a lookup, and in running text longer still. */
const MIN_COMPOUND_TAIL = 4;
const MIN_COMPOUND_TAIL_IN_TEXT = 5;
/** ... and what comes before it must be a plausible word part ("kontrast" is not "kon" + "trast"). */
const MIN_COMPOUND_HEAD = 3;
/**
 * A known first part of a compound (sjuklön|e|perioden) must be this long, in a lookup and in
 * running text: shorter ones start too many other words (Stock|holm, skift|nyckel, rutin|erad).
 */
const MIN_KNOWN_HEAD = 6;
/** ... and the rest, after a linking s or e, at least this long: a word, not an ending. */
const MIN_HEAD_REST = 4;
/** Rests that are endings or derivations of the head itself, not a second word (pension|erade). */
const NOT_A_REST =
  /^(?:er|ér|is)?(?:a|ad|ade|at|ar|are|ande|ende|ing|ingen|ingar|ingarna)$|^(?:lig|ligt|liga|ligen|het|heten|isk|iska|iskt)$/;
/** Words a multi-word term may have (lagen om anställningsskydd: 3). */
const MAX_PHRASE_WORDS = 6;
/** Distinct words remembered while scanning text; the cache is emptied when it is full. */
const MAX_CACHED_WORDS = 50_000;

const SCORE = {
  exactLemma: 100,
  exactForm: 96,
  variant: 90,
  inflected: 80,
  contained: 60,
  compound: 40,
  compoundHead: 30,
} as const;

// A word of running text: letters and digits, possibly joined by hyphens (OB-tillägget).
const WORD = /[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)*/gu;
// The next word of a multi-word term: only spaces (also no-break spaces) in between.
const NEXT_WORD = /[ \t\u00a0\u202f]+([\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)*)/uy;
const COMBINING_MARK = /[\u0300-\u036f]/;
const SEPARATOR = /[- ]/;

export class TermIndex<T extends IndexableTerm> {
  /** Normalised form → entries, in insertion order. */
  readonly #byKey = new Map<string, Entry<T>[]>();
  /** Compact form (no hyphens or spaces) → entries, for keys that contain either. */
  readonly #byCompact = new Map<string, Entry<T>[]>();
  /** First word of a multi-word key → most words any such key has. */
  readonly #phraseStarts = new Map<string, number>();
  readonly #byId = new Map<string, T>();
  #order = 0;

  constructor(terms: Iterable<T>) {
    for (const term of terms) this.#add(term);
  }

  /** Number of distinct forms the index knows. */
  get size(): number {
    return this.#byKey.size;
  }

  /** The first term added with this id (an imported pack's before a bundled one). */
  getById(id: string): T | undefined {
    return this.#byId.get(id);
  }

  #add(term: T): void {
    const order = this.#order++;
    if (!this.#byId.has(term.id)) this.#byId.set(term.id, term);
    const seenKeys = new Set<string>();
    const lemmaLength = normaliseTerm(term.lemma).length;
    const forms = [term.lemma, ...(term.forms ?? [])];
    const keys = forms.map((form) => normaliseTerm(form));
    for (const [position, form] of forms.entries()) {
      const key = keys[position] as string;
      if (!key || seenKeys.has(key)) continue;
      seenKeys.add(key);
      const clipped =
        position > 0 &&
        keys.some(
          (other) =>
            other.length > key.length && other.endsWith(key) && other.startsWith(keys[0] as string),
        );
      const entry: Entry<T> = { term, form, isLemma: position === 0, lemmaLength, clipped, order };
      pushTo(this.#byKey, key, entry);
      if (SEPARATOR.test(key)) {
        pushTo(this.#byCompact, compactTerm(key), entry);
        const words = key.split(SEPARATOR).filter(Boolean);
        const first = words[0];
        if (first && words.length <= MAX_PHRASE_WORDS) {
          this.#phraseStarts.set(first, Math.max(this.#phraseStarts.get(first) ?? 0, words.length));
        }
      }
    }
  }

  /**
   * The terms a selected word or phrase may stand for, best first, at most `limit`. Terms of the
   * same lemma stay together in insertion order, so an imported pack's term comes right before
   * the bundled one it overrides. Empty when nothing matches.
   */
  lookup(text: string, options: LookupOptions = {}): TermMatch<T>[] {
    const limit = options.limit ?? 10;
    const selection = text.slice(0, MAX_SELECTION_LENGTH);
    const whole = normaliseTerm(selection);
    if (!whole || limit <= 0) return [];
    const found = selection.trim();
    const best = new Map<T, Ranked<T>>();
    const offer = (candidate: Candidate<T>, foundText: string): void => {
      const previous = best.get(candidate.entry.term);
      if (previous && previous.match.score >= candidate.score) return;
      best.set(candidate.entry.term, {
        match: toMatch(candidate, foundText),
        order: candidate.entry.order,
      });
    };

    if (whole.length <= MAX_WORD_LENGTH * 2) {
      for (const candidate of this.#candidates(whole, false)) offer(candidate, found);
      if (best.size === 0 && !whole.includes(' ')) {
        for (const candidate of this.#compoundCandidates(whole, MIN_COMPOUND_TAIL)) {
          offer(candidate, found);
        }
      }
      if (best.size === 0 && !whole.includes(' ')) {
        for (const candidate of this.#headCandidates(whole)) offer(candidate, found);
      }
    }
    if (/\s/.test(found)) {
      // A longer selection: every term inside it, multi-word terms and longer finds first.
      this.#scan(
        selection,
        MAX_SELECTION_LENGTH,
        MAX_SELECTION_WORDS,
        true,
        (candidate, start, end) => {
          const coverage = (end - start) / found.length;
          const penalty = candidate.how === 'compound' ? 5 : 0;
          const score = SCORE.contained + 10 * coverage - penalty;
          offer({ entry: candidate.entry, how: 'contained', score }, selection.slice(start, end));
        },
      );
    }
    return rank([...best.values()]).slice(0, limit);
  }

  /**
   * Known terms in running text, as ranges, in text order and without overlaps (the longest
   * term at a position wins: "lagen om anställningsskydd" before "lagen"). Bounded: at most
   * `maxLength` characters are scanned and `maxMatches` returned.
   */
  findTermsInText(text: string, options: FindInTextOptions = {}): TextMatch<T>[] {
    const matches: TextMatch<T>[] = [];
    this.#scanWith(text, options, ({ entry, how, score }, start, end) => {
      matches.push({
        term: entry.term,
        lemma: entry.term.lemma,
        matchedForm: entry.form,
        found: text.slice(start, end),
        how,
        score,
        start,
        end,
      });
    });
    return matches;
  }

  /**
   * The same ranges as findTermsInText, as flat `[start, end, start, end, …]` offsets: all a
   * highlighter needs, without an object per match (a 1 MB page has some 30,000 of them).
   */
  findTermOffsets(text: string, options: FindInTextOptions = {}): number[] {
    const offsets: number[] = [];
    this.#scanWith(text, options, (_candidate, start, end) => {
      offsets.push(start, end);
    });
    return offsets;
  }

  #scanWith(text: string, options: FindInTextOptions, emit: Emit<T>): void {
    this.#scan(
      text,
      options.maxLength ?? 2_000_000,
      options.maxMatches ?? 20_000,
      options.compounds ?? true,
      emit,
    );
  }

  #scan(
    text: string,
    maxLength: number,
    maxMatches: number,
    compounds: boolean,
    emit: Emit<T>,
  ): void {
    const scanned = text.length > maxLength ? text.slice(0, maxLength) : text;
    if (maxMatches <= 0) return;
    let count = 0;

    // Streaming over the text, no array of its words: a 1 MB page has some 150,000 of them,
    // and garbage collection would cost more than the lookups.
    const words = new RegExp(WORD.source, 'gu');
    const nextWord = new RegExp(NEXT_WORD.source, 'uy');
    const fold = COMBINING_MARK.test(scanned) ? foldWordNfc : foldWord;
    const cache = new Map<string, Candidate<T> | null>();
    const cached = (key: string, find: () => Candidate<T> | undefined): Candidate<T> | null => {
      let result = cache.get(key);
      if (result === undefined) {
        if (cache.size >= MAX_CACHED_WORDS) cache.clear();
        result = find() ?? null;
        cache.set(key, result);
      }
      return result;
    };
    const phrases: string[] = [];
    const phraseEnds: number[] = [];

    let token: RegExpExecArray | null;
    while (count < maxMatches && (token = words.exec(scanned)) !== null) {
      const start = token.index;
      const word = fold(token[0]);
      let end = start + token[0].length;
      let candidate: Candidate<T> | null = null;

      const phraseWords = this.#phraseStarts.get(word);
      if (phraseWords !== undefined && phraseWords > 1) {
        // The next words, separated by spaces only, then the longest phrase that is a term.
        phrases.length = 0;
        phraseEnds.length = 0;
        let phrase = word;
        nextWord.lastIndex = end;
        for (let count = 2; count <= phraseWords; count++) {
          const next = nextWord.exec(scanned);
          if (!next) break;
          phrase += ' ' + fold(next[1] as string);
          phrases.push(phrase);
          phraseEnds.push(nextWord.lastIndex);
        }
        for (let k = phrases.length - 1; k >= 0 && !candidate; k--) {
          const key = phrases[k] as string;
          candidate = cached(' ' + key, () => this.#candidates(key, true)[0]);
          if (candidate) end = phraseEnds[k] as number;
        }
        if (candidate) words.lastIndex = end;
      }
      if (!candidate && word.length <= MAX_WORD_LENGTH) {
        candidate = cached(word, () => {
          const direct = this.#candidates(word, true)[0];
          if (direct || !compounds) return direct;
          return (
            this.#compoundCandidates(word, MIN_COMPOUND_TAIL_IN_TEXT)[0] ??
            this.#headCandidates(word)[0]
          );
        });
        if (candidate && isNameInSentence(scanned, start, candidate.entry.form)) {
          candidate = null;
        }
      }
      if (candidate) {
        emit(candidate, start, end);
        count++;
      }
    }
  }

  /** Exact, variant and deinflected matches of a normalised word or phrase, best first. */
  #candidates(key: string, bestOnly: boolean): Candidate<T>[] {
    const candidates: Candidate<T>[] = [];
    const exact = this.#byKey.get(key);
    if (exact) {
      for (const entry of exact) {
        const score = entry.isLemma ? SCORE.exactLemma : SCORE.exactForm;
        candidates.push({ entry, how: 'exact', score });
      }
    }
    const variants = this.#byCompact.get(SEPARATOR.test(key) ? compactTerm(key) : key);
    if (variants) {
      for (const entry of variants)
        candidates.push({ entry, how: 'variant', score: SCORE.variant });
    }
    if (bestOnly && candidates.length > 0) return sortCandidates(candidates);

    const forms = deinflect(key);
    for (let rank = 1; rank < forms.length; rank++) {
      const form = forms[rank] as string;
      // Fewer and shorter strips come first in `forms`; keep that order in the score.
      const score = SCORE.inflected - rank * 0.01;
      for (const entry of this.#byKey.get(form) ?? []) {
        candidates.push({ entry, how: 'inflected', score });
      }
      const compact = SEPARATOR.test(form) ? compactTerm(form) : form;
      for (const entry of this.#byCompact.get(compact) ?? []) {
        candidates.push({ entry, how: 'inflected', score: score - 0.005 });
      }
      if (bestOnly && candidates.length > 0) break;
    }
    return sortCandidates(candidates);
  }

  /**
   * Known terms at the end of a compound, the longest tail first, on the word and its
   * deinflected forms (which differ from it only at the end): "lönekollektivavtalet".
   */
  #compoundCandidates(word: string, minTail: number): Candidate<T>[] {
    if (word.includes(' ')) return [];
    const forms = deinflect(word);
    for (let start = MIN_COMPOUND_HEAD; word.length - start >= minTail; start++) {
      const candidates: Candidate<T>[] = [];
      for (const form of forms) {
        if (form.length - start < minTail) continue;
        const tail = form.slice(start);
        if (tail.startsWith('-')) continue;
        for (const entry of this.#byKey.get(tail) ?? []) {
          // "kontrasten" holds "rasten", a form of "rast": too short a lemma to trust.
          if (entry.lemmaLength < minTail || entry.clipped) continue;
          if (entry.term.matchesAsTail === false) continue;
          const score = SCORE.compound + (10 * tail.length) / word.length;
          candidates.push({ entry, how: 'compound', score });
        }
      }
      if (candidates.length > 0) return sortCandidates(candidates);
    }
    return [];
  }

  /**
   * A known term at the start of a compound whose last part is not known, the longest first,
   * with or without a linking s or e: "sjuklöneperioden" → sjuklön, "lokalvårdsutbildning" →
   * lokalvård. Less sure than a known tail (the last part says what a compound is), so it comes
   * after it and scores below it.
   */
  #headCandidates(word: string): Candidate<T>[] {
    if (word.includes(' ')) return [];
    for (let end = word.length - MIN_HEAD_REST; end >= MIN_KNOWN_HEAD; end--) {
      let rest = word.slice(end);
      if (rest.startsWith('-')) rest = rest.slice(1);
      if (rest.length < MIN_HEAD_REST || NOT_A_REST.test(rest)) continue;
      // The last part says what a compound is: a konsultchef is a chef, not a konsult. When that
      // part is a term itself (too short to be trusted as a tail in running text), the first
      // part's card would explain the wrong thing.
      if (deinflect(rest).some((form) => this.#byKey.has(form))) continue;
      const head = word.slice(0, end);
      const linked = /[se]$/.test(head) ? head.slice(0, -1) : undefined;
      const candidates: Candidate<T>[] = [];
      for (const key of linked && linked.length >= MIN_KNOWN_HEAD ? [head, linked] : [head]) {
        for (const entry of this.#byKey.get(key) ?? []) {
          if (entry.lemmaLength < MIN_KNOWN_HEAD) continue;
          const score = SCORE.compoundHead + (10 * key.length) / word.length;
          candidates.push({ entry, how: 'compound', score });
        }
      }
      if (candidates.length > 0) return sortCandidates(candidates);
    }
    return [];
  }
}

/**
 * A capitalised word in the middle of a sentence is a name in Swedish, which writes common nouns
 * in lower case: "tidningen Kollega" is a magazine, not a colleague. Forms the data writes with a
 * capital themselves (Arbetsmiljöverket, SFI, LAS) are names or abbreviations anyway and are kept.
 */
function isNameInSentence(text: string, start: number, form: string): boolean {
  const code = text.charCodeAt(start);
  if (code >= 0x61 && code <= 0x7a) return false; // a-z: most words, answered without a string
  const first = text.charAt(start);
  if (first === first.toLowerCase() || form.charAt(0) !== form.charAt(0).toLowerCase()) {
    return false;
  }
  let before = start - 1;
  while (before >= 0 && /[ \t\u00a0\u202f]/.test(text.charAt(before))) before--;
  // After a lower-case word or a comma the sentence goes on; after a full stop, a colon, a
  // number (a heading: "Prop. 2017/18:96 Karensavdrag", "3 § Arbetstagaren"), a line break, a
  // quote or nothing at all a new one starts.
  return before >= 0 && /[\p{Ll},]/u.test(text.charAt(before));
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The cheap part of normaliseTerm, for words the scanner already cut out of the text. */
function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u2010') || lower.includes('\u2011')
    ? lower.replace(/[\u2010\u2011]/g, '-')
    : lower;
}

/** foldWord for text with combining marks (decomposed å ä ö). */
function foldWordNfc(word: string): string {
  return foldWord(word).normalize('NFC');
}

function sortCandidates<T>(candidates: Candidate<T>[]): Candidate<T>[] {
  return candidates.sort((a, b) => b.score - a.score || a.entry.order - b.entry.order);
}

function toMatch<T extends IndexableTerm>(candidate: Candidate<T>, found: string): TermMatch<T> {
  const { entry, how, score } = candidate;
  return { term: entry.term, lemma: entry.term.lemma, matchedForm: entry.form, found, how, score };
}

/**
 * Best score first; terms of the same lemma together, in the order they were added (a pack's
 * term before the bundled one it overrides), whatever form each of them matched.
 */
function rank<T extends IndexableTerm>(ranked: Ranked<T>[]): TermMatch<T>[] {
  const groups = new Map<string, { score: number; order: number }>();
  const lemmaOf = (item: Ranked<T>) => normaliseTerm(item.match.lemma);
  for (const item of ranked) {
    const group = groups.get(lemmaOf(item));
    groups.set(lemmaOf(item), {
      score: Math.max(group?.score ?? -Infinity, item.match.score),
      order: Math.min(group?.order ?? Infinity, item.order),
    });
  }
  const groupOf = (item: Ranked<T>) => groups.get(lemmaOf(item)) ?? { score: 0, order: 0 };
  return ranked
    .sort(
      (a, b) =>
        groupOf(b).score - groupOf(a).score ||
        groupOf(a).order - groupOf(b).order ||
        a.order - b.order,
    )
    .map((item) => item.match);
}
