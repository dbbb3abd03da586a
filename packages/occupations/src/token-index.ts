// The words of every name, indexed once so that a keystroke costs little: a sorted vocabulary
// for prefixes, and trigrams of each word for words inside compounds ("svetsare" in
// "tigsvetsare") and for one typo. A query word is compared with vocabulary words (about
// 15,000), never with all names, and a typo check runs only on words that share enough trigrams.

/** How well a query word fits a vocabulary word, 0..1. */
export const MATCH_QUALITY = {
  exact: 1,
  /** Plus up to 0.15 as the typed part nears the whole word. */
  prefix: 0.8,
  /** The head of a Swedish compound: "läkare" in "specialistläkare" is a kind of läkare. */
  suffix: 0.7,
  typo: 0.6,
  /** The head of a compound the data does not have: "läkare" for "allmänläkare". */
  head: 0.55,
  infix: 0.5,
} as const;

/** A typo is forgiven only in words this long: in shorter ones one edit is another word. */
export const TYPO_MIN_LENGTH = 5;
/** Words inside compounds are looked for only from this length ("are" is in everything). */
export const INFIX_MIN_LENGTH = 4;
/** A word is read as a compound of a known head from this length: 3 letters + a 5-letter head. */
export const COMPOUND_MIN_LENGTH = 8;

export class TokenIndex {
  /** Sorted, distinct. */
  readonly vocabulary: readonly string[];
  readonly #trigrams = new Map<string, number[]>();
  /** Reused by typo search: shared trigrams per vocabulary word. */
  readonly #counts: Uint16Array;

  constructor(words: Iterable<string>) {
    this.vocabulary = [...new Set(words)].sort(compare);
    this.vocabulary.forEach((word, id) => {
      for (const trigram of new Set(trigramsOf(`^${word}$`))) {
        let list = this.#trigrams.get(trigram);
        if (!list) this.#trigrams.set(trigram, (list = []));
        list.push(id);
      }
    });
    this.#counts = new Uint16Array(this.vocabulary.length);
  }

  /** The id of a word, or -1. */
  idOf(word: string): number {
    const at = this.#lowerBound(word);
    return this.vocabulary[at] === word ? at : -1;
  }

  /** Vocabulary words that fit `word`, by id, with how well (the best way each fits). */
  matches(word: string): Map<number, number> {
    const found = new Map<number, number>();
    const offer = (id: number, quality: number) => {
      if ((found.get(id) ?? 0) < quality) found.set(id, quality);
    };
    // Exact and prefix: a run of the sorted vocabulary.
    for (let id = this.#lowerBound(word); id < this.vocabulary.length; id++) {
      const candidate = this.vocabulary[id]!;
      if (!candidate.startsWith(word)) break;
      offer(
        id,
        candidate === word
          ? MATCH_QUALITY.exact
          : MATCH_QUALITY.prefix + 0.15 * (word.length / candidate.length),
      );
    }
    if (word.length >= INFIX_MIN_LENGTH) {
      for (const id of this.#containing(word)) {
        const candidate = this.vocabulary[id]!;
        if (candidate.startsWith(word)) continue;
        offer(id, candidate.endsWith(word) ? MATCH_QUALITY.suffix : MATCH_QUALITY.infix);
      }
    }
    if (word.length >= TYPO_MIN_LENGTH) {
      for (const id of this.#oneEditAway(word)) offer(id, MATCH_QUALITY.typo);
    }
    if (word.length >= COMPOUND_MIN_LENGTH && this.idOf(word) < 0) {
      // Swedish makes new compounds freely ("allmänläkare", "matematiklärare"): a word the
      // data lacks is read as its longest known head of at least five letters.
      for (let start = 3; start <= word.length - TYPO_MIN_LENGTH; start++) {
        const id = this.idOf(word.slice(start));
        if (id >= 0) {
          offer(id, MATCH_QUALITY.head);
          break;
        }
      }
    }
    return found;
  }

  #lowerBound(word: string): number {
    let low = 0;
    let high = this.vocabulary.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.vocabulary[middle]! < word) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Words that contain `word`: every trigram of it must be theirs (then checked exactly). */
  #containing(word: string): number[] {
    const lists = [...new Set(trigramsOf(word))].map((trigram) => this.#trigrams.get(trigram));
    if (lists.some((list) => list === undefined)) return [];
    const [shortest, ...rest] = (lists as number[][]).sort((a, b) => a.length - b.length);
    const sets = rest.map((list) => new Set(list));
    return (shortest ?? []).filter(
      (id) => sets.every((set) => set.has(id)) && this.vocabulary[id]!.includes(word),
    );
  }

  /**
   * Words one edit (insertion, deletion, substitution or swap of neighbours) from `word`. One
   * edit changes at most four of the trigrams of `^word$` (a swap; three for the others), so a
   * candidate shares at least length − 4 of them; only those are checked letter by letter.
   */
  #oneEditAway(word: string): number[] {
    const trigrams = [...new Set(trigramsOf(`^${word}$`))];
    const needed = Math.max(1, trigrams.length - 4);
    const touched: number[] = [];
    for (const trigram of trigrams) {
      for (const id of this.#trigrams.get(trigram) ?? []) {
        if (this.#counts[id] === 0) touched.push(id);
        this.#counts[id]!++;
      }
    }
    const result: number[] = [];
    for (const id of touched) {
      if (this.#counts[id]! >= needed && isOneEditAway(word, this.vocabulary[id]!)) result.push(id);
      this.#counts[id] = 0;
    }
    return result;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function trigramsOf(text: string): string[] {
  const trigrams: string[] = [];
  for (let index = 0; index + 3 <= text.length; index++)
    trigrams.push(text.slice(index, index + 3));
  return trigrams;
}

/** Exactly one edit apart (optimal string alignment distance 1); linear in the length. */
export function isOneEditAway(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = a.slice(start, endA);
  const restB = b.slice(start, endB);
  if (restA.length <= 1 && restB.length <= 1) return true;
  // Two neighbouring letters swapped: "sjukskötrese" style.
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0];
}
