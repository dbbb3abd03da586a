// What rankCandidates needs to know of the programme's matches: who was matched with whom, which
// mentees are busy, how many mentees each mentor has now. Computed from the list of matches,
// read-only.
import type { MatchedPair, MatchReason } from '@mentorkit/core';
import type { StoredMatch } from '../store/matches.ts';

/** Statuses that count against a mentor's capacity (the same as openMatchesPerMentor). */
const OPEN_STATUSES = new Set<StoredMatch['status']>(['proposed', 'active', 'paused']);
/** A mentee in one of these has a mentor: no other is proposed. */
const BUSY_STATUSES = new Set<StoredMatch['status']>(['active', 'paused']);

export interface ProgrammeState {
  /** Every pair with a match, in any status (closed too): never proposed again. */
  existingPairs: MatchedPair[];
  menteesInActiveMatch: Set<string>;
  openMatchesPerMentor: Map<string, number>;
}

export function programmeState(
  matches: readonly Pick<StoredMatch, 'mentorSignupId' | 'menteeSignupId' | 'status'>[],
): ProgrammeState {
  const state: ProgrammeState = {
    existingPairs: [],
    menteesInActiveMatch: new Set(),
    openMatchesPerMentor: new Map(),
  };
  for (const match of matches) {
    state.existingPairs.push({ mentorId: match.mentorSignupId, menteeId: match.menteeSignupId });
    if (BUSY_STATUSES.has(match.status)) state.menteesInActiveMatch.add(match.menteeSignupId);
    if (OPEN_STATUSES.has(match.status)) {
      const open = state.openMatchesPerMentor.get(match.mentorSignupId) ?? 0;
      state.openMatchesPerMentor.set(match.mentorSignupId, open + 1);
    }
  }
  return state;
}

/**
 * The reasons with the profession's first: it is what the programme matches on, and what a
 * coordinator checks first; the others keep their order (largest contribution first).
 */
export function professionFirst<Reason extends Pick<MatchReason, 'kind'>>(
  reasons: readonly Reason[],
): Reason[] {
  return [
    ...reasons.filter((reason) => reason.kind === 'profession'),
    ...reasons.filter((reason) => reason.kind !== 'profession'),
  ];
}
