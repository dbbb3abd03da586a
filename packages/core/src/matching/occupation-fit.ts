// How close two people's occupations are, by the classification's hierarchy: the same job
// title, then the same SSYK 2012 unit group (4 digits), minor group (3), sub-major group (2),
// major group (1). SSYK codes nest, so a shared prefix is a shared group. Where a side has no
// SSYK code, ISCO-08 codes are compared the same way (they nest too); where a side is not
// classified at all, the free texts are compared as before (equal, case aside), so signups
// from before the picker still match.
import type { MatchCandidate } from './candidate.ts';
import { normalise } from './normalise.ts';
import { LEVEL_BY_DIGITS, iscoCodes, sharedDigits } from './occupation-codes.ts';

export type OccupationLevel =
  'title' | 'unit' | 'minor' | 'sub-major' | 'major' | 'same-text' | 'none';

/**
 * What sharing each level is worth, 0..1. A mentor of the same unit group knows the mentee's
 * work almost as well as one of the same title (Specialistläkare, allmänmedicin and …,
 * kirurgi); a minor group still shares the profession (221 physicians); a sub-major group
 * only the field (22 health professionals: a nurse for a physician), a major group the level
 * of education (2: a lawyer for a physician), which is little.
 */
export const OCCUPATION_LEVEL_VALUE: Readonly<Record<OccupationLevel, number>> = Object.freeze({
  title: 1,
  unit: 0.9,
  minor: 0.65,
  'sub-major': 0.3,
  major: 0.1,
  'same-text': 1,
  none: 0,
});

export interface OccupationFit {
  level: OccupationLevel;
  /** The shared code (SSYK where both have one, else ISCO-08), as long as the shared level. */
  code: string | undefined;
  /** Which classification `code` is in. */
  system: 'ssyk' | 'isco08' | undefined;
}

/**
 * The same unit group and the same words ("Svetsare", "svetsare") is the same title: how two
 * people classified by code alone, or before titles had ids, still count fully.
 */
export function occupationFit(mentor: MatchCandidate, mentee: MatchCandidate): OccupationFit {
  const fit = fitByCodes(mentor, mentee);
  const sameText =
    normalise(mentor.profession) !== '' &&
    normalise(mentor.profession) === normalise(mentee.profession);
  if (fit.level === 'unit' && sameText) return { ...fit, level: 'title' };
  if (fit.level === 'unclassified') {
    return sameText
      ? { level: 'same-text', code: undefined, system: undefined }
      : { level: 'none', code: undefined, system: undefined };
  }
  return fit;
}

function fitByCodes(
  mentor: MatchCandidate,
  mentee: MatchCandidate,
): OccupationFit | { level: 'unclassified'; code: undefined; system: undefined } {
  const a = mentor.occupation;
  const b = mentee.occupation;
  if (a?.titleId && a.titleId === b?.titleId) {
    return { level: 'title', code: a.ssyk ?? b.ssyk, system: a.ssyk ? 'ssyk' : undefined };
  }
  if (a?.ssyk && b?.ssyk) {
    const digits = sharedDigits(a.ssyk, b.ssyk);
    return digits === 0
      ? { level: 'none', code: undefined, system: undefined }
      : { level: LEVEL_BY_DIGITS[digits]!, code: a.ssyk.slice(0, digits), system: 'ssyk' };
  }
  // ISCO codes: the best pair of the two lists (one SSYK group can have several ISCO codes).
  const mentorIsco = iscoCodes(mentor);
  const menteeIsco = iscoCodes(mentee);
  if (mentorIsco.length > 0 && menteeIsco.length > 0) {
    let best = 0;
    let code: string | undefined;
    for (const x of mentorIsco) {
      for (const y of menteeIsco) {
        const digits = sharedDigits(x, y);
        if (digits > best) [best, code] = [digits, x.slice(0, digits)];
      }
    }
    return { level: LEVEL_BY_DIGITS[best]!, code, system: best > 0 ? 'isco08' : undefined };
  }
  return { level: 'unclassified', code: undefined, system: undefined };
}
