// classifyFreeText: the occupation a stored free-text profession most likely names, with how
// sure that is, for signups made before the picker existed ("Läkare (specialist i
// allmänmedicin), legitimerad i Syrien"). Unlike a search, the text may say more than a title
// does (where, since when), so not every word has to fit: what counts is how much of a title
// the text covers, and how much of the text that title explains.
import type { OccupationIndex } from './occupation-index.ts';
import { fitNames, queryWords, sourceFactor, sourceOrder } from './name-scoring.ts';
import { toMatch, type OccupationMatch } from './search.ts';

export interface Classification extends OccupationMatch {
  /** 0..1; below MIN_CONFIDENCE the text is left unclassified. */
  confidence: number;
}

/**
 * Below this the best guess is not worth storing: a wrong code matches a person with the wrong
 * mentors, while an unclassified one falls back to the words and waits for the coordinator. At
 * it, a one-word title is found exactly in a text of up to four words; a word found only inside
 * a compound ("Lärare" in "Folkhögskolelärare") is not enough.
 */
export const MIN_CONFIDENCE = 0.65;

/** How much explaining the whole text adds, beside covering the whole title. */
const TEXT_SHARE = 0.4;

export function classifyFreeText(
  index: OccupationIndex,
  text: string,
  { locale = 'sv' }: { locale?: string } = {},
): Classification | undefined {
  const words = queryWords(text);
  if (words.length === 0) return undefined;
  let best: { confidence: number; name: number; title: number } | undefined;
  for (const fit of fitNames(index, words, { minWords: 1, wholeWords: true })) {
    const name = index.names[fit.name]!;
    const title = index.titles[name.title]!;
    const explained = fit.perWord.reduce((sum, quality) => sum + quality, 0) / words.length;
    const confidence =
      fit.coverage * (1 - TEXT_SHARE + TEXT_SHARE * explained) * sourceFactor(title.source);
    const better =
      !best ||
      confidence > best.confidence ||
      (confidence === best.confidence &&
        sourceOrder(title.source) < sourceOrder(index.titles[best.title]!.source));
    if (better) best = { confidence, name: fit.name, title: name.title };
  }
  if (!best || best.confidence < MIN_CONFIDENCE) return undefined;
  const language = locale.startsWith('en') ? 'en' : locale.startsWith('ar') ? 'ar' : 'sv';
  return {
    ...toMatch(index, best.title, index.names[best.name]!.text, best.confidence, language),
    confidence: Math.round(best.confidence * 1000) / 1000,
  };
}
