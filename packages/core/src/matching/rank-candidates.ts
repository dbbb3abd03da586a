// rankCandidates: the best matches for one person among many, with their reasons.
import type { MatchCandidate } from './candidate.ts';
import {
  compareCodeUnits,
  hasCapacity,
  scoreMatch,
  type MatchScore,
  type OccupationGroupNames,
} from './score-match.ts';
import { prepareMatchValue } from './match-value.ts';
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

/** A candidate that made the cut so far, before its reasons are built. */
interface Entry {
  candidate: MatchCandidate;
  score: number;
  full: boolean;
  /** Its place in `candidates`: equal ids keep their input order, as a stable sort would. */
  index: number;
}

/**
 * The order of the ranking: every mentor with room before any full one (proposing a full one
 * needs a word first), then the higher score, then the id by UTF-16 code units, then the
 * input order. Negative when `a` goes first.
 */
function compareEntries(a: Entry, b: Entry): number {
  return (
    Number(a.full) - Number(b.full) ||
    b.score - a.score ||
    compareCodeUnits(a.candidate.id, b.candidate.id) ||
    a.index - b.index
  );
}

/** Above this many, keeping them sorted while scanning costs more than one sort at the end. */
const SORTED_INSERT_MAX = 64;

/** `limit` as Array.prototype.slice reads it (fractions cut, NaN and negatives none). */
function topCount(limit: number): number {
  return limit > 0 ? Math.floor(limit) : 0;
}

/**
 * Scores `person` against every candidate of the other role and returns the best `limit`,
 * highest score first (ties by id, so the order is stable), leaving out whom the programme's
 * state rules out: see RankOptions. Each candidate is scored as one number (prepareMatchValue);
 * only the best `limit` are kept while scanning, and only the returned ones get their reasons
 * (scoreMatch), so ranking 10,000 costs little more than a plain loop over them.
 * Throws a RangeError for an unknown or negative weight, whether or not anyone is eligible.
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
  const scoreOf = prepareMatchValue(person, weights);
  const busyMentees = new Set(menteesInActiveMatch);
  const isMentor = person.role === 'mentor';
  if (!isMentor && busyMentees.has(person.id)) return [];
  // The ids already matched with this person (the pairs of other people cannot rule anyone out).
  const matched = new Set<string>();
  for (const { mentorId, menteeId } of existingPairs) {
    if (isMentor && mentorId === person.id) matched.add(menteeId);
    if (!isMentor && menteeId === person.id) matched.add(mentorId);
  }

  const count = topCount(limit);
  // The best `count` so far, in ranking order (a sorted insert while `count` is small).
  const best: Entry[] = [];
  for (let index = 0; index < candidates.length && count > 0; index++) {
    const candidate = candidates[index] as MatchCandidate;
    if (candidate.role === person.role || candidate.id === person.id) continue;
    if (matched.has(candidate.id) || (isMentor && busyMentees.has(candidate.id))) continue;
    const full = !hasCapacity(isMentor ? person : candidate);
    if (full && fullMentors === 'skip') continue;
    const entry: Entry = { candidate, score: scoreOf(candidate), full, index };
    if (count > SORTED_INSERT_MAX) {
      best.push(entry);
      continue;
    }
    if (best.length === count) {
      if (compareEntries(entry, best[count - 1] as Entry) >= 0) continue;
      best.pop();
    }
    let at = best.length;
    while (at > 0 && compareEntries(entry, best[at - 1] as Entry) < 0) at--;
    best.splice(at, 0, entry);
  }

  if (count > SORTED_INSERT_MAX) best.sort(compareEntries).splice(count);

  return best.map(({ candidate, full }) => {
    const [mentor, mentee] = isMentor ? [person, candidate] : [candidate, person];
    const score = scoreMatch(mentor, mentee, weights, { groupNames });
    return full ? { candidate, ...score, atCapacity: true } : { candidate, ...score };
  });
}
