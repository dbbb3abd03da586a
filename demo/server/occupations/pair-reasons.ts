// A proposed pair's score and reasons as a match stores them: the profession reason names the
// shared occupation group in the coordinator's language (its label) and carries the group's
// names in Swedish and English for the participants' cards.
import { scoreMatch, type MatchProfileReason } from '@mentorkit/core';
import type { OccupationIndex } from '@mentorkit/occupations';
import { toCandidate, toProfileReasons } from '../store/candidates.ts';
import type { StoredSignup } from '../store/signups.ts';
import { coordinatorGroupNames, sharedOccupationGroup } from './occupation-index.ts';

export interface PairReasons {
  score: number;
  reasons: MatchProfileReason[];
}

export function pairReasons(
  index: OccupationIndex,
  mentor: StoredSignup,
  mentee: StoredSignup,
  mentorOpenMatches = 0,
  mentorCapacityDefault?: number,
): PairReasons {
  const mentorCandidate = toCandidate(mentor, mentorOpenMatches, mentorCapacityDefault);
  const score = scoreMatch(mentorCandidate, toCandidate(mentee), undefined, {
    groupNames: coordinatorGroupNames(index),
  });
  const group = sharedOccupationGroup(
    index,
    mentor.submission.profile.occupation?.ssyk,
    mentee.submission.profile.occupation?.ssyk,
  );
  return {
    score: Math.min(1, Math.max(0, score.score)),
    reasons: toProfileReasons(score, group),
  };
}
