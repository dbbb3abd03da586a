// The session summaries a mentor's extension shared for their match (issue 18): one row per
// session of the mentor's log, replaced when the mentor edits it and deleted when they delete
// it. The Idempotency-Key of the last change is kept hashed, so a retried request changes
// nothing; the coordinator marks a session flagged for attention as handled.
import type { SessionMode, SessionSummary, SessionTopic } from '@mentorkit/core';
import type { Queryable } from '../db/database.ts';
import { optionalIso, toIso } from './rows.ts';

interface SummaryRow {
  match_id: string;
  session_id: string;
  held_on: string;
  duration_minutes: number;
  mode: SessionMode;
  topics: SessionTopic[];
  rating: number | null;
  needs_attention: boolean;
  note: string | null;
  updated_at: unknown;
  last_key_hash: string;
  attention_handled_at: unknown;
}

export interface StoredSummary extends SessionSummary {
  matchId: string;
  lastKeyHash: string;
  /** When the coordinator marked the flag as handled; absent while it waits. */
  handledAt?: string;
}

const COLUMNS = `match_id, session_id::text AS session_id, to_char(held_on, 'YYYY-MM-DD') AS held_on,
  duration_minutes, mode, topics, rating, needs_attention, note, updated_at, last_key_hash,
  attention_handled_at`;

function fromRow(row: SummaryRow): StoredSummary {
  const handledAt = optionalIso(row.attention_handled_at);
  return {
    matchId: row.match_id,
    sessionId: row.session_id,
    date: row.held_on,
    durationMinutes: row.duration_minutes,
    mode: row.mode,
    topics: row.topics,
    ...(row.rating === null ? {} : { rating: row.rating }),
    needsAttention: row.needs_attention,
    ...(row.note === null ? {} : { note: row.note }),
    updatedAt: toIso(row.updated_at),
    lastKeyHash: row.last_key_hash,
    ...(handledAt ? { handledAt } : {}),
  };
}

/** The stored summary, the row locked until the transaction ends. */
export async function getSummaryForUpdate(
  tx: Queryable,
  matchId: string,
  sessionId: string,
): Promise<StoredSummary | undefined> {
  const result = await tx.query<SummaryRow>(
    `SELECT ${COLUMNS} FROM session_summaries WHERE match_id = $1 AND session_id = $2 FOR UPDATE`,
    [matchId, sessionId],
  );
  const row = result.rows[0];
  return row ? fromRow(row) : undefined;
}

/**
 * Writes the summary. A flag raised again (it was not raised before) waits for the coordinator
 * again; an edit that keeps the flag keeps whether it was handled.
 */
export async function upsertSummary(
  tx: Queryable,
  matchId: string,
  summary: SessionSummary,
  keyHash: string,
  now: Date,
  previous: StoredSummary | undefined,
): Promise<void> {
  const keepHandled = previous?.needsAttention && summary.needsAttention;
  await tx.query(
    `INSERT INTO session_summaries (match_id, session_id, held_on, duration_minutes, mode, topics,
       rating, needs_attention, note, updated_at, last_key_hash, received_at, attention_handled_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (match_id, session_id) DO UPDATE SET held_on = $3, duration_minutes = $4,
       mode = $5, topics = $6, rating = $7, needs_attention = $8, note = $9, updated_at = $10,
       last_key_hash = $11, received_at = $12, attention_handled_at = $13`,
    [
      matchId,
      summary.sessionId,
      summary.date,
      summary.durationMinutes,
      summary.mode,
      summary.topics,
      summary.rating ?? null,
      summary.needsAttention,
      summary.note ?? null,
      summary.updatedAt,
      keyHash,
      now,
      keepHandled ? (previous?.handledAt ?? null) : null,
    ],
  );
}

export async function deleteSummary(
  tx: Queryable,
  matchId: string,
  sessionId: string,
): Promise<void> {
  await tx.query('DELETE FROM session_summaries WHERE match_id = $1 AND session_id = $2', [
    matchId,
    sessionId,
  ]);
}

/** Deletes every summary of the match; the days they were on. */
export async function deleteSummariesOf(tx: Queryable, matchId: string): Promise<string[]> {
  const result = await tx.query<{ held_on: string }>(
    `DELETE FROM session_summaries WHERE match_id = $1
      RETURNING to_char(held_on, 'YYYY-MM-DD') AS held_on`,
    [matchId],
  );
  return [...new Set(result.rows.map((row) => row.held_on))];
}

/** Whether any summary of the match is on that day. */
export async function hasSummaryOn(tx: Queryable, matchId: string, day: string): Promise<boolean> {
  const result = await tx.query(
    'SELECT 1 FROM session_summaries WHERE match_id = $1 AND held_on = $2',
    [matchId, day],
  );
  return result.rows.length > 0;
}

/** Every summary the mentor's extension shared for these matches, by day then session. */
export async function listSummaries(
  database: Queryable,
  matchIds: readonly string[],
): Promise<StoredSummary[]> {
  const result = await database.query<SummaryRow>(
    `SELECT ${COLUMNS} FROM session_summaries WHERE match_id = ANY($1)
      ORDER BY held_on, session_id`,
    [[...matchIds]],
  );
  return result.rows.map(fromRow);
}

export interface SummaryCounts {
  sessions: number;
  /** The latest session's day. */
  lastSession: string | null;
}

/** Per match: how many sessions the mentor shared and the latest one's day. */
export async function summaryCounts(
  database: Queryable,
  matchIds: readonly string[],
): Promise<Map<string, SummaryCounts>> {
  const result = await database.query<{ match_id: string; sessions: number; last: string }>(
    `SELECT match_id, count(*)::integer AS sessions, to_char(max(held_on), 'YYYY-MM-DD') AS last
       FROM session_summaries WHERE match_id = ANY($1) GROUP BY match_id`,
    [[...matchIds]],
  );
  return new Map(
    result.rows.map((row) => [row.match_id, { sessions: row.sessions, lastSession: row.last }]),
  );
}

/** Every flagged session of these matches, waiting ones first, newest day first. */
export async function flaggedSummaries(
  database: Queryable,
  matchIds: readonly string[],
): Promise<StoredSummary[]> {
  const result = await database.query<SummaryRow>(
    `SELECT ${COLUMNS} FROM session_summaries WHERE match_id = ANY($1) AND needs_attention
      ORDER BY attention_handled_at IS NOT NULL, held_on DESC, session_id`,
    [[...matchIds]],
  );
  return result.rows.map(fromRow);
}

/** Marks a flag as handled (once: the first moment stays); false when there is no such flag. */
export async function markAttentionHandled(
  database: Queryable,
  matchId: string,
  sessionId: string,
  now: Date,
): Promise<string | undefined> {
  const result = await database.query<{ handled: unknown }>(
    `UPDATE session_summaries SET attention_handled_at = coalesce(attention_handled_at, $3)
      WHERE match_id = $1 AND session_id = $2 AND needs_attention
      RETURNING attention_handled_at AS handled`,
    [matchId, sessionId, now],
  );
  const row = result.rows[0];
  return row ? toIso(row.handled) : undefined;
}
