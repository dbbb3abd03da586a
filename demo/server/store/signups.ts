// Signups: stored once per idempotency key, listed and searched by coordinators, exported,
// and erased on request.
import { randomUUID } from 'node:crypto';
import type { SignupSubmission } from '@mentorkit/core';
import type { Database, Queryable } from '../db/database.ts';
import { searchTextOf, searchWords } from '../people/search-text.ts';
import { linkTokenHash } from './link-token.ts';
import { optionalIso, toIso } from './rows.ts';

export interface StoredSignup {
  id: string;
  kind: SignupSubmission['kind'];
  name: string;
  email: string;
  programmeId: string | null;
  trainingUid: string | null;
  submission: SignupSubmission;
  demo: boolean;
  createdAt: string;
  /** When the person opened the link of the confirmation mail (double opt-in); null: not yet. */
  confirmedAt: string | null;
  /**
   * Who put the codes in `profile.occupation` when the person did not choose a title: the
   * lookup from their words (at start), or a coordinator. Null: the person's own choice, or
   * unclassified (no `ssyk`).
   */
  occupationSource: OccupationSource | null;
  /** When a coordinator marked the person withdrawn (they left the programme); null: not. */
  withdrawnAt: string | null;
}

export type OccupationSource = 'lookup' | 'coordinator';

export type InsertResult = { created: true; id: string } | { created: false; id: string };

export interface SignupRow {
  id: string;
  kind: SignupSubmission['kind'];
  name: string;
  email: string;
  programme_id: string | null;
  training_uid: string | null;
  submission: SignupSubmission | string;
  demo: boolean;
  created_at: unknown;
  confirmed_at: unknown;
  occupation_source: OccupationSource | null;
  withdrawn_at: unknown;
}

// The columns and their reading, for people/people-query.ts's selection of whole signups.
export { COLUMNS as SIGNUP_COLUMNS, fromRow as signupFromRow };

const COLUMNS =
  'id, kind, name, email, programme_id, training_uid, submission, demo, created_at, confirmed_at, occupation_source, withdrawn_at';

function fromRow(row: SignupRow): StoredSignup {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    email: row.email,
    programmeId: row.programme_id,
    trainingUid: row.training_uid,
    submission:
      typeof row.submission === 'string'
        ? (JSON.parse(row.submission) as SignupSubmission)
        : row.submission,
    demo: row.demo,
    createdAt: toIso(row.created_at),
    confirmedAt: optionalIso(row.confirmed_at) ?? null,
    occupationSource: row.occupation_source ?? null,
    withdrawnAt: optionalIso(row.withdrawn_at) ?? null,
  };
}

/** What storing a submission under its idempotency key came to. */
export type StoreResult =
  | { outcome: 'created'; id: string }
  /** A signup is stored under the key already (this one is a retry): its id. */
  | { outcome: 'stored'; id: string }
  /** A signup stored under the key was erased at the person's request: not stored again. */
  | { outcome: 'erased' };

/**
 * How an idempotency key is kept once its signup is erased: hashed, SHA-256 in hex. In SQL (of
 * the key `key`) for the keys an erasure finds stored; a key that comes with a request is hashed
 * here, as `linkTokenHash` does, the same hex (the erasure-replay tests answer 410 only if both
 * agree): a function call fewer for the database to resolve on every signup (issue 23).
 */
const keyHash = (key: string) => `encode(sha256(convert_to(${key}, 'UTF8')), 'hex')`;

/**
 * Stores a validated submission under its idempotency key, unless a signup is stored under it
 * already or was erased. A new signup is one statement, one round trip (issue 23: on PGlite
 * each statement is a turn of its own, on PostgreSQL a round trip): the INSERT skips an erased
 * key and a stored one (the unique index decides, so two requests with one key still make one
 * row). Only when it stored nothing does a second statement ask why. Both are prepared
 * statements (parsed and planned once per connection on PostgreSQL, once per database on PGlite).
 */
export async function storeSignup(
  database: Queryable,
  idempotencyKey: string,
  submission: SignupSubmission,
  { demo = false, createdAt }: { demo?: boolean; createdAt?: Date } = {},
): Promise<StoreResult> {
  const id = `su-${randomUUID()}`;
  const inserted = await database.query(
    `INSERT INTO signups
       (id, idempotency_key, kind, name, email, programme_id, training_uid, submission, demo,
        created_at, search_text)
     SELECT $1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::boolean,
            COALESCE($10::timestamptz, now()), $11
      WHERE NOT EXISTS (SELECT 1 FROM erased_idempotency_keys WHERE key_hash = $12)
     ON CONFLICT (idempotency_key) DO NOTHING`,
    [
      id,
      idempotencyKey,
      submission.kind,
      submission.person.name,
      submission.person.email,
      submission.programmeId ?? null,
      submission.trainingUid ?? null,
      JSON.stringify(submission),
      demo,
      createdAt ?? null,
      searchTextOf(submission),
      linkTokenHash(idempotencyKey),
    ],
    // Prepared: planning this INSERT cost more than running it, on both engines (issue 23).
    { name: 'store-signup' },
  );
  // Stored or not, by the row count: the id is ours already, and returning it cost PGlite a row
  // to write and read back (issue 23).
  if (inserted.rowCount === 1) return { outcome: 'created', id };
  const { storedId, erased } = await keyStatus(database, idempotencyKey);
  if (storedId) return { outcome: 'stored', id: storedId };
  if (erased) return { outcome: 'erased' };
  // Erased between the two statements: try once more, which will now insert.
  return storeSignup(database, idempotencyKey, submission, { demo, createdAt });
}

/**
 * Stores a submission as `storeSignup` does, for demo data and tests: the same key again
 * stores nothing and returns the first record's id. An erased key is an error here.
 */
export async function insertSignup(
  database: Queryable,
  idempotencyKey: string,
  submission: SignupSubmission,
  options: { demo?: boolean; createdAt?: Date } = {},
): Promise<InsertResult> {
  const stored = await storeSignup(database, idempotencyKey, submission, options);
  if (stored.outcome === 'erased') {
    throw new Error(`The signup under key ${idempotencyKey} was erased; it is not stored again.`);
  }
  return { created: stored.outcome === 'created', id: stored.id };
}

export interface SignupQuery {
  /** Words found in name, e-mail, profession, region or field, case and diacritics aside. */
  search?: string;
  kind?: SignupSubmission['kind'];
  limit?: number;
  /** Only these programmes' signups (a coordinator's scope); absent or 'all': every signup. */
  programmes?: 'all' | readonly string[];
  /** Leave out people marked withdrawn (whom nobody should propose). */
  withoutWithdrawn?: boolean;
}

export interface KeyStatus {
  /** The id of the signup stored under the key, if any. */
  storedId: string | undefined;
  /** Whether a signup stored under the key was erased (its replay must not store it again). */
  erased: boolean;
}

/**
 * What an idempotency key has come to, before a signup is stored under it: both questions in
 * one statement (on PGlite each statement is a turn of its own; issue 23).
 */
export async function keyStatus(database: Queryable, idempotencyKey: string): Promise<KeyStatus> {
  const found = await database.query<{ id: string | null; erased: boolean }>(
    `SELECT (SELECT id FROM signups WHERE idempotency_key = $1) AS id,
            EXISTS (SELECT 1 FROM erased_idempotency_keys WHERE key_hash = $2) AS erased`,
    [idempotencyKey, linkTokenHash(idempotencyKey)],
    { name: 'signup-key-status' },
  );
  const row = found.rows[0];
  return { storedId: row?.id ?? undefined, erased: row?.erased === true };
}

export async function listSignups(
  database: Queryable,
  { search, kind, limit = 500, programmes = 'all', withoutWithdrawn = false }: SignupQuery = {},
): Promise<StoredSignup[]> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  // Each word of the search, folded as the signups' search text is (people/search-text.ts),
  // somewhere in it: case and diacritics aside ("Lakare" finds Läkare). The fold keeps letters
  // and digits only, so neither LIKE's wildcards nor a NUL (which PostgreSQL refuses in a
  // parameter) reach the query; a search of punctuation alone searches nothing.
  for (const word of searchWords(search ?? '')) {
    params.push(`%${word}%`);
    conditions.push(`search_text LIKE $${params.length}`);
  }
  if (kind) {
    params.push(kind);
    conditions.push(`kind = $${params.length}`);
  }
  if (programmes !== 'all') {
    params.push([...programmes]);
    conditions.push(`programme_id = ANY($${params.length}::text[])`);
  }
  if (withoutWithdrawn) conditions.push('withdrawn_at IS NULL');
  params.push(Math.max(1, Math.min(limit, 10_000)));
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const result = await database.query<SignupRow>(
    `SELECT ${COLUMNS} FROM signups ${where} ORDER BY created_at DESC, id LIMIT $${params.length}`,
    params,
  );
  return result.rows.map(fromRow);
}

export async function getSignup(
  database: Queryable,
  id: string,
): Promise<StoredSignup | undefined> {
  const result = await database.query<SignupRow>(`SELECT ${COLUMNS} FROM signups WHERE id = $1`, [
    id,
  ]);
  return result.rows[0] ? fromRow(result.rows[0]) : undefined;
}

export async function countSignups(database: Queryable): Promise<number> {
  const result = await database.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM signups',
  );
  return Number(result.rows[0]?.count ?? 0);
}

export type ErasureResult =
  | { erased: true; signups: number; matches: number }
  | { erased: false; reason: 'not-found' | 'confirmation-mismatch' };

/**
 * GDPR erasure: deletes the signup and every other signup with the same e-mail address (the
 * same person), with their matches, their confirmation tokens and every mail in the outbox about
 * them (a coordinators' digest naming them too: it is a copy of their data). `confirmation` must be that e-mail address, typed by the
 * coordinator, so that a slip of the mouse erases nothing. The erasure log keeps counts only.
 */
export async function eraseSignup(
  database: Database,
  id: string,
  confirmation: string,
): Promise<ErasureResult> {
  return database.transaction(async (tx) => {
    const found = await tx.query<{ email: string }>('SELECT email FROM signups WHERE id = $1', [
      id,
    ]);
    const email = found.rows[0]?.email;
    if (email === undefined) return { erased: false, reason: 'not-found' } as const;
    if (confirmation.trim().toLowerCase() !== email.trim().toLowerCase()) {
      return { erased: false, reason: 'confirmation-mismatch' } as const;
    }
    const ids = await tx.query<{ id: string }>(
      'SELECT id FROM signups WHERE id = $1 OR lower(email) = lower($2)',
      [id, email],
    );
    const signupIds = ids.rows.map((row) => row.id);
    // Kept so that a replay of an erased submission (a browser that still holds its draft)
    // does not store the person again; the key is a random draft id, hashed all the same.
    await tx.query(
      `INSERT INTO erased_idempotency_keys (key_hash)
         SELECT ${keyHash('idempotency_key')} FROM signups
          WHERE id = ANY($1)
       ON CONFLICT (key_hash) DO NOTHING`,
      [signupIds],
    );
    const matches = await tx.query(
      'DELETE FROM matches WHERE mentor_signup_id = ANY($1) OR mentee_signup_id = ANY($1)',
      [signupIds],
    );
    await tx.query('DELETE FROM outbox WHERE signup_ids && $1::text[]', [signupIds]);
    await tx.query('DELETE FROM signup_confirmations WHERE signup_id = ANY($1)', [signupIds]);
    const signups = await tx.query('DELETE FROM signups WHERE id = ANY($1)', [signupIds]);
    await tx.query('INSERT INTO erasures (signups, matches) VALUES ($1, $2)', [
      signups.rowCount,
      matches.rowCount,
    ]);
    return { erased: true, signups: signups.rowCount, matches: matches.rowCount } as const;
  });
}
