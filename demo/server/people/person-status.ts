// A person's status in the coordinator's list, derived from what is stored rather than kept
// beside it, so that it cannot drift from the match lifecycle (match-lifecycle/transitions.ts)
// whichever path changes a match: the lifecycle, a participant's link, an erasure.
//   withdrawn  a coordinator marked them withdrawn (withdrawal.ts), whatever else holds;
//   matched    in a match that is active, paused or completed (they have, or had, their pair);
//   contacted  proposed a match they have not both accepted yet (the proposal mailed them);
//   confirmed  opened the link of their confirmation mail (double opt-in);
//   new        none of these yet.
// A declined or closed match counts for nothing: the person is available again.

export const PERSON_STATUSES = ['new', 'confirmed', 'contacted', 'matched', 'withdrawn'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export function isPersonStatus(value: string): value is PersonStatus {
  return (PERSON_STATUSES as readonly string[]).includes(value);
}

/**
 * Each person's match state, one row per person who is in any match: a CTE for the list's
 * query (`match_state`), read once for the whole page rather than per row.
 */
export const MATCH_STATE_CTE = `match_state AS (
  SELECT person_id,
         bool_or(status IN ('active', 'paused', 'completed')) AS matched,
         bool_or(status = 'proposed') AS proposed
    FROM (SELECT mentor_signup_id AS person_id, status FROM matches
          UNION ALL
          SELECT mentee_signup_id, status FROM matches) AS people_in_matches
   GROUP BY person_id)`;

/** The status of signup `s` joined to `ms` (its match_state row, or NULLs). */
export const STATUS_SQL = `CASE
  WHEN s.withdrawn_at IS NOT NULL THEN 'withdrawn'
  WHEN ms.matched THEN 'matched'
  WHEN ms.proposed THEN 'contacted'
  WHEN s.confirmed_at IS NOT NULL THEN 'confirmed'
  ELSE 'new' END`;

/** The order statuses sort in: the lifecycle's. */
export const STATUS_RANK_SQL = `CASE status
  WHEN 'new' THEN 0 WHEN 'confirmed' THEN 1 WHEN 'contacted' THEN 2
  WHEN 'matched' THEN 3 ELSE 4 END`;
