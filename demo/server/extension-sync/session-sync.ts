// What a connected extension's changes do, each in one transaction with the match locked: a
// session summary stored, replaced or deleted, and the match's meetings kept consistent with
// them. A shared session is a meeting of its day (one a day, as match_meetings counts them)
// while the match runs and the day is from its start to today; when the last shared session of
// a day goes, the meeting goes too, unless someone recorded that day themselves.
import type { SessionSummary } from '@mentorkit/core';
import { dayKeyAt } from '@mentorkit/core/time';
import type { Database, Queryable } from '../db/database.ts';
import { PROGRAMME_TIME_ZONE } from '../match-lifecycle/meetings.ts';
import { linkTokenHash } from '../store/link-token.ts';
import { deleteExtensionConnection } from '../store/extension-connections.ts';
import { getMatchForUpdate, type StoredMatch } from '../store/matches.ts';
import { recordMeeting } from '../store/meetings.ts';
import {
  deleteSummariesOf,
  deleteSummary,
  getSummaryForUpdate,
  hasSummaryOn,
  upsertSummary,
} from '../store/session-summaries.ts';

export type SummaryResult =
  /** Stored now (`created`: the first time this session arrived). */
  | { kind: 'stored'; created: boolean }
  /** This Idempotency-Key was the last change already: nothing changed. */
  | { kind: 'replayed' }
  /** A newer change of the session is stored: this older one is ignored. */
  | { kind: 'stale' }
  | { kind: 'not-found' };

/** Makes the day's meeting follow the shared sessions of that day. */
async function followSessionsOn(
  tx: Queryable,
  match: StoredMatch,
  day: string,
  now: Date,
): Promise<void> {
  if (await hasSummaryOn(tx, match.id, day)) {
    const running = (match.status === 'active' || match.status === 'paused') && match.startedAt;
    if (!running) return;
    const earliest = dayKeyAt(Date.parse(match.startedAt!), PROGRAMME_TIME_ZONE);
    const latest = dayKeyAt(now.getTime(), PROGRAMME_TIME_ZONE);
    if (day < earliest || day > latest) return;
    await recordMeeting(tx, match.id, day, 'mentor', now, 'sessions');
    return;
  }
  const removed = await tx.query(
    `DELETE FROM match_meetings WHERE match_id = $1 AND held_on = $2 AND source = 'sessions'`,
    [match.id, day],
  );
  if (removed.rowCount > 0) {
    await tx.query(
      'UPDATE matches SET meetings_held = greatest(coalesce(meetings_held, 0) - 1, 0) WHERE id = $1',
      [match.id],
    );
  }
}

export async function storeSummary(
  database: Database,
  matchId: string,
  summary: SessionSummary,
  idempotencyKey: string,
  now: Date,
): Promise<SummaryResult> {
  const keyHash = linkTokenHash(idempotencyKey);
  return database.transaction(async (tx) => {
    const match = await getMatchForUpdate(tx, matchId);
    if (!match) return { kind: 'not-found' };
    const previous = await getSummaryForUpdate(tx, matchId, summary.sessionId);
    if (previous?.lastKeyHash === keyHash) return { kind: 'replayed' };
    if (previous && Date.parse(previous.updatedAt) > Date.parse(summary.updatedAt)) {
      return { kind: 'stale' };
    }
    await upsertSummary(tx, matchId, summary, keyHash, now, previous);
    if (previous && previous.date !== summary.date) {
      await followSessionsOn(tx, match, previous.date, now);
    }
    await followSessionsOn(tx, match, summary.date, now);
    return { kind: 'stored', created: !previous };
  });
}

/** Deletes one summary (nothing to delete is fine: a retried delete). */
export async function removeSummary(
  database: Database,
  matchId: string,
  sessionId: string,
  now: Date,
): Promise<void> {
  await database.transaction(async (tx) => {
    const match = await getMatchForUpdate(tx, matchId);
    if (!match) return;
    const previous = await getSummaryForUpdate(tx, matchId, sessionId);
    if (!previous) return;
    await deleteSummary(tx, matchId, sessionId);
    await followSessionsOn(tx, match, previous.date, now);
  });
}

/** The mentor disconnected: the connection, every summary and the meetings only they made go. */
export async function disconnectExtension(
  database: Database,
  matchId: string,
  now: Date,
): Promise<void> {
  await database.transaction(async (tx) => {
    const match = await getMatchForUpdate(tx, matchId);
    if (!match) return;
    const days = await deleteSummariesOf(tx, matchId);
    for (const day of days) await followSessionsOn(tx, match, day, now);
    await deleteExtensionConnection(tx, matchId);
  });
}
