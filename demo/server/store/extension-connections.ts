// The mentor's extension connected to a match: a random token (256 bits) of which only the
// SHA-256 is stored, one connection per match (connecting again replaces the earlier one, whose
// token stops working). The token lets the extension write that match's session summaries and
// nothing else; it goes with its match.
import type { Queryable } from '../db/database.ts';
import { isLinkTokenShaped, linkTokenHash, newLinkToken } from './link-token.ts';

/** Connects (or reconnects) the match's extension; the new token, shown once. */
export async function replaceExtensionConnection(
  tx: Queryable,
  matchId: string,
  now: Date,
): Promise<string> {
  const token = newLinkToken();
  await tx.query('DELETE FROM extension_connections WHERE match_id = $1', [matchId]);
  await tx.query(
    `INSERT INTO extension_connections (token_hash, match_id, created_at) VALUES ($1, $2, $3)`,
    [linkTokenHash(token), matchId, now],
  );
  return token;
}

/** The match a connection token writes to, or undefined for an unknown token. */
export async function connectedMatchId(
  database: Queryable,
  token: string,
  now: Date,
): Promise<string | undefined> {
  if (!isLinkTokenShaped(token)) return undefined;
  const result = await database.query<{ match_id: string }>(
    `UPDATE extension_connections SET last_used_at = $2 WHERE token_hash = $1 RETURNING match_id`,
    [linkTokenHash(token), now],
  );
  return result.rows[0]?.match_id;
}

export async function deleteExtensionConnection(tx: Queryable, matchId: string): Promise<void> {
  await tx.query('DELETE FROM extension_connections WHERE match_id = $1', [matchId]);
}

/** The matches whose mentor has the extension connected now. */
export async function connectedMatches(
  database: Queryable,
  matchIds: readonly string[],
): Promise<Set<string>> {
  const result = await database.query<{ match_id: string }>(
    'SELECT match_id FROM extension_connections WHERE match_id = ANY($1)',
    [[...matchIds]],
  );
  return new Set(result.rows.map((row) => row.match_id));
}
