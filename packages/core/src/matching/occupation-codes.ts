// Reading occupation codes, shared by occupationFit (with the shared code, for the reasons) and
// the ranking's numeric score (match-value.ts); internal to matching, not exported by core.
import type { MatchCandidate } from './candidate.ts';
import type { OccupationLevel } from './occupation-fit.ts';

/** The level two codes share by how many leading digits they have in common. */
export const LEVEL_BY_DIGITS: readonly OccupationLevel[] = [
  'none',
  'major',
  'sub-major',
  'minor',
  'unit',
];

export function sharedDigits(a: string, b: string): number {
  let digits = 0;
  while (digits < 4 && digits < a.length && a[digits] === b[digits]) digits++;
  return digits;
}

/** The ISCO-08 codes of the occupation, else the older single `iscoCode`. */
export function iscoCodes(person: MatchCandidate): readonly string[] {
  const codes = person.occupation?.isco08 ?? [];
  if (codes.length > 0) return codes;
  return person.iscoCode ? [person.iscoCode] : [];
}
