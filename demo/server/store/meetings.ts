// A match's meetings: one row per day the two met, recorded by either of them (from their card)
// or by the coordinator. A second record of the same day counts once, so both people may say
// they met without the count doubling. The match's `meetings_held` is kept in step in the same
// transaction (the card shows it as "3 of 10 meetings"). Rows go with their match.
import type { Queryable } from '../db/database.ts';
import type { MatchActor } from './match-history.ts';

/** The day as the two lived it: a calendar date, YYYY-MM-DD, no time zone. */
export type CalendarDate = string;

/**
 * Where a meeting row came from: someone recorded the day (a card's form, the coordinator), or
 * it follows the sessions the mentor's extension shared, and goes when the last of them does.
 */
export type MeetingSource = 'recorded' | 'sessions';

/** Records a meeting; false when that day was already recorded (nothing changes). */
export async function recordMeeting(
  tx: Queryable,
  matchId: string,
  heldOn: CalendarDate,
  recordedBy: MatchActor,
  now: Date,
  source: MeetingSource = 'recorded',
): Promise<boolean> {
  // A day someone records that shared sessions already made a meeting becomes theirs, so that
  // it stays when the sessions go; it is still one meeting (xmax = 0: the row is new).
  const written = await tx.query<{ inserted: boolean }>(
    `INSERT INTO match_meetings (match_id, held_on, recorded_by, recorded_at, source)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (match_id, held_on) DO UPDATE SET source = 'recorded'
       WHERE match_meetings.source = 'sessions' AND EXCLUDED.source = 'recorded'
     RETURNING (xmax = 0) AS inserted`,
    [matchId, heldOn, recordedBy, now, source],
  );
  if (written.rows[0]?.inserted !== true) return false;
  await tx.query(
    'UPDATE matches SET meetings_held = coalesce(meetings_held, 0) + 1 WHERE id = $1',
    [matchId],
  );
  return true;
}

/** The last day the two met, or undefined when no meeting is recorded. */
export async function lastMeetingOn(
  database: Queryable,
  matchId: string,
): Promise<CalendarDate | undefined> {
  const result = await database.query<{ last: string | null }>(
    `SELECT to_char(max(held_on), 'YYYY-MM-DD') AS last FROM match_meetings WHERE match_id = $1`,
    [matchId],
  );
  return result.rows[0]?.last ?? undefined;
}

/** Per match: the last day the two met (the coordinator's list). */
export async function lastMeetings(
  database: Queryable,
  matchIds: readonly string[],
): Promise<Map<string, CalendarDate>> {
  const result = await database.query<{ match_id: string; last: string }>(
    `SELECT match_id, to_char(max(held_on), 'YYYY-MM-DD') AS last FROM match_meetings
      WHERE match_id = ANY($1) GROUP BY match_id`,
    [[...matchIds]],
  );
  return new Map(result.rows.map((row) => [row.match_id, row.last]));
}

export interface MeetingRecord {
  heldOn: CalendarDate;
  recordedBy: MatchActor;
}

/** Every meeting of the match, oldest first (a person's export). */
export async function listMeetings(database: Queryable, matchId: string): Promise<MeetingRecord[]> {
  const result = await database.query<{ held_on: string; recorded_by: MatchActor }>(
    `SELECT to_char(held_on, 'YYYY-MM-DD') AS held_on, recorded_by FROM match_meetings
      WHERE match_id = $1 ORDER BY held_on`,
    [matchId],
  );
  return result.rows.map((row) => ({ heldOn: row.held_on, recordedBy: row.recorded_by }));
}
