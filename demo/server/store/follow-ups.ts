// The follow-ups of a match's outcome: one per person and round (3, 6, 12 months after the
// start), each with its own link (only the token's SHA-256 is stored) and, once given, the
// answers. The answers serve one purpose, the programme's report of outcomes; they are kept for
// a stated time after they were given (MENTORKIT_FOLLOW_UP_RETENTION_MONTHS) and go with their
// match, so erasing either person erases them.
import { randomBytes } from 'node:crypto';
import type { FollowUpAnswers } from '@mentorkit/core';
import type { Queryable } from '../db/database.ts';
import { isLinkTokenShaped, linkTokenHash, newLinkToken } from './link-token.ts';
import type { MatchRole } from './match-history.ts';
import { optionalIso, toDate, toIso } from './rows.ts';

export interface StoredFollowUp {
  id: string;
  matchId: string;
  role: MatchRole;
  monthsAfterStart: number;
  createdAt: string;
  expiresAt: string;
  answeredAt?: string;
  answers?: FollowUpAnswers;
}

interface FollowUpRow {
  id: string;
  match_id: string;
  role: MatchRole;
  months_after_start: number;
  created_at: unknown;
  expires_at: unknown;
  answered_at: unknown;
  answers: FollowUpAnswers | string | null;
}

function fromRow(row: FollowUpRow): StoredFollowUp {
  const followUp: StoredFollowUp = {
    id: row.id,
    matchId: row.match_id,
    role: row.role,
    monthsAfterStart: Number(row.months_after_start),
    createdAt: toIso(row.created_at),
    expiresAt: toIso(row.expires_at),
  };
  const answeredAt = optionalIso(row.answered_at);
  if (answeredAt) followUp.answeredAt = answeredAt;
  if (row.answers !== null) {
    followUp.answers =
      typeof row.answers === 'string' ? (JSON.parse(row.answers) as FollowUpAnswers) : row.answers;
  }
  return followUp;
}

const COLUMNS =
  'id, match_id, role, months_after_start, created_at, expires_at, answered_at, answers';

export interface NewFollowUp {
  matchId: string;
  role: MatchRole;
  monthsAfterStart: number;
  now: Date;
  expiresAt: Date;
}

/**
 * Creates the person's follow-up of that round with a new link; undefined when it exists
 * already (a job run again: its mail was queued with it, in the same transaction).
 */
export async function createFollowUp(
  tx: Queryable,
  followUp: NewFollowUp,
): Promise<{ id: string; token: string } | undefined> {
  const token = newLinkToken();
  const result = await tx.query<{ id: string }>(
    `INSERT INTO follow_ups (id, match_id, role, months_after_start, token_hash, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (match_id, role, months_after_start) DO NOTHING RETURNING id`,
    [
      `follow-up-${randomBytes(6).toString('hex')}`,
      followUp.matchId,
      followUp.role,
      followUp.monthsAfterStart,
      linkTokenHash(token),
      followUp.now,
      followUp.expiresAt,
    ],
  );
  const id = result.rows[0]?.id;
  return id === undefined ? undefined : { id, token };
}

export type FollowUpLink =
  | { kind: 'unknown' }
  | { kind: 'expired'; followUp: StoredFollowUp }
  | { kind: 'valid'; followUp: StoredFollowUp };

export async function readFollowUpLink(
  database: Queryable,
  token: string,
  now: Date,
): Promise<FollowUpLink> {
  if (!isLinkTokenShaped(token)) return { kind: 'unknown' };
  const result = await database.query<FollowUpRow>(
    `SELECT ${COLUMNS} FROM follow_ups WHERE token_hash = $1`,
    [linkTokenHash(token)],
  );
  const row = result.rows[0];
  if (!row) return { kind: 'unknown' };
  const followUp = fromRow(row);
  return toDate(row.expires_at) <= now
    ? { kind: 'expired', followUp }
    : { kind: 'valid', followUp };
}

/** Stores (or replaces, until the link expires) the person's answers. */
export async function saveFollowUpAnswers(
  database: Queryable,
  id: string,
  answers: FollowUpAnswers,
  now: Date,
): Promise<StoredFollowUp | undefined> {
  const result = await database.query<FollowUpRow>(
    `UPDATE follow_ups SET answers = $2, answered_at = $3 WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, JSON.stringify(answers), now],
  );
  return result.rows[0] ? fromRow(result.rows[0]) : undefined;
}

/** The follow-ups of these matches, oldest round first (a person's export). */
export async function listFollowUps(
  database: Queryable,
  matchIds: readonly string[],
): Promise<StoredFollowUp[]> {
  const result = await database.query<FollowUpRow>(
    `SELECT ${COLUMNS} FROM follow_ups WHERE match_id = ANY($1)
      ORDER BY match_id, months_after_start, role`,
    [[...matchIds]],
  );
  return result.rows.map(fromRow);
}

/**
 * Deletes the follow-ups whose retention has passed: answered before `cutoff`, or never
 * answered and expired before it. Returns how many.
 */
export async function deleteFollowUpsBefore(database: Queryable, cutoff: Date): Promise<number> {
  const result = await database.query(
    'DELETE FROM follow_ups WHERE coalesce(answered_at, expires_at) < $1',
    [cutoff],
  );
  return result.rowCount;
}
