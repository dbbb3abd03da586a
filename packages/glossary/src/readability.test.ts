// The readability index the glossary's explanations are held to (decision 0020), checked by hand
// on small texts so that a slip in the counting cannot pass the data test unseen.
import { describe, expect, it } from 'vitest';
import { lix, sentencesOf } from './testing/readability.ts';

describe('lix', () => {
  it('is words per sentence plus the percentage of words over six letters', () => {
    // 7 words in 1 sentence; "månaden" (7 letters) is long, "avdrag" (6) would not be.
    expect(lix('Du får lön en gång i månaden.')).toBeCloseTo(7 / 1 + 100 / 7);
    // 8 words in 2 sentences; "arbetsgivaren" and "lönespecifikation" are long: 4 + 25.
    expect(lix('Arbetsgivaren ger dig en lönespecifikation. Läs den noga.')).toBeCloseTo(4 + 25);
  });

  it('does not count the explained term itself, inflected or not, as a long word', () => {
    const text = 'Karensavdraget är ett avdrag. Det dras från sjuklönen.';
    // 8 words in 2 sentences; long: Karensavdraget, sjuklönen (not avdrag: six letters).
    expect(lix(text)).toBeCloseTo(8 / 2 + (100 * 2) / 8);
    expect(lix(text, ['karensavdrag'])).toBeCloseTo(8 / 2 + 100 / 8);
  });

  it('splits sentences at . ! ? before a space or the end, not inside numbers', () => {
    expect(sentencesOf('Klockan 7.30 börjar vi. Kom i tid! Frågor?')).toHaveLength(3);
    expect(lix('')).toBe(0);
  });
});
