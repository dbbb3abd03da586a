// The funder's report: per programme (the mentee's) and cohort (the month, Stockholm time, the
// match was proposed in), what became of the matches, and per follow-up round what the mentees
// answered about their work. Every count goes through suppression.ts before it is returned: this
// is what the API, the coordinator view and the CSV get, never the raw counts.
import { MENTORING_HELP_LEVELS, WORK_SITUATIONS } from '@mentorkit/core';
import type { MentoringHelpLevel, WorkSituation } from '@mentorkit/core';
import type { Database } from '../db/database.ts';
import {
  aggregateReport,
  REPORT_TIME_ZONE,
  type CohortCounts,
  type ReportFilter,
  type RoundCounts,
} from './aggregate.ts';
import {
  HIDDEN,
  MIN_CELL,
  suppressCount,
  suppressPartition,
  withShare,
  type SuppressedCount,
  type SuppressedShare,
} from './suppression.ts';

export type { SuppressedCount, SuppressedShare } from './suppression.ts';

/** The round whose qualified-job share is the headline (when the programme has it). */
export const HEADLINE_ROUND = 12;

export interface CohortReport {
  /** `YYYY-MM`, Stockholm time. */
  cohort: string;
  proposed: SuppressedCount;
  /** Still waiting for one or both answers. */
  waiting: SuppressedCount;
  acceptedByBoth: SuppressedCount;
  active: SuppressedCount;
  paused: SuppressedCount;
  completed: SuppressedCount;
  closed: SuppressedCount;
  /** Of the closed, declined by the mentor or the mentee. */
  declined: SuppressedCount;
  /** Meetings, not people: hidden with the cohort when its matches are under 5. */
  meetingsHeld: SuppressedCount;
}

export interface RoundReport {
  monthsAfterStart: number;
  /** Mentees sent this round's follow-up. */
  asked: SuppressedCount;
  answered: SuppressedCount;
  /** False when fewer than 5 answered (or the answered count is hidden): no shares at all. */
  sharesShown: boolean;
  /** Shares of the answers. */
  workSituation: Record<WorkSituation, SuppressedShare>;
  helped: Record<MentoringHelpLevel, SuppressedShare>;
}

export interface Headline {
  monthsAfterStart: number;
  /** Share of the answers: a job in their field or one that asks for their qualifications. */
  qualifiedJobShare: number;
  answered: number;
}

export interface ProgrammeReport {
  /** The mentees' programme; null: mentees who signed up for no programme. */
  programmeId: string | null;
  /** Fictional demo data (seeded on first start), reported apart and never mixed in. */
  demo: boolean;
  cohorts: CohortReport[];
  rounds: RoundReport[];
  /** "X % in qualified jobs at 12 months (n = N)"; absent when that round or share is hidden. */
  headline?: Headline;
}

export interface Report {
  generatedAt: string;
  timeZone: typeof REPORT_TIME_ZONE;
  /** Counts under this are hidden. */
  minimumCell: typeof MIN_CELL;
  /** The programme asked for (`?programme=`), if any; null: no programme. */
  programmeId?: string | null;
  programmes: ProgrammeReport[];
}

export function suppressCohort(counts: CohortCounts): CohortReport {
  const { proposed, waiting, active, paused, completed, closed, declined } = counts;
  const statuses = suppressPartition(proposed, [waiting, active, paused, completed, closed]);
  // "Accepted by both" and the rest of the proposed; "declined" and the rest of the closed: the
  // rest is not shown, but can be worked out, so each pair is a row of its own.
  const accepted = suppressPartition(proposed, [
    counts.acceptedByBoth,
    proposed - counts.acceptedByBoth,
  ]);
  const closedCell = statuses.cells[4]!;
  const declines = suppressPartition(closed, [declined, closed - declined], {
    hideAll: closedCell.suppressed,
  });
  const [waitingCell, activeCell, pausedCell, completedCell] = statuses.cells as [
    SuppressedCount,
    SuppressedCount,
    SuppressedCount,
    SuppressedCount,
  ];
  return {
    cohort: counts.cohort,
    proposed: statuses.total,
    waiting: waitingCell,
    acceptedByBoth: accepted.cells[0]!,
    active: activeCell,
    paused: pausedCell,
    completed: completedCell,
    closed: closedCell,
    declined: declines.cells[0]!,
    meetingsHeld: statuses.total.suppressed
      ? HIDDEN
      : { suppressed: false, count: counts.meetingsHeld },
  };
}

function suppressShares<Key extends string>(
  keys: readonly Key[],
  counts: Record<Key, number>,
  answered: number,
  showShares: boolean,
): Record<Key, SuppressedShare> {
  const values = keys.map((key) => counts[key]);
  // Answers without this question (none by the schema) are a cell of their own, never shown.
  const rest = answered - values.reduce((a, b) => a + b, 0);
  const row = suppressPartition(answered, rest > 0 ? [...values, rest] : values, {
    hideAll: !showShares,
  });
  return Object.fromEntries(
    keys.map((key, i) => [key, withShare(row.cells[i]!, answered)]),
  ) as Record<Key, SuppressedShare>;
}

export function suppressRound(counts: RoundCounts): RoundReport {
  const { asked, answered } = counts;
  // Asked and answered are each a count of their own: whether someone answered a follow-up is
  // nobody's outcome, and treating the two as a row would hide every round all answered.
  const answeredCell = suppressCount(answered);
  const sharesShown = !answeredCell.suppressed;
  return {
    monthsAfterStart: counts.monthsAfterStart,
    asked: suppressCount(asked),
    answered: answeredCell,
    sharesShown,
    workSituation: suppressShares(WORK_SITUATIONS, counts.workSituation, answered, sharesShown),
    helped: suppressShares(MENTORING_HELP_LEVELS, counts.helped, answered, sharesShown),
  };
}

function headlineOf(rounds: readonly RoundReport[]): Headline | undefined {
  const round = rounds.find((r) => r.monthsAfterStart === HEADLINE_ROUND);
  const qualified = round?.workSituation['qualified-job'];
  if (!round || !qualified || qualified.suppressed || round.answered.suppressed) return undefined;
  return {
    monthsAfterStart: round.monthsAfterStart,
    qualifiedJobShare: qualified.share,
    answered: round.answered.count,
  };
}

const groupKey = (row: { programmeId: string | null; demo: boolean }) =>
  JSON.stringify([row.demo, row.programmeId]);

/** Suppressed report from raw counts (exported for tests; the routes call `buildReport`). */
export function reportFromCounts(
  cohorts: readonly CohortCounts[],
  rounds: readonly RoundCounts[],
  generatedAt: Date,
): Report {
  const programmes = new Map<string, ProgrammeReport>();
  const programmeOf = (row: { programmeId: string | null; demo: boolean }) => {
    const key = groupKey(row);
    let programme = programmes.get(key);
    if (!programme) {
      programme = { programmeId: row.programmeId, demo: row.demo, cohorts: [], rounds: [] };
      programmes.set(key, programme);
    }
    return programme;
  };
  for (const row of cohorts) programmeOf(row).cohorts.push(suppressCohort(row));
  for (const row of rounds) programmeOf(row).rounds.push(suppressRound(row));
  const list = [...programmes.values()];
  for (const programme of list) {
    const headline = headlineOf(programme.rounds);
    if (headline) programme.headline = headline;
  }
  // Real programmes first (by id, no programme last), then the demo data.
  list.sort(
    (a, b) =>
      Number(a.demo) - Number(b.demo) ||
      Number(a.programmeId === null) - Number(b.programmeId === null) ||
      (a.programmeId ?? '').localeCompare(b.programmeId ?? ''),
  );
  return {
    generatedAt: generatedAt.toISOString(),
    timeZone: REPORT_TIME_ZONE,
    minimumCell: MIN_CELL,
    programmes: list,
  };
}

/** The report of every programme, or of one (`programmeId` null: mentees with none). */
export async function buildReport(
  database: Database,
  filter: ReportFilter,
  now: Date,
): Promise<Report> {
  const counts = await aggregateReport(database, filter);
  const report = reportFromCounts(counts.cohorts, counts.rounds, now);
  return filter.programmeId === undefined ? report : { ...report, programmeId: filter.programmeId };
}
