// CSV export and import of sessions, in either dialect of core's CSV module (RFC 4180, or what
// Swedish Excel opens directly: semicolons and a byte-order mark). Import reads both. The
// options page exports RFC 4180 with the contract's codes (a lossless copy that imports back);
// the table for reading in Excel, in the mentor's words, is report-csv.ts.
//
// Lossless by construction: every field has one column, empty cells stand for absent optional
// fields, topics are joined with "|" (no topic contains it), and free text is guarded against
// spreadsheet formulas in a way that import undoes exactly (core's guardFormula).
import { SessionLogSchema, type SessionLog } from '@mentorkit/core';
import { readCsv, unguardFormula, writeCsv, type CsvDialect } from '@mentorkit/core/csv';
import type { ImportError } from './import-errors.ts';

export type { CsvDialect };

export const CSV_COLUMNS = [
  'id',
  'menteeId',
  'menteeAlias',
  'date',
  'startTime',
  'durationMinutes',
  'mode',
  'topics',
  'notes',
  'rating',
  'needsAttention',
  'followUp',
  'followUpOn',
  'shareNote',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof SessionLog)[];

/** Columns newer than the first exports: a file without them still imports (absent fields). */
const LATER_COLUMNS: ReadonlySet<Column> = new Set(['followUpOn', 'shareNote']);

type Column = (typeof CSV_COLUMNS)[number];

const FREE_TEXT: ReadonlySet<Column> = new Set(['menteeAlias', 'notes', 'followUp']);
const TOPIC_SEPARATOR = '|';

function cellOf(session: SessionLog, column: Column): string {
  const value = session[column];
  if (value === undefined) return '';
  if (column === 'topics') return session.topics.join(TOPIC_SEPARATOR);
  return String(value);
}

/** The whole file as text (with a BOM for the Swedish-Excel dialect); free text is guarded. */
export function sessionsToCsv(sessions: readonly SessionLog[], dialect: CsvDialect): string {
  const rows = sessions.map((session) => CSV_COLUMNS.map((column) => cellOf(session, column)));
  return writeCsv([[...CSV_COLUMNS], ...rows], {
    dialect,
    guardColumn: (index) => FREE_TEXT.has(CSV_COLUMNS[index] as Column),
  });
}

export interface ParsedSessions {
  sessions: SessionLog[];
  errors: ImportError[];
}

/** Reads either dialect (the header tells which delimiter). Never throws. */
export function csvToSessions(input: string): ParsedSessions {
  const read = readCsv(input, { delimiters: [',', ';'] });
  if (!read.ok) return { sessions: [], errors: [{ line: read.line, code: 'unclosed-quote' }] };
  const { records } = read;
  const [header, ...rows] = records;
  if (!header) return { sessions: [], errors: [{ line: 0, code: 'empty' }] };
  const names = header.cells.map((name) => name.trim());
  const missing = CSV_COLUMNS.filter(
    (column) => !names.includes(column) && !LATER_COLUMNS.has(column),
  );
  if (missing.length === CSV_COLUMNS.length - LATER_COLUMNS.size) {
    // Not one of our columns: most likely the table for Excel (report-csv.ts), which is for
    // reading only; one error that says so, not fourteen missing columns.
    return { sessions: [], errors: [{ line: header.line, code: 'not-sessions-csv' }] };
  }
  if (missing.length > 0) {
    return {
      sessions: [],
      errors: missing.map((field) => ({ line: header.line, code: 'missing-column', field })),
    };
  }
  const sessions: SessionLog[] = [];
  const errors: ImportError[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.cells.length !== names.length) {
      errors.push({ line: row.line, code: 'column-count' });
      continue;
    }
    const cells = new Map(names.map((name, index) => [name, row.cells[index]]));
    const result = SessionLogSchema.safeParse(sessionFromCells(cells));
    if (!result.success) {
      const field = String(result.error.issues[0]?.path[0] ?? '');
      errors.push({ line: row.line, code: 'invalid-field', ...(field ? { field } : {}) });
      continue;
    }
    if (seen.has(result.data.id)) {
      errors.push({ line: row.line, code: 'duplicate-id', field: 'id' });
      continue;
    }
    seen.add(result.data.id);
    sessions.push(result.data);
  }
  return { sessions, errors };
}

/** `true`/`false` as booleans, an empty cell as absent; other text stays (the schema names it). */
function booleanOrText(value: string): boolean | string | undefined {
  if (value === '') return undefined;
  return value === 'true' ? true : value === 'false' ? false : value;
}

function sessionFromCells(cells: Map<string, string | undefined>): Record<string, unknown> {
  const text = (column: Column) => cells.get(column) ?? '';
  const optional = (value: string) => (value === '' ? undefined : value);
  const number = (value: string) => (/^-?\d+$/.test(value.trim()) ? Number(value) : value);
  const candidate: Record<string, unknown> = {
    id: text('id'),
    menteeId: text('menteeId'),
    menteeAlias: unguardFormula(text('menteeAlias')),
    date: text('date'),
    startTime: optional(text('startTime')),
    durationMinutes: number(text('durationMinutes')),
    mode: text('mode'),
    topics: text('topics') === '' ? [] : text('topics').split(TOPIC_SEPARATOR),
    notes: unguardFormula(text('notes')),
    rating: text('rating') === '' ? undefined : number(text('rating')),
    needsAttention:
      text('needsAttention') === 'true' ? true : text('needsAttention') === 'false' ? false : '',
    followUp: optional(unguardFormula(text('followUp'))),
    followUpOn: optional(text('followUpOn')),
    shareNote: booleanOrText(text('shareNote')),
    createdAt: text('createdAt'),
    updatedAt: text('updatedAt'),
  };
  for (const key of Object.keys(candidate)) {
    if (candidate[key] === undefined) delete candidate[key];
  }
  return candidate;
}
