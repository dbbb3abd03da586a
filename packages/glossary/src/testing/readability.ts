// LIX (läsbarhetsindex, Björnsson 1968), the readability index Swedish easy-to-read publishers
// and teachers use: words per sentence plus the share of long words (over six letters) in
// percent. Computed here for the glossary's own test of its explanations (decision 0020).

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
/** A sentence ends at . ! or ? before a space or the end (the glossary writes no "t.ex."). */
const SENTENCE_END = /[.!?]+(?:\s+|$)/u;

export function sentencesOf(text: string): string[] {
  return text.split(SENTENCE_END).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

/**
 * LIX of `text`. Words that are the explained term itself (`termWords`, matched on their start
 * so that inflected forms count too) are not counted as long: a reader looks the term up because
 * it is long and new, and the explanation has to name it.
 */
export function lix(text: string, termWords: readonly string[] = []): number {
  const words = text.match(WORD) ?? [];
  const sentences = Math.max(1, sentencesOf(text).length);
  if (words.length === 0) return 0;
  const stems = termWords
    .map((word) => word.toLocaleLowerCase('sv'))
    .filter((word) => word.length > 6)
    .map((word) => word.slice(0, Math.max(5, word.length - 2)));
  const long = words.filter((word) => {
    if (word.length <= 6) return false;
    const lower = word.toLocaleLowerCase('sv');
    return !stems.some((stem) => lower.startsWith(stem));
  }).length;
  return words.length / sentences + (100 * long) / words.length;
}
