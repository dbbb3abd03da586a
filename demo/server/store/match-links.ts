// Each participant's own link to their match card: a random token (256 bits, nothing personal
// in it), of which only the SHA-256 is stored, so the table alone opens nothing. A link expires
// (60 days by default), a coordinator can revoke it and issue a new one, and it goes with its
// match. The token alone says which match and whose link: the URL names neither.
import type { Queryable } from '../db/database.ts';
import { isLinkTokenShaped, linkTokenHash, newLinkToken } from './link-token.ts';
import type { MatchRole } from './match-history.ts';
import { optionalIso, toDate } from './rows.ts';

export async function createMatchLink(
  tx: Queryable,
  matchId: string,
  role: MatchRole,
  now: Date,
  expiresAt: Date,
): Promise<string> {
  const token = newLinkToken();
  await tx.query(
    `INSERT INTO match_links (token_hash, match_id, role, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [linkTokenHash(token), matchId, role, now, expiresAt],
  );
  return token;
}

export type LinkState =
  | { kind: 'unknown' }
  | { kind: 'expired' | 'revoked'; matchId: string; role: MatchRole }
  | { kind: 'valid'; matchId: string; role: MatchRole };

interface LinkRow {
  match_id: string;
  role: MatchRole;
  expires_at: unknown;
  revoked_at: unknown;
}

export async function readMatchLink(
  database: Queryable,
  token: string,
  now: Date,
): Promise<LinkState> {
  if (!isLinkTokenShaped(token)) return { kind: 'unknown' };
  const result = await database.query<LinkRow>(
    'SELECT match_id, role, expires_at, revoked_at FROM match_links WHERE token_hash = $1',
    [linkTokenHash(token)],
  );
  const row = result.rows[0];
  if (!row) return { kind: 'unknown' };
  const found = { matchId: row.match_id, role: row.role };
  if (row.revoked_at !== null) return { kind: 'revoked', ...found };
  if (toDate(row.expires_at) <= now) return { kind: 'expired', ...found };
  return { kind: 'valid', ...found };
}

/** Revokes every link of `role` to the match that is not revoked yet; how many it revoked. */
export async function revokeMatchLinks(
  tx: Queryable,
  matchId: string,
  role: MatchRole,
  now: Date,
): Promise<number> {
  const result = await tx.query(
    `UPDATE match_links SET revoked_at = $3
      WHERE match_id = $1 AND role = $2 AND revoked_at IS NULL`,
    [matchId, role, now],
  );
  return result.rowCount;
}

export interface LinkSummary {
  /** The newest link's expiry, or null when the person has none. */
  expiresAt: string | null;
  /** Whether a link that is neither revoked nor expired exists. */
  usable: boolean;
}

/** Per match and role: whether the person can still open their card (the coordinator view). */
export async function summariseMatchLinks(
  database: Queryable,
  matchIds: readonly string[],
  now: Date,
): Promise<Map<string, Record<MatchRole, LinkSummary>>> {
  const result = await database.query<{
    match_id: string;
    role: MatchRole;
    expires_at: unknown;
    usable: boolean;
  }>(
    `SELECT match_id, role, max(expires_at) AS expires_at,
            bool_or(revoked_at IS NULL AND expires_at > $2) AS usable
       FROM match_links WHERE match_id = ANY($1) GROUP BY match_id, role`,
    [[...matchIds], now],
  );
  const empty = (): LinkSummary => ({ expiresAt: null, usable: false });
  const byMatch = new Map(matchIds.map((id) => [id, { mentor: empty(), mentee: empty() }]));
  for (const row of result.rows) {
    const summary = byMatch.get(row.match_id);
    if (summary) {
      summary[row.role] = { expiresAt: optionalIso(row.expires_at) ?? null, usable: row.usable };
    }
  }
  return byMatch;
}
