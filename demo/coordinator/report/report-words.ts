// The report's figures as words in the element's language: counts and shares through Intl
// (sv "67 %", en "67%"), months as words, cohorts as month names, and the two ways a hidden count
// reads. The backend sends only suppressed counts (demo/server/report/): a count standing alone
// (proposed, asked, answered) is hidden when under 5 and says so; a cell of a row may also be
// hidden to protect another, so such cells all read "hidden", whichever rule hid them.
import type { LocalizeController } from '@mentorkit/widgets/shared';
import type { ProgrammeReport, SuppressedCount, SuppressedShare } from '../api-types.ts';
import type { ReportMessages } from './report-messages.ts';

export type ReportLocalize = LocalizeController<ReportMessages>;

export interface ReportWords {
  readonly localize: ReportLocalize;
  number(value: number): string;
  percent(share: number): string;
  /** A count that stands alone: "fewer than 5" when hidden. */
  alone(cell: SuppressedCount): string;
  /** A count in a row of a total: "hidden" when hidden, whichever rule hid it. */
  inRow(cell: SuppressedCount): string;
  /** "10 (67 %)", or "hidden". */
  withShare(cell: SuppressedShare): string;
  /** "12 months". */
  months(months: number): string;
  /** `2026-11` as "November 2026" / "november 2026". */
  cohortName(cohort: string): string;
  /** The programme by name; one the coordinator has no name for (none on record) by its id. */
  programmeName(programme: ProgrammeReport): string;
}

export function reportWords(
  localize: ReportLocalize,
  programmeNames: ReadonlyMap<string, string>,
): ReportWords {
  const number = (value: number) => localize.formatNumber(value);
  const percent = (share: number) =>
    localize.formatNumber(share, { style: 'percent', maximumFractionDigits: 0 });
  return {
    localize,
    number,
    percent,
    alone: (cell) => (cell.suppressed ? localize.term('reportFewerThan5') : number(cell.count)),
    inRow: (cell) => (cell.suppressed ? localize.term('reportHidden') : number(cell.count)),
    withShare: (cell) =>
      cell.suppressed
        ? localize.term('reportHidden')
        : `${number(cell.count)} (${percent(cell.share)})`,
    months: (months) => localize.term('reportMonths', { months, formatted: number(months) }),
    cohortName: (cohort) => localize.formatDate(`${cohort}-01`, { month: 'long', year: 'numeric' }),
    programmeName: ({ programmeId }) =>
      programmeId === null
        ? localize.term('reportNoProgramme')
        : (programmeNames.get(programmeId) ??
          localize.term('reportUnknownProgramme', { id: programmeId })),
  };
}
