// The report as CSV, through core's one CSV writer (its formula guard on every cell: a
// programme id comes from a partner's form). One line per figure ("long" form), so that a
// spreadsheet filters and pivots it, with the same columns for the matches and the follow-ups.
// A count that stands alone (matches proposed, follow-ups asked and answered) is hidden only
// when under 5 and is written `<5`; a cell of a row (a status, a work situation…) may also be
// hidden to protect another, so every hidden cell of a row is written `hidden`, whichever rule
// hid it (suppression.ts says why they share one mark). Headers in English; the `excel-sv` dialect (`;`, a byte-order
// mark) as the signups' export offers it, with a decimal comma in the shares.
import { writeCsv, type CsvDialect } from '@mentorkit/core/csv';
import type { Report, SuppressedCount, SuppressedShare } from './report.ts';

export const REPORT_CSV_HEADER = [
  'programme',
  'demo',
  'cohort',
  'round_months',
  'measure',
  'count',
  'share_percent',
] as const;

/** The mark of a hidden cell of a row, and of its share. */
export const HIDDEN_MARK = 'hidden';

/** The mark of a hidden count that stands alone: under 5. */
export const FEWER_THAN_5_MARK = '<5';

/** A programme's name in the CSV and the view: its id, or "no programme". */
export const programmeLabel = (programmeId: string | null): string =>
  programmeId ?? '(no programme)';

const countText = (cell: SuppressedCount | SuppressedShare) =>
  cell.suppressed ? HIDDEN_MARK : String(cell.count);

const aloneText = (cell: SuppressedCount) =>
  cell.suppressed ? FEWER_THAN_5_MARK : String(cell.count);

function shareText(cell: SuppressedShare, dialect: CsvDialect): string {
  if (cell.suppressed) return HIDDEN_MARK;
  const text = (Math.round(cell.share * 1000) / 10).toFixed(1);
  return dialect === 'excel-sv' ? text.replace('.', ',') : text;
}

const COHORT_MEASURES = [
  ['proposed', 'matches_proposed'],
  ['waiting', 'matches_waiting_for_answers'],
  ['acceptedByBoth', 'matches_accepted_by_both'],
  ['active', 'matches_active'],
  ['paused', 'matches_paused'],
  ['completed', 'matches_completed'],
  ['closed', 'matches_closed'],
  ['declined', 'matches_closed_declined'],
  ['meetingsHeld', 'meetings_held'],
] as const;

export function reportToCsv(report: Report, dialect: CsvDialect): string {
  const rows: string[][] = [[...REPORT_CSV_HEADER]];
  for (const programme of report.programmes) {
    const first = [programmeLabel(programme.programmeId), programme.demo ? 'yes' : 'no'];
    for (const cohort of programme.cohorts) {
      for (const [key, measure] of COHORT_MEASURES) {
        const text = key === 'proposed' ? aloneText(cohort[key]) : countText(cohort[key]);
        rows.push([...first, cohort.cohort, '', measure, text, '']);
      }
    }
    for (const round of programme.rounds) {
      const at = [...first, '', String(round.monthsAfterStart)];
      rows.push([...at, 'follow_ups_asked', aloneText(round.asked), '']);
      rows.push([...at, 'follow_ups_answered', aloneText(round.answered), '']);
      for (const [value, cell] of Object.entries(round.workSituation)) {
        rows.push([...at, `work_situation:${value}`, countText(cell), shareText(cell, dialect)]);
      }
      for (const [value, cell] of Object.entries(round.helped)) {
        rows.push([...at, `helped:${value}`, countText(cell), shareText(cell, dialect)]);
      }
    }
  }
  return writeCsv(rows, { dialect });
}
