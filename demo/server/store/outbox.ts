// The outbox: one row per logical mail, under a unique key (`signup-confirmation:<signup>`…),
// written before any attempt to send it. Sending claims the row for a while, sends, and marks
// it sent; a job that runs again finds it sent and sends nothing. Without SMTP the rows stay
// unsent and the coordinator view shows them.
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import { optionalIso, toIso } from './rows.ts';

export interface NewOutboxMail {
  key: string;
  /** What the mail is, for the coordinator view: `signup-confirmation`, `signup-notice`… */
  kind: string;
  recipient: string;
  lang: string;
  subject: string;
  text: string;
  html: string;
  /** The signups the mail is about: erasing one of them erases the mail. */
  signupIds: readonly string[];
  createdAt: Date;
}

export interface OutboxMail {
  id: string;
  key: string;
  kind: string;
  recipient: string;
  lang: string;
  subject: string;
  text: string;
  html: string;
  createdAt: string;
  attempts: number;
  sentAt: string | null;
  lastError: string | null;
  lastAttemptAt: string | null;
}

interface OutboxRow {
  id: string;
  key: string;
  kind: string;
  recipient: string;
  lang: string;
  subject: string;
  text_body: string;
  html_body: string;
  created_at: unknown;
  attempts: number;
  sent_at: unknown;
  last_error: string | null;
  last_attempt_at: unknown;
}

const COLUMNS =
  'id, key, kind, recipient, lang, subject, text_body, html_body, created_at, attempts, sent_at, last_error, last_attempt_at';

function fromRow(row: OutboxRow): OutboxMail {
  return {
    id: row.id,
    key: row.key,
    kind: row.kind,
    recipient: row.recipient,
    lang: row.lang,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body,
    createdAt: toIso(row.created_at),
    attempts: Number(row.attempts),
    sentAt: optionalIso(row.sent_at) ?? null,
    lastError: row.last_error,
    lastAttemptAt: optionalIso(row.last_attempt_at) ?? null,
  };
}

/** Adds the mail unless one with its key exists; the id either way, and whether it is new. */
export async function insertOutboxMail(
  database: Queryable,
  mail: NewOutboxMail,
): Promise<{ id: string; created: boolean }> {
  const inserted = await database.query<{ id: string }>(
    `INSERT INTO outbox
       (id, key, kind, recipient, lang, subject, text_body, html_body, signup_ids, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (key) DO NOTHING
     RETURNING id`,
    [
      `mail-${randomUUID()}`,
      mail.key,
      mail.kind,
      mail.recipient,
      mail.lang,
      mail.subject,
      mail.text,
      mail.html,
      [...mail.signupIds],
      mail.createdAt,
    ],
  );
  if (inserted.rows[0]) return { id: inserted.rows[0].id, created: true };
  const existing = await database.query<{ id: string }>('SELECT id FROM outbox WHERE key = $1', [
    mail.key,
  ]);
  return { id: existing.rows[0]!.id, created: false };
}

export type Claim =
  { kind: 'claimed'; mail: OutboxMail } | { kind: 'done' } | { kind: 'busy'; until: string };

/**
 * Takes the mail for sending until `now + leaseMs`: no other run sends it meanwhile. `done` when
 * it is sent already or gone (erased); `busy` while another run holds it.
 */
export async function claimOutboxMail(
  database: Queryable,
  id: string,
  now: Date,
  leaseMs: number,
): Promise<Claim> {
  const claimed = await database.query<OutboxRow>(
    `UPDATE outbox
        SET attempts = attempts + 1, last_attempt_at = $2, sending_until = $3
      WHERE id = $1 AND sent_at IS NULL AND (sending_until IS NULL OR sending_until <= $2)
      RETURNING ${COLUMNS}`,
    [id, now, new Date(now.getTime() + leaseMs)],
  );
  if (claimed.rows[0]) return { kind: 'claimed', mail: fromRow(claimed.rows[0]) };
  const current = await database.query<{ sent_at: unknown; sending_until: unknown }>(
    'SELECT sent_at, sending_until FROM outbox WHERE id = $1',
    [id],
  );
  const row = current.rows[0];
  if (!row || row.sent_at !== null) return { kind: 'done' };
  return { kind: 'busy', until: toIso(row.sending_until) };
}

export async function markOutboxMailSent(database: Queryable, id: string, now: Date) {
  await database.query(
    'UPDATE outbox SET sent_at = $2, sending_until = NULL, last_error = NULL WHERE id = $1',
    [id, now],
  );
}

/** Records why sending failed (a code and the server's message, never the mail) and frees it. */
export async function recordOutboxFailure(database: Queryable, id: string, error: string) {
  await database.query('UPDATE outbox SET last_error = $2, sending_until = NULL WHERE id = $1', [
    id,
    error.slice(0, 500),
  ]);
}

/**
 * The newest mails, leaving out those of `hiddenKinds` (a coordinator's sign-in link is a key
 * to their account). With `programmes` (a coordinator's scope) only the mails about signups
 * that are all of those programmes: a mail about nobody (a digest, a notice) is not theirs.
 */
export async function listOutbox(
  database: Queryable,
  {
    limit = 200,
    hiddenKinds = [],
    programmes = 'all',
  }: {
    limit?: number;
    hiddenKinds?: readonly string[];
    programmes?: 'all' | readonly string[];
  } = {},
): Promise<OutboxMail[]> {
  const params: unknown[] = [Math.max(1, Math.min(limit, 1000)), [...hiddenKinds]];
  let scope = '';
  if (programmes !== 'all') {
    params.push([...programmes]);
    scope = `AND cardinality(signup_ids) > 0 AND NOT EXISTS (
      SELECT 1 FROM unnest(signup_ids) AS about (id) LEFT JOIN signups s ON s.id = about.id
       WHERE s.programme_id IS NULL OR NOT (s.programme_id = ANY($3::text[])))`;
  }
  const result = await database.query<OutboxRow>(
    `SELECT ${COLUMNS} FROM outbox WHERE NOT (kind = ANY($2::text[])) ${scope}
      ORDER BY created_at DESC, id LIMIT $1`,
    params,
  );
  return result.rows.map(fromRow);
}

export async function getOutboxMailByKey(
  database: Queryable,
  key: string,
): Promise<OutboxMail | undefined> {
  const result = await database.query<OutboxRow>(`SELECT ${COLUMNS} FROM outbox WHERE key = $1`, [
    key,
  ]);
  return result.rows[0] ? fromRow(result.rows[0]) : undefined;
}

/** The mails sent (or waiting) to `recipient` about `signupId`, oldest first (their export). */
export async function listMailsTo(
  database: Queryable,
  signupId: string,
  recipient: string,
): Promise<OutboxMail[]> {
  const result = await database.query<OutboxRow>(
    `SELECT ${COLUMNS} FROM outbox WHERE $1 = ANY(signup_ids) AND lower(recipient) = lower($2)
      ORDER BY created_at, id`,
    [signupId, recipient],
  );
  return result.rows.map(fromRow);
}
