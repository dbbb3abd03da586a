// Double opt-in: a signup counts once its person opens the link in the confirmation mail. The
// link carries a random token (256 bits, nothing personal); only its SHA-256 is stored, so the
// table alone confirms nobody. A token expires (7 days by default) and is gone with its signup.
import type { Database, Queryable } from '../db/database.ts';
import { linkTokenHash, newLinkToken } from './link-token.ts';
import { toDate } from './rows.ts';

/** A new token for the signup, valid until `expiresAt`. */
export async function createConfirmationToken(
  database: Queryable,
  signupId: string,
  now: Date,
  expiresAt: Date,
): Promise<string> {
  const token = newLinkToken();
  await database.query(
    `INSERT INTO signup_confirmations (token_hash, signup_id, created_at, expires_at)
     VALUES ($1, $2, $3, $4)`,
    [linkTokenHash(token), signupId, now, expiresAt],
  );
  return token;
}

export type TokenState =
  | { kind: 'unknown' }
  | { kind: 'expired'; locale: string }
  | { kind: 'pending' | 'confirmed'; locale: string; signupId: string; role: SignupRole };

type SignupRole = 'mentor' | 'mentee';

interface TokenRow {
  signup_id: string;
  expires_at: unknown;
  confirmed_at: unknown;
  locale: string | null;
  role: SignupRole;
}

async function readToken(database: Queryable, token: string, now: Date): Promise<TokenState> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { kind: 'unknown' };
  const result = await database.query<TokenRow>(
    `SELECT c.signup_id, c.expires_at, s.confirmed_at, s.kind AS role,
            s.submission->>'locale' AS locale
       FROM signup_confirmations c JOIN signups s ON s.id = c.signup_id
      WHERE c.token_hash = $1`,
    [linkTokenHash(token)],
  );
  const row = result.rows[0];
  if (!row) return { kind: 'unknown' };
  const locale = row.locale ?? 'sv';
  const found = { locale, signupId: row.signup_id, role: row.role };
  // Once confirmed, the link keeps saying so (a person opens a mail twice), expired or not.
  if (row.confirmed_at !== null) return { kind: 'confirmed', ...found };
  if (toDate(row.expires_at) <= now) return { kind: 'expired', locale };
  return { kind: 'pending', ...found };
}

/** What the link stands for now, without changing anything (the page before the button). */
export function inspectConfirmationToken(database: Queryable, token: string, now: Date) {
  return readToken(database, token, now);
}

/**
 * Confirms the token's signup: `confirmed` the first time, `already-confirmed` after; a signup's
 * confirmed_at is set once and never moved.
 */
export async function confirmSignup(
  database: Database,
  token: string,
  now: Date,
): Promise<
  TokenState | { kind: 'already-confirmed'; locale: string; signupId: string; role: SignupRole }
> {
  return database.transaction(async (tx) => {
    const state = await readToken(tx, token, now);
    if (state.kind === 'confirmed') return { ...state, kind: 'already-confirmed' as const };
    if (state.kind !== 'pending') return state;
    await tx.query('UPDATE signups SET confirmed_at = $2 WHERE id = $1 AND confirmed_at IS NULL', [
      state.signupId,
      now,
    ]);
    return { ...state, kind: 'confirmed' as const };
  });
}
