// The report's raw counts, summed by the database (GROUP BY): one row per programme, demo flag
// and cohort, and one per programme, demo flag and follow-up round. The rows are as many as
// programmes times months (or rounds), whatever the number of matches, and nothing per person
// leaves the database. These counts are never sent anywhere as they are: report.ts suppresses
// them first.
import { MENTORING_HELP_LEVELS, WORK_SITUATIONS } from '@mentorkit/core';
import type { MentoringHelpLevel, WorkSituation } from '@mentorkit/core';
import type { Database, Queryable } from '../db/database.ts';

/** The zone a cohort's month is read in: the programme's, not the server's. */
export const REPORT_TIME_ZONE = 'Europe/Stockholm';

/** How long the report's queries may take on PostgreSQL before they are cancelled. */
const STATEMENT_TIMEOUT = '20s';

/** Which matches: all, or those of one programme (`null`: mentees with no programme). */
export interface ReportFilter {
  programmeId?: string | null;
}

/** A programme's matches of one month, by where they are now. */
export interface CohortCounts {
  programmeId: string | null;
  demo: boolean;
  /** `YYYY-MM`: the month (Stockholm time) the match was proposed in. */
  cohort: string;
  proposed: number;
  /** Still proposed: waiting for one or both answers. */
  waiting: number;
  active: number;
  paused: number;
  completed: number;
  closed: number;
  /** Of the closed: declined by the mentor or the mentee (a `declined` history row). */
  declined: number;
  /** Both people accepted, whatever happened after. */
  acceptedByBoth: number;
  /** The sum of the matches' meetings held. */
  meetingsHeld: number;
}

/** A programme's mentee follow-ups of one round. */
export interface RoundCounts {
  programmeId: string | null;
  demo: boolean;
  monthsAfterStart: number;
  /** Follow-ups sent (a row for the mentee), answered or not. */
  asked: number;
  answered: number;
  workSituation: Record<WorkSituation, number>;
  helped: Record<MentoringHelpLevel, number>;
}

export interface ReportCounts {
  cohorts: CohortCounts[];
  rounds: RoundCounts[];
}

/** `WHERE` for the mentee's programme; `$1` is the programme id when filtered. */
function programmeCondition(filter: ReportFilter): { sql: string; params: unknown[] } {
  if (filter.programmeId === undefined) return { sql: 'true', params: [] };
  if (filter.programmeId === null) return { sql: 'mentee.programme_id IS NULL', params: [] };
  return { sql: 'mentee.programme_id = $1', params: [filter.programmeId] };
}

interface CohortRow {
  programme_id: string | null;
  demo: boolean;
  cohort: string;
  proposed: number;
  waiting: number;
  active: number;
  paused: number;
  completed: number;
  closed: number;
  declined: number;
  accepted_by_both: number;
  meetings_held: number | string;
}

async function cohortCounts(tx: Queryable, filter: ReportFilter): Promise<CohortCounts[]> {
  const where = programmeCondition(filter);
  const zone = `$${where.params.length + 1}`;
  // The declined matches once each (a history may hold one declined row; DISTINCT all the
  // same), joined by hash rather than a subquery per match.
  const result = await tx.query<CohortRow>(
    `SELECT mentee.programme_id, m.demo,
            to_char(m.created_at AT TIME ZONE ${zone}::text, 'YYYY-MM') AS cohort,
            count(*)::int AS proposed,
            count(*) FILTER (WHERE m.status = 'proposed')::int AS waiting,
            count(*) FILTER (WHERE m.status = 'active')::int AS active,
            count(*) FILTER (WHERE m.status = 'paused')::int AS paused,
            count(*) FILTER (WHERE m.status = 'completed')::int AS completed,
            count(*) FILTER (WHERE m.status = 'closed')::int AS closed,
            count(*) FILTER (WHERE m.status = 'closed' AND d.match_id IS NOT NULL)::int AS declined,
            count(*) FILTER (WHERE m.mentor_accepted_at IS NOT NULL
                               AND m.mentee_accepted_at IS NOT NULL)::int AS accepted_by_both,
            coalesce(sum(m.meetings_held), 0)::bigint AS meetings_held
       FROM matches m
       JOIN signups mentee ON mentee.id = m.mentee_signup_id
       LEFT JOIN (SELECT DISTINCT match_id FROM match_events WHERE action = 'declined') d
         ON d.match_id = m.id
      WHERE ${where.sql}
      GROUP BY 1, 2, 3
      ORDER BY 2, 1 NULLS LAST, 3`,
    [...where.params, REPORT_TIME_ZONE],
  );
  return result.rows.map((row) => ({
    programmeId: row.programme_id,
    demo: row.demo,
    cohort: row.cohort,
    proposed: Number(row.proposed),
    waiting: Number(row.waiting),
    active: Number(row.active),
    paused: Number(row.paused),
    completed: Number(row.completed),
    closed: Number(row.closed),
    declined: Number(row.declined),
    acceptedByBoth: Number(row.accepted_by_both),
    meetingsHeld: Number(row.meetings_held),
  }));
}

interface RoundRow {
  programme_id: string | null;
  demo: boolean;
  months_after_start: number;
  answered: boolean;
  work_situation: string | null;
  helped: string | null;
  n: number;
}

const isOneOf = <Value extends string>(values: readonly Value[], value: unknown): value is Value =>
  values.includes(value as Value);

async function roundCounts(tx: Queryable, filter: ReportFilter): Promise<RoundCounts[]> {
  const where = programmeCondition(filter);
  // Grouped by the answers too (each read once per row), at most 2 x 6 x 5 rows per programme
  // and round, summed up here: nine FILTERs each reading the JSON took 3 times as long on PGlite.
  const result = await tx.query<RoundRow>(
    `SELECT mentee.programme_id, m.demo, f.months_after_start,
            f.answered_at IS NOT NULL AS answered,
            f.answers ->> 'workSituation' AS work_situation,
            f.answers ->> 'helped' AS helped,
            count(*)::int AS n
       FROM follow_ups f
       JOIN matches m ON m.id = f.match_id
       JOIN signups mentee ON mentee.id = m.mentee_signup_id
      WHERE f.role = 'mentee' AND ${where.sql}
      GROUP BY 1, 2, 3, 4, 5, 6
      ORDER BY 2, 1 NULLS LAST, 3`,
    where.params,
  );
  const rounds = new Map<string, RoundCounts>();
  for (const row of result.rows) {
    const key = JSON.stringify([row.demo, row.programme_id, Number(row.months_after_start)]);
    let round = rounds.get(key);
    if (!round) {
      round = {
        programmeId: row.programme_id,
        demo: row.demo,
        monthsAfterStart: Number(row.months_after_start),
        asked: 0,
        answered: 0,
        workSituation: Object.fromEntries(WORK_SITUATIONS.map((value) => [value, 0])) as Record<
          WorkSituation,
          number
        >,
        helped: Object.fromEntries(MENTORING_HELP_LEVELS.map((value) => [value, 0])) as Record<
          MentoringHelpLevel,
          number
        >,
      };
      rounds.set(key, round);
    }
    const n = Number(row.n);
    round.asked += n;
    if (!row.answered) continue;
    round.answered += n;
    if (isOneOf(WORK_SITUATIONS, row.work_situation)) round.workSituation[row.work_situation] += n;
    if (isOneOf(MENTORING_HELP_LEVELS, row.helped)) round.helped[row.helped] += n;
  }
  return [...rounds.values()];
}

/**
 * The counts of every programme (or one), in one read-only transaction, so that the matches and
 * the follow-ups are of one moment. On PostgreSQL a statement taking longer than 20 s is
 * cancelled rather than left to load the database.
 */
export async function aggregateReport(
  database: Database,
  filter: ReportFilter = {},
): Promise<ReportCounts> {
  return database.transaction(async (tx) => {
    if (database.engine === 'postgres') {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      await tx.query(`SET LOCAL statement_timeout = '${STATEMENT_TIMEOUT}'`);
    }
    const cohorts = await cohortCounts(tx, filter);
    const rounds = await roundCounts(tx, filter);
    return { cohorts, rounds };
  });
}
