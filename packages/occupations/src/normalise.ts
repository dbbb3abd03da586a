// How names and queries are compared: case, diacritics and punctuation aside, so that "Lakare"
// finds Läkare and "tig svetsare" finds «Svetsare, TIG-». The same function runs on the data and
// on what a person types, so the two always meet.

/** Arabic letters that people write interchangeably: hamza forms of alef, ta marbuta, alef maqsura. */
const ARABIC_FOLDS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ؤ: 'و',
  ئ: 'ي',
};

/**
 * Lower case without diacritics (å, ä → a; ö → o; é → e; Arabic short vowels and tatweel
 * dropped), Arabic letter variants folded, everything but letters and digits a space.
 * Swedish readers treat å/ä/ö as letters of their own, but a person typing on a foreign
 * keyboard leaves them out, and matching is what this is for; display keeps the real names.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\p{M}\u0640]/gu, '')
    .toLowerCase()
    .replace(/[أإآٱةىؤئ]/g, (letter) => ARABIC_FOLDS[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Words that say nothing about an occupation ("Läkare (specialist i allmänmedicin)",
 * "Civilingenjör inom elektroteknik", "teacher of music"). Left out of names and queries, so
 * that they neither have to match nor match everything.
 */
const STOP_WORDS = new Set([
  'i',
  'och',
  'inom',
  'med',
  'for',
  'av',
  'pa',
  'till',
  'som',
  'en',
  'ett',
  'the',
  'of',
  'and',
  'in',
  'a',
  'an',
  'with',
  'ospec',
]);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** The words of a text, normalised, without stop words (all of them if that leaves none). */
export function words(text: string): string[] {
  const all = normaliseText(text).split(' ').filter(Boolean);
  const meaningful = all.filter((word) => !isStopWord(word));
  return meaningful.length > 0 ? meaningful : all;
}
