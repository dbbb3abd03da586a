// A match's history: one row per change (proposed, accepted, declined, paused, a link revoked…),
// who made it and why. Rows go with their match (ON DELETE CASCADE), so erasing a person erases
// the history of their matches too.
import type { MatchStatus } from '@mentorkit/core';
import type { Queryable } from '../db/database.ts';
import { toIso } from './rows.ts';

export type MatchActor = 'mentor' | 'mentee' | 'coordinator';
export type MatchRole = 'mentor' | 'mentee';

export interface NewMatchEvent {
  matchId: string;
  actor: MatchActor;
  /** What happened: `proposed`, `accepted`, `declined`, `activated`, `link-reissued`… */
  action: string;
  /** The person a coordinator's action was about (a link revoked or reissued). */
  about?: MatchRole;
  fromStatus?: MatchStatus;
  toStatus?: MatchStatus;
  reason?: string;
  at: Date;
}

export interface MatchEvent {
  actor: MatchActor;
  action: string;
  about: MatchRole | null;
  fromStatus: MatchStatus | null;
  toStatus: MatchStatus | null;
  reason: string | null;
  at: string;
}

interface EventRow {
  match_id: string;
  actor: MatchActor;
  action: string;
  about: MatchRole | null;
  from_status: MatchStatus | null;
  to_status: MatchStatus | null;
  reason: string | null;
  at: unknown;
}

export async function recordMatchEvent(tx: Queryable, event: NewMatchEvent): Promise<void> {
  await tx.query(
    `INSERT INTO match_events (match_id, actor, action, about, from_status, to_status, reason, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      event.matchId,
      event.actor,
      event.action,
      event.about ?? null,
      event.fromStatus ?? null,
      event.toStatus ?? null,
      event.reason ?? null,
      event.at,
    ],
  );
}

/** The history of each match asked for, oldest first. */
export async function listMatchEvents(
  database: Queryable,
  matchIds: readonly string[],
): Promise<Map<string, MatchEvent[]>> {
  const result = await database.query<EventRow>(
    `SELECT match_id, actor, action, about, from_status, to_status, reason, at
       FROM match_events WHERE match_id = ANY($1) ORDER BY at, id`,
    [[...matchIds]],
  );
  const byMatch = new Map<string, MatchEvent[]>(matchIds.map((id) => [id, []]));
  for (const row of result.rows) {
    byMatch.get(row.match_id)?.push({
      actor: row.actor,
      action: row.action,
      about: row.about,
      fromStatus: row.from_status,
      toStatus: row.to_status,
      reason: row.reason,
      at: toIso(row.at),
    });
  }
  return byMatch;
}
