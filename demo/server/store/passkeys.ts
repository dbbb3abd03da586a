// Coordinators' passkeys (WebAuthn credentials) and the challenges of their ceremonies. A
// passkey is a public key: the table alone signs nobody in. A challenge is single use (taken by
// deleting it) and lives PASSKEY_CHALLENGE_TTL_MS; a registration's names its account, a
// sign-in's names none (the passkey says whose it is).
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import { optionalIso, toIso } from './rows.ts';

export const PASSKEY_CHALLENGE_TTL_MS = 5 * 60_000;

export type ChallengePurpose = 'registration' | 'sign-in';

export interface StoredPasskey {
  /** The credential's id, base64url. */
  id: string;
  coordinatorId: string;
  /** The public key (COSE), base64url. */
  publicKey: string;
  counter: number;
  transports: string[];
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

interface PasskeyRow {
  id: string;
  coordinator_id: string;
  public_key: string;
  counter: number | string;
  transports: string[] | null;
  name: string;
  created_at: unknown;
  last_used_at: unknown;
}

const fromRow = (row: PasskeyRow): StoredPasskey => ({
  id: row.id,
  coordinatorId: row.coordinator_id,
  publicKey: row.public_key,
  counter: Number(row.counter),
  transports: row.transports ?? [],
  name: row.name,
  createdAt: toIso(row.created_at),
  lastUsedAt: optionalIso(row.last_used_at) ?? null,
});

export async function saveChallenge(
  database: Queryable,
  challenge: { value: string; purpose: ChallengePurpose; coordinatorId?: string; now: Date },
): Promise<void> {
  await database.query(
    `INSERT INTO coordinator_passkey_challenges (challenge, coordinator_id, purpose, expires_at)
     VALUES ($1, $2, $3, $4)`,
    [
      challenge.value,
      challenge.coordinatorId ?? null,
      challenge.purpose,
      new Date(challenge.now.getTime() + PASSKEY_CHALLENGE_TTL_MS),
    ],
  );
}

/**
 * Takes a challenge once: true (with its account, for a registration) when it was issued for
 * `purpose`, has not expired and was not taken before; it is gone either way.
 */
export async function takeChallenge(
  tx: Queryable,
  value: string,
  purpose: ChallengePurpose,
  now: Date,
): Promise<{ coordinatorId: string | null } | undefined> {
  const taken = await tx.query<{ coordinator_id: string | null; expires_at: unknown }>(
    `DELETE FROM coordinator_passkey_challenges WHERE challenge = $1 AND purpose = $2
     RETURNING coordinator_id, expires_at`,
    [value, purpose],
  );
  const row = taken.rows[0];
  if (!row || new Date(toIso(row.expires_at)) <= now) return undefined;
  return { coordinatorId: row.coordinator_id };
}

export async function insertPasskey(
  tx: Queryable,
  passkey: Omit<StoredPasskey, 'createdAt' | 'lastUsedAt'> & { now: Date },
): Promise<boolean> {
  const inserted = await tx.query(
    `INSERT INTO coordinator_passkeys
       (id, coordinator_id, public_key, counter, transports, name, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
    [
      passkey.id,
      passkey.coordinatorId,
      passkey.publicKey,
      passkey.counter,
      JSON.stringify(passkey.transports),
      passkey.name,
      passkey.now,
    ],
  );
  return inserted.rowCount > 0;
}

export async function getPasskey(
  tx: Queryable,
  id: string,
  lock = false,
): Promise<StoredPasskey | undefined> {
  const found = await tx.query<PasskeyRow>(
    `SELECT * FROM coordinator_passkeys WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return found.rows[0] ? fromRow(found.rows[0]) : undefined;
}

export async function listPasskeys(
  database: Queryable,
  coordinatorId: string,
): Promise<StoredPasskey[]> {
  const found = await database.query<PasskeyRow>(
    'SELECT * FROM coordinator_passkeys WHERE coordinator_id = $1 ORDER BY created_at, id',
    [coordinatorId],
  );
  return found.rows.map(fromRow);
}

/** Records a use: the authenticator's new counter and when. */
export async function markPasskeyUsed(
  tx: Queryable,
  id: string,
  counter: number,
  now: Date,
): Promise<void> {
  await tx.query('UPDATE coordinator_passkeys SET counter = $2, last_used_at = $3 WHERE id = $1', [
    id,
    counter,
    now,
  ]);
}

export async function deletePasskey(
  database: Queryable,
  coordinatorId: string,
  id: string,
): Promise<boolean> {
  const deleted = await database.query(
    'DELETE FROM coordinator_passkeys WHERE id = $1 AND coordinator_id = $2',
    [id, coordinatorId],
  );
  return deleted.rowCount > 0;
}

/** A stable, opaque WebAuthn user handle for an account (never its address). */
export const userHandleOf = (coordinatorId: string): string => coordinatorId;

export const newPasskeyName = (): string => `Passkey ${randomUUID().slice(0, 4)}`;
