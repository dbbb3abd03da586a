// Swedish deinflection: from a word as it stands in a text to the forms it may be a dictionary
// form of. Rules, not a dictionary (Yomitan's approach): each rule strips an ending and may add
// one back; the glossary index then says which candidates are real terms.
//   kollektivavtalet → kollektivavtal, semesterersättningen → semesterersättning,
//   OB-tillägget → ob-tillägg, skyddsombuden → skyddsombud, uppsägningarna → uppsägning

interface Rule {
  /** Ending to strip. */
  suffix: string;
  /** Ending to put back (often nothing). */
  replacement: string;
  /** The candidate must keep at least this many letters, so "en" is never a lemma of "ten". */
  minStem: number;
  /** The candidate may not end in this letter (see the bare -r below). */
  notAfter?: string;
}

const rule = (suffix: string, replacement = '', minStem = 3, notAfter?: string): Rule => ({
  suffix,
  replacement,
  minStem,
  ...(notAfter ? { notAfter } : {}),
});

// Nouns: definite and plural endings of the five declensions, and the genitive s.
// Verbs and participles: present, past, supine, and the -d/-t participles (provanställd).
// Adjectives: the -a/-e forms (sjukskrivna, anställde) and comparison (-are, -ast, -aste).
const RULES: readonly Rule[] = [
  rule('arnas'),
  rule('ernas'),
  rule('ornas'),
  rule('ens'),
  rule('ets'),
  rule('s'),
  rule('arna'),
  rule('erna'),
  rule('orna'),
  rule('na'),
  rule('arna', 'e'),
  rule('orna', 'a'),
  rule('or', 'a'),
  rule('an', 'a'),
  rule('ar', 'e'),
  rule('ar'),
  rule('er'),
  rule('or'),
  rule('en'),
  rule('et'),
  rule('n'),
  rule('t'),
  // A bare -r makes plurals of nouns in a long vowel (sko → skor) and the present of -a verbs
  // (fika → fikar); after an -e it is a verb's -er (möter of möta), never a noun: a Swedish noun in
  // -e has no -r form, so "möter" is not "möte".
  rule('r', '', 3, 'e'),
  rule('na', 'n'),
  rule('en', 'e'),
  rule('ne'),
  rule('ade', 'a'),
  rule('at', 'a'),
  rule('ar', 'a'),
  rule('de', 'a'),
  rule('de'),
  rule('te'),
  rule('da'),
  rule('ta'),
  rule('dd'),
  rule('tt'),
  rule('ande', 'a'),
  rule('ende', 'a'),
  rule('are'),
  rule('aste'),
  rule('ast'),
  rule('na', 'en'),
  rule('a'),
  rule('e'),
];

/** Longest input `deinflect` looks at; longer text cannot be one word or term of the glossary. */
export const MAX_WORD_LENGTH = 64;

/** Lower-case, trims punctuation and normalises dashes and spaces, as the index does. */
export function normaliseTerm(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .toLocaleLowerCase('sv')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * The spelling without hyphens and spaces, so that `OB-tillägg`, `ob tillägg` and `obtillägg`
 * meet: people write compounds all three ways. Takes normalised text.
 */
export function compactTerm(normalised: string): string {
  return normalised.replace(/[- ]/g, '');
}

/**
 * The word itself and every form one or two rule applications can make of it, most likely
 * first (fewer and longer strips first). Bounded: the input is cut to 64 characters.
 */
export function deinflect(word: string): string[] {
  const start = normaliseTerm(word.slice(0, MAX_WORD_LENGTH * 4)).slice(0, MAX_WORD_LENGTH);
  if (!start) return [];
  const seen = new Set<string>([start]);
  let frontier = [start];
  for (let depth = 0; depth < 2; depth++) {
    const next: string[] = [];
    for (const form of frontier) {
      for (const { suffix, replacement, minStem, notAfter } of RULES) {
        if (!form.endsWith(suffix)) continue;
        const stem = form.slice(0, form.length - suffix.length);
        if (stem.length < minStem || (notAfter && stem.endsWith(notAfter))) continue;
        const candidate = stem + replacement;
        if (!seen.has(candidate)) {
          seen.add(candidate);
          // A rule that puts an ending back has reached a dictionary form (skiftande → skifta,
          // rapportera → rapporter): stripping again would turn a verb into an unrelated noun
          // (skift, rapport), so only bare strips go on to a second step.
          if (!replacement) next.push(candidate);
        }
      }
    }
    frontier = next;
  }
  return [...seen];
}
