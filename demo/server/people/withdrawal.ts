// A coordinator marks a person withdrawn (they left the programme, or asked not to be
// matched) and can take it back: nothing is deleted, their matches stay as they were, and
// the candidates' list leaves them out while it holds (coordinator-routes.ts).
import type { Queryable } from '../db/database.ts';
import { optionalIso } from '../store/rows.ts';

/** The signup's withdrawal after the change; undefined: no such signup. */
export async function setWithdrawn(
  database: Queryable,
  signupId: string,
  withdrawn: boolean,
  now: Date,
): Promise<{ withdrawnAt: string | null } | undefined> {
  // Withdrawing twice keeps the first time: a second click says nothing new.
  const changed = await database.query<{ withdrawn_at: unknown }>(
    withdrawn
      ? 'UPDATE signups SET withdrawn_at = COALESCE(withdrawn_at, $2) WHERE id = $1 RETURNING withdrawn_at'
      : 'UPDATE signups SET withdrawn_at = NULL WHERE id = $1 AND $2::timestamptz IS NOT NULL RETURNING withdrawn_at',
    [signupId, now],
  );
  const row = changed.rows[0];
  return row ? { withdrawnAt: optionalIso(row.withdrawn_at) ?? null } : undefined;
}
