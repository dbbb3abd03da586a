// CSV export and import of sessions. RFC 4180 (comma, CRLF, quotes doubled) in UTF-8, or the
// dialect Swedish Excel opens directly: semicolons and a byte-order mark. Import reads both.
//
// Lossless by construction: every field has one column, empty cells stand for absent optional
// fields, topics are joined with "|" (no topic contains it), and free text that a spreadsheet
// would run as a formula (= + - @ tab CR) is prefixed with an apostrophe, which import removes;
// text that itself starts with an apostrophe gets one more, so the mapping is one to one.
import { SessionLogSchema, type SessionLog } from '@mentorkit/core';
import { lineAt, type ImportError } from './import-errors.ts';

export type CsvDialect = 'rfc4180' | 'excel-sv';

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
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof SessionLog)[];

type Column = (typeof CSV_COLUMNS)[number];

const FREE_TEXT: ReadonlySet<Column> = new Set(['menteeAlias', 'notes', 'followUp']);
const BOM = '\uFEFF';
const TOPIC_SEPARATOR = '|';

function protect(text: string): string {
  return /^[=+\-@\t\r']/.test(text) ? `'${text}` : text;
}

function unprotect(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

function cellOf(session: SessionLog, column: Column): string {
  const value = session[column];
  if (value === undefined) return '';
  if (column === 'topics') return session.topics.join(TOPIC_SEPARATOR);
  const text = String(value);
  return FREE_TEXT.has(column) ? protect(text) : text;
}

function quote(cell: string, delimiter: string): string {
  return cell.includes('"') ||
    cell.includes(delimiter) ||
    cell.includes('\n') ||
    cell.includes('\r') ||
    /^\s|\s$/.test(cell)
    ? `"${cell.replaceAll('"', '""')}"`
    : cell;
}

export function delimiterOf(dialect: CsvDialect): string {
  return dialect === 'excel-sv' ? ';' : ',';
}

/** The whole file as text (with a BOM for the Swedish-Excel dialect). */
export function sessionsToCsv(sessions: readonly SessionLog[], dialect: CsvDialect): string {
  const delimiter = delimiterOf(dialect);
  const lines = [CSV_COLUMNS.join(delimiter)];
  for (const session of sessions) {
    lines.push(
      CSV_COLUMNS.map((column) => quote(cellOf(session, column), delimiter)).join(delimiter),
    );
  }
  return (dialect === 'excel-sv' ? BOM : '') + lines.join('\r\n') + '\r\n';
}

interface CsvRecord {
  line: number;
  cells: string[];
}

/** Splits RFC 4180 text into records, each with the line it starts on. */
export function parseCsvRecords(
  text: string,
  delimiter: string,
): { records: CsvRecord[]; error?: ImportError } {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteStart = 0;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (char === '\n') line++;
      cell += char;
      i++;
      continue;
    }
    if (char === '"' && cell === '') {
      quoted = true;
      quoteStart = i;
      i++;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      cell += char;
      i++;
    }
  }
  if (quoted) {
    return { records, error: { line: lineAt(text, quoteStart), code: 'unclosed-quote' } };
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return { records };
}

export interface ParsedSessions {
  sessions: SessionLog[];
  errors: ImportError[];
}

/** Reads either dialect (the header tells which delimiter). Never throws. */
export function csvToSessions(input: string): ParsedSessions {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  const { records, error } = parseCsvRecords(text, delimiter);
  if (error) return { sessions: [], errors: [error] };
  const [header, ...rows] = records;
  if (!header) return { sessions: [], errors: [{ line: 0, code: 'empty' }] };
  const names = header.cells.map((name) => name.trim());
  const missing = CSV_COLUMNS.filter((column) => !names.includes(column));
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

function sessionFromCells(cells: Map<string, string | undefined>): Record<string, unknown> {
  const text = (column: Column) => cells.get(column) ?? '';
  const optional = (value: string) => (value === '' ? undefined : value);
  const number = (value: string) => (/^-?\d+$/.test(value.trim()) ? Number(value) : value);
  const candidate: Record<string, unknown> = {
    id: text('id'),
    menteeId: text('menteeId'),
    menteeAlias: unprotect(text('menteeAlias')),
    date: text('date'),
    startTime: optional(text('startTime')),
    durationMinutes: number(text('durationMinutes')),
    mode: text('mode'),
    topics: text('topics') === '' ? [] : text('topics').split(TOPIC_SEPARATOR),
    notes: unprotect(text('notes')),
    rating: text('rating') === '' ? undefined : number(text('rating')),
    needsAttention:
      text('needsAttention') === 'true' ? true : text('needsAttention') === 'false' ? false : '',
    followUp: optional(unprotect(text('followUp'))),
    createdAt: text('createdAt'),
    updatedAt: text('updatedAt'),
  };
  for (const key of Object.keys(candidate)) {
    if (candidate[key] === undefined) delete candidate[key];
  }
  return candidate;
}
