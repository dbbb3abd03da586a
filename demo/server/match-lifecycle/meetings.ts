// Recording that the two people of a match met, by either of them or by the coordinator: only
// while the match runs (active or paused), for a day from the match's start to today (the
// programme's calendar, Stockholm), one record a day. The meetings table is their history; the
// coordinator's list shows the last one. What follows (the next reminder) reads
// the meetings when it runs, so nothing else needs to change here.
import * as z from 'zod/mini';
import { IsoDateSchema } from '@mentorkit/core';
import { dayKeyAt } from '@mentorkit/core/time';
import type { Database } from '../db/database.ts';
import { HttpProblem } from '../http/respond.ts';
import type { MatchActor } from '../store/match-history.ts';
import { getMatchForUpdate, type StoredMatch } from '../store/matches.ts';
import { recordMeeting } from '../store/meetings.ts';

export const MeetingSchema = z.object({ date: IsoDateSchema });

/** The programme's calendar: the days of meetings are its days. */
export const PROGRAMME_TIME_ZONE = 'Europe/Stockholm';

export type MeetingResult =
  | { kind: 'not-found' }
  | { kind: 'not-running'; match: StoredMatch }
  | { kind: 'out-of-range'; earliest: string; latest: string }
  | { kind: 'recorded' | 'already-recorded'; match: StoredMatch };

export async function recordMatchMeeting(
  database: Database,
  matchId: string,
  actor: MatchActor,
  heldOn: string,
  now: Date,
): Promise<MeetingResult> {
  return database.transaction(async (tx) => {
    const match = await getMatchForUpdate(tx, matchId);
    if (!match) return { kind: 'not-found' };
    if ((match.status !== 'active' && match.status !== 'paused') || !match.startedAt) {
      return { kind: 'not-running', match };
    }
    const earliest = dayKeyAt(Date.parse(match.startedAt), PROGRAMME_TIME_ZONE);
    const latest = dayKeyAt(now.getTime(), PROGRAMME_TIME_ZONE);
    if (heldOn < earliest || heldOn > latest) return { kind: 'out-of-range', earliest, latest };
    const added = await recordMeeting(tx, matchId, heldOn, actor, now);
    if (!added) return { kind: 'already-recorded', match };
    return {
      kind: 'recorded',
      match: { ...match, meetingsHeld: (match.meetingsHeld ?? 0) + 1 },
    };
  });
}

/** The match with the meeting, or the problem to answer for one that was not recorded. */
export function recordedOrProblem(result: MeetingResult): { match: StoredMatch; added: boolean } {
  switch (result.kind) {
    case 'recorded':
    case 'already-recorded':
      return { match: result.match, added: result.kind === 'recorded' };
    case 'not-found':
      throw new HttpProblem({ status: 404, title: 'Not found', detail: 'No such match.' });
    case 'not-running':
      throw new HttpProblem({
        status: 409,
        title: 'Not possible now',
        detail: `The match is ${result.match.status}: meetings are recorded while it runs.`,
      });
    case 'out-of-range':
      throw new HttpProblem({
        status: 422,
        title: 'Invalid date',
        errors: [
          {
            field: 'date',
            detail: `A meeting is recorded for a day from ${result.earliest} to ${result.latest}.`,
          },
        ],
      });
  }
}
