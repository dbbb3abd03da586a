// The sessions as a table to read in a spreadsheet (Swedish Excel opens it directly: semicolons
// and a byte-order mark): headers and values in the mentor's language, as the pages show them,
// not the codes of the data contract; notes only when the mentor chooses. It is for reading and
// for handing on, not for restoring: the CSV export and the JSON backup are lossless and import
// back, this table does not (its words depend on the language it was written in).
import type { SessionLog, SessionMode, SessionTopic } from '@mentorkit/core';
import { writeCsv } from '@mentorkit/core/csv';

/** The words of the table, in the mentor's language (the options page reads them from _locales). */
export interface ReportWords {
  readonly headers: {
    readonly date: string;
    readonly startTime: string;
    readonly minutes: string;
    readonly mentee: string;
    readonly mode: string;
    readonly topics: string;
    readonly rating: string;
    readonly needsAttention: string;
    readonly followUp: string;
    readonly notes: string;
  };
  readonly mode: (mode: SessionMode) => string;
  readonly topic: (topic: SessionTopic) => string;
  readonly yes: string;
  readonly no: string;
}

/** A column: its header, its cell of a session, and whether the cell is free text to guard. */
type Column = readonly [header: string, cell: (session: SessionLog) => string, freeText: boolean];

export interface ReportOptions {
  /** The mentor ticked "include my notes": notes are personal and stay out unless asked for. */
  readonly includeNotes: boolean;
}

/** The table as text, oldest session first, free text guarded against spreadsheet formulas. */
export function sessionsToReport(
  sessions: readonly SessionLog[],
  words: ReportWords,
  { includeNotes }: ReportOptions,
): string {
  const { headers } = words;
  const notes: Column = [headers.notes, (session) => session.notes, true];
  const columns: readonly Column[] = [
    [headers.date, (session) => session.date, false],
    [headers.startTime, (session) => session.startTime ?? '', false],
    [headers.minutes, (session) => String(session.durationMinutes), false],
    [headers.mentee, (session) => session.menteeAlias, true],
    [headers.mode, (session) => words.mode(session.mode), false],
    [headers.topics, (session) => session.topics.map(words.topic).join(', '), false],
    [
      headers.rating,
      (session) => (session.rating === undefined ? '' : String(session.rating)),
      false,
    ],
    [headers.needsAttention, (session) => (session.needsAttention ? words.yes : words.no), false],
    [headers.followUp, (session) => session.followUp ?? '', true],
    ...(includeNotes ? [notes] : []),
  ];
  const ordered = [...sessions].sort(
    (a, b) => a.date.localeCompare(b.date) || (a.startTime ?? '').localeCompare(b.startTime ?? ''),
  );
  return writeCsv(
    [
      columns.map(([header]) => header),
      ...ordered.map((session) => columns.map(([, cell]) => cell(session))),
    ],
    { dialect: 'excel-sv', guardColumn: (index) => columns[index]?.[2] === true },
  );
}
