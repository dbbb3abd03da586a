// Matches: proposed by coordinators (with the reasons scoreMatch gave), shown as MatchProfile.
import { randomBytes } from 'node:crypto';
import type { MatchProfileReason, MatchStatus } from '@mentorkit/core';
import type { Queryable } from '../db/database.ts';
import { optionalIso, toIso } from './rows.ts';
import type { StoredSignup } from './signups.ts';

export interface StoredMatch {
  id: string;
  mentorSignupId: string;
  menteeSignupId: string;
  status: MatchStatus;
  score: number | undefined;
  reasons: MatchProfileReason[];
  /** When each person accepted through their own link (both: the match became active). */
  mentorAcceptedAt?: string;
  menteeAcceptedAt?: string;
  startedAt?: string;
  plannedMeetings?: number;
  meetingsHeld?: number;
  nextMeeting?: string;
  demo: boolean;
  createdAt: string;
}

export interface NewMatch {
  /** A fixed id, for demo matches that pages link to; otherwise a random one. */
  id?: string;
  mentorSignupId: string;
  menteeSignupId: string;
  status?: MatchStatus;
  score?: number;
  reasons: MatchProfileReason[];
  startedAt?: Date;
  plannedMeetings?: number;
  meetingsHeld?: number;
  nextMeeting?: Date;
  demo?: boolean;
  /** Default: the database's now (the lifecycle passes its clock's). */
  createdAt?: Date;
}

interface MatchRow {
  id: string;
  mentor_signup_id: string;
  mentee_signup_id: string;
  status: MatchStatus;
  score: number | null;
  reasons: MatchProfileReason[] | string;
  mentor_accepted_at: unknown;
  mentee_accepted_at: unknown;
  started_at: unknown;
  planned_meetings: number | null;
  meetings_held: number | null;
  next_meeting: unknown;
  demo: boolean;
  created_at: unknown;
}

function fromRow(row: MatchRow): StoredMatch {
  const match: StoredMatch = {
    id: row.id,
    mentorSignupId: row.mentor_signup_id,
    menteeSignupId: row.mentee_signup_id,
    status: row.status,
    score: row.score === null ? undefined : Number(row.score),
    reasons:
      typeof row.reasons === 'string'
        ? (JSON.parse(row.reasons) as MatchProfileReason[])
        : row.reasons,
    demo: row.demo,
    createdAt: toIso(row.created_at),
  };
  const mentorAcceptedAt = optionalIso(row.mentor_accepted_at);
  if (mentorAcceptedAt) match.mentorAcceptedAt = mentorAcceptedAt;
  const menteeAcceptedAt = optionalIso(row.mentee_accepted_at);
  if (menteeAcceptedAt) match.menteeAcceptedAt = menteeAcceptedAt;
  const startedAt = optionalIso(row.started_at);
  if (startedAt) match.startedAt = startedAt;
  const nextMeeting = optionalIso(row.next_meeting);
  if (nextMeeting) match.nextMeeting = nextMeeting;
  if (row.planned_meetings !== null) match.plannedMeetings = Number(row.planned_meetings);
  if (row.meetings_held !== null) match.meetingsHeld = Number(row.meetings_held);
  return match;
}

/** Inserts a match; returns undefined when the pair is already matched. */
export async function insertMatch(
  database: Queryable,
  match: NewMatch,
): Promise<StoredMatch | undefined> {
  const id = match.id ?? `match-${randomBytes(6).toString('hex')}`;
  const result = await database.query<MatchRow>(
    `INSERT INTO matches (id, mentor_signup_id, mentee_signup_id, status, score, reasons,
       started_at, planned_meetings, meetings_held, next_meeting, demo, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, coalesce($12, now()))
     ON CONFLICT (mentor_signup_id, mentee_signup_id) DO NOTHING
     RETURNING *`,
    [
      id,
      match.mentorSignupId,
      match.menteeSignupId,
      match.status ?? 'proposed',
      match.score ?? null,
      JSON.stringify(match.reasons),
      match.startedAt ?? null,
      match.plannedMeetings ?? null,
      match.meetingsHeld ?? null,
      match.nextMeeting ?? null,
      match.demo ?? false,
      match.createdAt ?? null,
    ],
  );
  return result.rows[0] ? fromRow(result.rows[0]) : undefined;
}

export async function getMatch(database: Queryable, id: string): Promise<StoredMatch | undefined> {
  const result = await database.query<MatchRow>('SELECT * FROM matches WHERE id = $1', [id]);
  return result.rows[0] ? fromRow(result.rows[0]) : undefined;
}

/** The match, locked until the transaction `tx` ends: two answers at once are taken in turn. */
export async function getMatchForUpdate(
  tx: Queryable,
  id: string,
): Promise<StoredMatch | undefined> {
  const result = await tx.query<MatchRow>('SELECT * FROM matches WHERE id = $1 FOR UPDATE', [id]);
  return result.rows[0] ? fromRow(result.rows[0]) : undefined;
}

/** Writes what a lifecycle step changed: the status, the answers and the start. */
export async function updateMatchState(
  tx: Queryable,
  match: Pick<StoredMatch, 'id' | 'status' | 'mentorAcceptedAt' | 'menteeAcceptedAt' | 'startedAt'>,
): Promise<void> {
  await tx.query(
    `UPDATE matches SET status = $2, mentor_accepted_at = $3, mentee_accepted_at = $4,
       started_at = $5 WHERE id = $1`,
    [
      match.id,
      match.status,
      match.mentorAcceptedAt ?? null,
      match.menteeAcceptedAt ?? null,
      match.startedAt ?? null,
    ],
  );
}

export async function listMatches(database: Queryable): Promise<StoredMatch[]> {
  const result = await database.query<MatchRow>('SELECT * FROM matches ORDER BY created_at DESC');
  return result.rows.map(fromRow);
}

/** Open matches per mentor (proposed, active or paused): what counts against capacity. */
export async function openMatchesPerMentor(database: Queryable): Promise<Map<string, number>> {
  const result = await database.query<{ mentor_signup_id: string; open: number }>(
    `SELECT mentor_signup_id, count(*)::int AS open FROM matches
     WHERE status IN ('proposed', 'active', 'paused') GROUP BY mentor_signup_id`,
  );
  return new Map(result.rows.map((row) => [row.mentor_signup_id, Number(row.open)]));
}

export type MatchWithPeople = StoredMatch & { mentor: StoredSignup; mentee: StoredSignup };

/** The matches a person is in, as mentor or mentee, oldest first (their export). */
export async function listMatchesOf(database: Queryable, signupId: string): Promise<StoredMatch[]> {
  const result = await database.query<MatchRow>(
    `SELECT * FROM matches WHERE mentor_signup_id = $1 OR mentee_signup_id = $1
      ORDER BY created_at, id`,
    [signupId],
  );
  return result.rows.map(fromRow);
}
