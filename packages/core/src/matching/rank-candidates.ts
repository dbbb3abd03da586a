// rankCandidates: the best matches for one person among many, with their reasons.
import type { MatchCandidate } from './candidate.ts';
import {
  compareCodeUnits,
  hasCapacity,
  scoreMatch,
  type MatchScore,
  type OccupationGroupNames,
} from './score-match.ts';
import type { MatchWeights } from './weights.ts';

export interface RankedCandidate extends MatchScore {
  candidate: MatchCandidate;
  /** Only with `fullMentors: 'flag'`: this mentor has no room now. */
  atCapacity?: boolean;
}

/** A mentor and a mentee who have (or had) a match: proposed, active, paused or finished. */
export interface MatchedPair {
  mentorId: string;
  menteeId: string;
}

export interface RankOptions {
  /** How many to return (default 10). */
  limit?: number;
  weights?: Partial<MatchWeights>;
  /** Names for the profession reason's groups (see scoreMatch). */
  groupNames?: OccupationGroupNames;
  /** Pairs that have a match already, in any status: never proposed again. */
  existingPairs?: Iterable<MatchedPair>;
  /** Mentees in an active match: no mentor is proposed to them, nor they to a mentor. */
  menteesInActiveMatch?: Iterable<string>;
  /**
   * Mentors at capacity: left out (`'skip'`, the default), or kept after every mentor with
   * room and marked `atCapacity` (`'flag'`), for a coordinator who may ask one to take more.
   */
  fullMentors?: 'skip' | 'flag';
}

const pairKey = (mentorId: string, menteeId: string) => JSON.stringify([mentorId, menteeId]);

/**
 * Scores `person` against every candidate of the other role and returns the best `limit`,
 * highest score first (ties by id, so the order is stable), leaving out whom the programme's
 * state rules out: see RankOptions.
 */
export function rankCandidates(
  person: MatchCandidate,
  candidates: readonly MatchCandidate[],
  {
    limit = 10,
    weights,
    groupNames,
    existingPairs = [],
    menteesInActiveMatch = [],
    fullMentors = 'skip',
  }: RankOptions = {},
): RankedCandidate[] {
  const busyMentees = new Set(menteesInActiveMatch);
  if (person.role === 'mentee' && busyMentees.has(person.id)) return [];
  const matched = new Set<string>();
  for (const pair of existingPairs) matched.add(pairKey(pair.mentorId, pair.menteeId));

  const ranked: RankedCandidate[] = [];
  for (const candidate of candidates) {
    if (candidate.role === person.role || candidate.id === person.id) continue;
    const [mentor, mentee] = person.role === 'mentor' ? [person, candidate] : [candidate, person];
    if (busyMentees.has(mentee.id) || matched.has(pairKey(mentor.id, mentee.id))) continue;
    const full = !hasCapacity(mentor);
    if (full && fullMentors === 'skip') continue;
    const score = scoreMatch(mentor, mentee, weights, { groupNames });
    ranked.push(full ? { candidate, ...score, atCapacity: true } : { candidate, ...score });
  }
  // A full mentor goes after every one with room, whatever the score: proposing them needs a word first.
  ranked.sort(
    (a, b) =>
      Number(a.atCapacity ?? false) - Number(b.atCapacity ?? false) ||
      b.score - a.score ||
      compareCodeUnits(a.candidate.id, b.candidate.id),
  );
  return ranked.slice(0, Math.max(0, limit));
}
