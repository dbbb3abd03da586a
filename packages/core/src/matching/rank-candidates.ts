// rankCandidates: the best matches for one person among many, with their reasons.
import type { MatchCandidate } from './candidate.ts';
import { compareCodeUnits, hasCapacity, scoreMatch, type MatchScore } from './score-match.ts';
import type { MatchWeights } from './weights.ts';

export interface RankedCandidate extends MatchScore {
  candidate: MatchCandidate;
}

export interface RankOptions {
  /** How many to return (default 10). */
  limit?: number;
  weights?: Partial<MatchWeights>;
}

/**
 * Scores `person` against every candidate of the other role and returns the best `limit`,
 * highest score first (ties by id, so the order is stable). Mentors at capacity are skipped.
 */
export function rankCandidates(
  person: MatchCandidate,
  candidates: readonly MatchCandidate[],
  { limit = 10, weights }: RankOptions = {},
): RankedCandidate[] {
  const ranked: RankedCandidate[] = [];
  for (const candidate of candidates) {
    if (candidate.role === person.role || candidate.id === person.id) continue;
    const [mentor, mentee] = person.role === 'mentor' ? [person, candidate] : [candidate, person];
    if (!hasCapacity(mentor)) continue;
    ranked.push({ candidate, ...scoreMatch(mentor, mentee, weights) });
  }
  ranked.sort((a, b) => b.score - a.score || compareCodeUnits(a.candidate.id, b.candidate.id));
  return ranked.slice(0, Math.max(0, limit));
}
