// What the coordinator sees of the sessions mentors shared from their extension (issue 18): per
// match, whether the mentor's extension is connected now, how many sessions it shared and the
// latest one's day; and every session flagged for the coordinator's attention (with the note
// when the mentor shared it), waiting ones first. The meetings those sessions made are in the
// match list already (match_meetings).
import type { Queryable } from '../db/database.ts';
import { toMatchProfile } from '../store/candidates.ts';
import { connectedMatches } from '../store/extension-connections.ts';
import type { StoredMatch } from '../store/matches.ts';
import { flaggedSummaries, summaryCounts, type StoredSummary } from '../store/session-summaries.ts';
import { getSignup } from '../store/signups.ts';

export interface SharedSessionsOfMatch {
  matchId: string;
  mentorName: string;
  menteeName: string;
  /** The mentor's extension is connected to the match now. */
  connected: boolean;
  sessions: number;
  lastSession: string | null;
}

export type FlaggedSession = Omit<StoredSummary, 'lastKeyHash'> & {
  mentorName: string;
  menteeName: string;
};

/** `GET /api/coordinator/shared-sessions`. */
export interface SharedSessionsAnswer {
  matches: SharedSessionsOfMatch[];
  /** Waiting ones first, then handled ones; newest day first within each. */
  flagged: FlaggedSession[];
}

/** A summary as the coordinator sees it: the hash of its last Idempotency-Key is ours. */
function withoutKey(stored: StoredSummary): Omit<StoredSummary, 'lastKeyHash'> {
  const copy: Partial<StoredSummary> = { ...stored };
  delete copy.lastKeyHash;
  return copy as Omit<StoredSummary, 'lastKeyHash'>;
}

/** The shared sessions of `matches` (those the coordinator may see). */
export async function sharedSessions(
  database: Queryable,
  matches: readonly StoredMatch[],
): Promise<SharedSessionsAnswer> {
  const ids = matches.map((match) => match.id);
  const [connected, counts, flagged] = await Promise.all([
    connectedMatches(database, ids),
    summaryCounts(database, ids),
    flaggedSummaries(database, ids),
  ]);
  const answer: SharedSessionsAnswer = { matches: [], flagged: [] };
  const namesOf = new Map<string, { mentorName: string; menteeName: string }>();
  for (const match of matches) {
    const count = counts.get(match.id);
    if (!connected.has(match.id) && !count) continue;
    const [mentor, mentee] = await Promise.all([
      getSignup(database, match.mentorSignupId),
      getSignup(database, match.menteeSignupId),
    ]);
    if (!mentor || !mentee) continue;
    const profile = toMatchProfile(match, mentor, mentee, 'coordinator');
    const people = {
      mentorName: profile.mentor.displayName,
      menteeName: profile.mentee.displayName,
    };
    namesOf.set(match.id, people);
    answer.matches.push({
      matchId: match.id,
      ...people,
      connected: connected.has(match.id),
      sessions: count?.sessions ?? 0,
      lastSession: count?.lastSession ?? null,
    });
  }
  for (const stored of flagged) {
    const people = namesOf.get(stored.matchId);
    if (people) answer.flagged.push({ ...withoutKey(stored), ...people });
  }
  return answer;
}
