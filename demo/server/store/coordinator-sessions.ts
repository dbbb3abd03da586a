// Coordinators' sign-in links (single use, short-lived) and sessions. Both tokens are the
// link tokens of every mailed link (store/link-token.ts): only their SHA-256 is stored, so the
// tables alone sign nobody in. A session ends when signed out, after SESSION_IDLE_MS without a
// request, or SESSION_MAX_MS after it began, whichever comes first.
import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import { isLinkTokenShaped, linkTokenHash, newLinkToken } from './link-token.ts';

/** A sign-in link works this long, once. */
export const SIGN_IN_LINK_TTL_MS = 20 * 60_000;
/** An invitation's link works this long, once (the invitee may be away for a few days). */
export const INVITATION_LINK_TTL_MS = 7 * 86_400_000;

/**
 * 'invitation' links sign in an invited account and activate it; 'sign-in' links (asked for
 * by the person) sign in active accounts only. Neither signs in a revoked account.
 */
export type LinkPurpose = 'sign-in' | 'invitation';

const LINK_TTL_MS: Record<LinkPurpose, number> = {
  'sign-in': SIGN_IN_LINK_TTL_MS,
  invitation: INVITATION_LINK_TTL_MS,
};

/** The links that can still be spent: unused, unexpired, and of an account they may sign in. */
const USABLE_LINK = `
  l.token_hash = $1 AND l.used_at IS NULL AND l.expires_at > $2
  AND c.id = l.coordinator_id AND c.revoked_at IS NULL
  AND (l.purpose = 'invitation' OR c.activated_at IS NOT NULL OR c.bootstrap)`;
/** A session without a request for this long has ended. */
export const SESSION_IDLE_MS = 2 * 3_600_000;
/** A session ends this long after sign-in, however busy. */
export const SESSION_MAX_MS = 12 * 3_600_000;

export async function createSignInLink(
  tx: Queryable,
  coordinatorId: string,
  now: Date,
  purpose: LinkPurpose = 'sign-in',
): Promise<{ token: string; expiresAt: Date }> {
  const token = newLinkToken();
  const expiresAt = new Date(now.getTime() + LINK_TTL_MS[purpose]);
  await tx.query(
    `INSERT INTO coordinator_sign_in_links
       (token_hash, coordinator_id, created_at, expires_at, purpose)
     VALUES ($1, $2, $3, $4, $5)`,
    [linkTokenHash(token), coordinatorId, now, expiresAt, purpose],
  );
  return { token, expiresAt };
}

/**
 * Spends a link: the account's id when the link is usable (USABLE_LINK), and from now on used;
 * an invitation's link activates its account too. A second use finds it used (the row is
 * locked, so two at once cannot both).
 */
export async function useSignInLink(
  tx: Queryable,
  token: string,
  now: Date,
): Promise<string | undefined> {
  if (!isLinkTokenShaped(token)) return undefined;
  const used = await tx.query<{ coordinator_id: string; purpose: LinkPurpose }>(
    `UPDATE coordinator_sign_in_links l SET used_at = $2
       FROM coordinators c
      WHERE ${USABLE_LINK}
      RETURNING l.coordinator_id, l.purpose`,
    [linkTokenHash(token), now],
  );
  const link = used.rows[0];
  if (link?.purpose === 'invitation') {
    await tx.query(
      'UPDATE coordinators SET activated_at = coalesce(activated_at, $2) WHERE id = $1',
      [link.coordinator_id, now],
    );
  }
  return link?.coordinator_id;
}

/** What a link could still do (the page before its button says so): undefined when nothing. */
export async function signInLinkUsable(
  database: Queryable,
  token: string,
  now: Date,
): Promise<LinkPurpose | undefined> {
  if (!isLinkTokenShaped(token)) return undefined;
  const found = await database.query<{ purpose: LinkPurpose }>(
    `SELECT l.purpose FROM coordinator_sign_in_links l, coordinators c WHERE ${USABLE_LINK}`,
    [linkTokenHash(token), now],
  );
  return found.rows[0]?.purpose;
}

export interface NewSession {
  /** The cookie's value: the session's key, never stored. */
  token: string;
  /** Sent back in X-CSRF-Token with every change. */
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  tx: Queryable,
  coordinatorId: string,
  now: Date,
): Promise<NewSession> {
  const token = newLinkToken();
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_MAX_MS);
  await tx.query(
    `INSERT INTO coordinator_sessions
       (token_hash, coordinator_id, csrf_token, created_at, last_seen_at, expires_at)
     VALUES ($1, $2, $3, $4, $4, $5)`,
    [linkTokenHash(token), coordinatorId, csrfToken, now, expiresAt],
  );
  return { token, csrfToken, expiresAt };
}

export interface LiveSession {
  coordinatorId: string;
  csrfToken: string;
}

/**
 * The session of a cookie's token, when it has not ended; its idle clock starts again. An
 * ended session's row is deleted on the way.
 */
export async function touchSession(
  database: Queryable,
  token: string,
  now: Date,
): Promise<LiveSession | undefined> {
  if (!isLinkTokenShaped(token)) return undefined;
  const hash = linkTokenHash(token);
  const idleSince = new Date(now.getTime() - SESSION_IDLE_MS);
  const found = await database.query<{ coordinator_id: string; csrf_token: string }>(
    `UPDATE coordinator_sessions SET last_seen_at = $2
      WHERE token_hash = $1 AND expires_at > $2 AND last_seen_at > $3
      RETURNING coordinator_id, csrf_token`,
    [hash, now, idleSince],
  );
  const row = found.rows[0];
  if (!row) {
    await database.query('DELETE FROM coordinator_sessions WHERE token_hash = $1', [hash]);
    return undefined;
  }
  return { coordinatorId: row.coordinator_id, csrfToken: row.csrf_token };
}

export async function endSession(database: Queryable, token: string): Promise<void> {
  if (!isLinkTokenShaped(token)) return;
  await database.query('DELETE FROM coordinator_sessions WHERE token_hash = $1', [
    linkTokenHash(token),
  ]);
}

/** Deletes ended sessions, spent or expired links and expired passkey challenges (nightly). */
export async function deleteEndedSessions(database: Queryable, now: Date): Promise<number> {
  const idleSince = new Date(now.getTime() - SESSION_IDLE_MS);
  const sessions = await database.query(
    'DELETE FROM coordinator_sessions WHERE expires_at <= $1 OR last_seen_at <= $2',
    [now, idleSince],
  );
  const links = await database.query(
    'DELETE FROM coordinator_sign_in_links WHERE expires_at <= $1 OR used_at IS NOT NULL',
    [now],
  );
  const challenges = await database.query(
    'DELETE FROM coordinator_passkey_challenges WHERE expires_at <= $1',
    [now],
  );
  return sessions.rowCount + links.rowCount + challenges.rowCount;
}
