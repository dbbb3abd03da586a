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
 * The people in a match that is running or ran (`matched_people`) and in a proposal
 * (`proposed_people`): CTEs of the list's query, read by `IN`, which PostgreSQL answers from a
 * hash built once per query. Not a join on a per-person aggregate: the planner cannot estimate
 * how many rows such a GROUP BY gives and chose a nested loop over 10,000 signups × 3,000
 * match sides (18 s on PostgreSQL in `npm run bench people`).
 */
export const MATCH_STATE_CTE = `matched_people AS (
    SELECT mentor_signup_id AS person_id FROM matches
     WHERE status IN ('active', 'paused', 'completed')
    UNION ALL
    SELECT mentee_signup_id FROM matches WHERE status IN ('active', 'paused', 'completed')),
  proposed_people AS (
    SELECT mentor_signup_id AS person_id FROM matches WHERE status = 'proposed'
    UNION ALL
    SELECT mentee_signup_id FROM matches WHERE status = 'proposed')`;

/** The status of signup `s` (under MATCH_STATE_CTE). */
export const STATUS_SQL = `CASE
  WHEN s.withdrawn_at IS NOT NULL THEN 'withdrawn'
  WHEN s.id IN (SELECT person_id FROM matched_people) THEN 'matched'
  WHEN s.id IN (SELECT person_id FROM proposed_people) THEN 'contacted'
  WHEN s.confirmed_at IS NOT NULL THEN 'confirmed'
  ELSE 'new' END`;

/** The order statuses sort in: the lifecycle's. */
export const statusRankSql = (status: string) => `CASE ${status}
  WHEN 'new' THEN 0 WHEN 'confirmed' THEN 1 WHEN 'contacted' THEN 2
  WHEN 'matched' THEN 3 ELSE 4 END`;
