// CSV as Mentorkit writes and reads it, for every export and import (the backend's signups, the
// extension's sessions, glossary packs): RFC 4180 (quotes doubled, CRLF) in UTF-8, or the dialect
// Swedish Excel opens directly (`;`, because Swedish Excel reads `,` as the decimal sign, and a
// byte-order mark, without which Excel reads UTF-8 as Windows-1252 and breaks å, ä, ö and Arabic
// script). papaparse does the quoting and the parsing; this module adds the dialects, the line
// numbers an import error names, and one guard against spreadsheet formulas.
//
// Imported from '@mentorkit/core/csv' only, so that the widgets never bundle papaparse.
import Papa from 'papaparse';

export type CsvDialect = 'rfc4180' | 'excel-sv';

export const BYTE_ORDER_MARK = '\uFEFF';

export function delimiterOf(dialect: CsvDialect): ',' | ';' {
  return dialect === 'excel-sv' ? ';' : ',';
}

// --- The formula guard ------------------------------------------------------------------------
//
// A cell that starts with = + - @ (or a tab or CR) is run as a formula by Excel, LibreOffice or
// Google Sheets, also after spaces or a non-breaking space, which some of them skip: OWASP's "CSV
// injection". Such text gets a leading apostrophe, which spreadsheets show as text and imports
// remove again. Text that already starts with apostrophes before such a start gets one more, so
// that reading gives back exactly what was written; any other text is left as it is.

const FORMULA_START = /^[\s\u00A0]*[=+\-@\t\r]/;

function needsGuard(text: string): boolean {
  return FORMULA_START.test(text.replace(/^'+/, ''));
}

/** `text` as a cell no spreadsheet runs as a formula; `unguardFormula` undoes it exactly. */
export function guardFormula(text: string): string {
  return needsGuard(text) ? `'${text}` : text;
}

/** Removes the apostrophe `guardFormula` added; leaves every other cell as it is. */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && needsGuard(cell.slice(1)) ? cell.slice(1) : cell;
}

// --- Writing ----------------------------------------------------------------------------------

export interface WriteCsvOptions {
  /** Default rfc4180; excel-sv also writes a byte-order mark. */
  dialect?: CsvDialect;
  /** Write a byte-order mark whatever the dialect (Excel needs it to read UTF-8). */
  byteOrderMark?: boolean;
  /**
   * Which columns hold text from people, which is guarded against formulas (the header row
   * too). Default: every column. Columns of ids, dates and codes may leave it out.
   */
  guardColumn?: (column: number) => boolean;
}

/** The rows (the first is usually the header) as CSV text, every line ending in CRLF. */
export function writeCsv(
  rows: readonly (readonly string[])[],
  options: WriteCsvOptions = {},
): string {
  const dialect = options.dialect ?? 'rfc4180';
  const guardColumn = options.guardColumn ?? (() => true);
  const guarded = rows.map((row) =>
    row.map((cell, column) => (guardColumn(column) ? guardFormula(cell) : cell)),
  );
  const body = Papa.unparse(guarded, {
    delimiter: delimiterOf(dialect),
    newline: '\r\n',
    // Papa quotes a leading or trailing space; a tab or non-breaking space there needs it too,
    // or a reader that trims cells would lose it.
    quotes: (value: unknown) => typeof value === 'string' && /^\s|\s$/.test(value),
    escapeFormulae: false,
  });
  const bom = options.byteOrderMark || dialect === 'excel-sv' ? BYTE_ORDER_MARK : '';
  return bom + body + '\r\n';
}

// --- Reading ----------------------------------------------------------------------------------

export interface CsvRecord {
  /** The line of the file the record starts on (1-based; a quoted cell may span lines). */
  line: number;
  cells: string[];
}

export type ReadCsvResult =
  | { ok: true; delimiter: string; records: CsvRecord[] }
  | { ok: false; delimiter: string; line: number; problem: 'unclosed-quote' };

export interface ReadCsvOptions {
  /** The delimiters the header line is tried with, most used wins (default `,` `;` tab). */
  delimiters?: readonly string[];
}

/**
 * The delimiter of the header line, whose names contain none of the candidates: Swedish Excel
 * writes `;`, others `,` or a tab. papaparse's own guess looks at whole rows and can be misled by
 * the delimiters inside cells.
 */
function headerDelimiter(text: string, candidates: readonly string[]): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  let best = candidates[0] ?? ',';
  let bestCount = 0;
  for (const candidate of candidates) {
    const count = header.split(candidate).length - 1;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

/**
 * Reads CSV in either dialect (a byte-order mark is dropped): the records with the line each
 * starts on, blank lines left out. Never throws. A quote that is never closed (papaparse also
 * reads `"x"y` so) ends the reading, with the line of the record it opens in: everything after
 * it would be one cell.
 */
export function readCsv(input: string, options: ReadCsvOptions = {}): ReadCsvResult {
  const text = input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input;
  const delimiter = headerDelimiter(text, options.delimiters ?? [',', ';', '\t']);
  const records: CsvRecord[] = [];
  let unclosedQuoteLine: number | undefined;
  let newlinesBefore = 0;
  let counted = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      // A record starts where the previous one ended: its line is one more than the newlines
      // before it (a quoted cell may hold newlines, so records and lines differ).
      const line = newlinesBefore + 1;
      const end = result.meta.cursor;
      for (let i = counted; i < end; i++) if (text.charCodeAt(i) === 10) newlinesBefore++;
      counted = Math.max(counted, end);
      if (result.errors.some((error) => error.code === 'MissingQuotes')) {
        unclosedQuoteLine = line;
        parser.abort();
        return;
      }
      if (result.data.some((cell) => cell !== '')) records.push({ line, cells: result.data });
    },
  });
  return unclosedQuoteLine === undefined
    ? { ok: true, delimiter, records }
    : { ok: false, delimiter, line: unclosedQuoteLine, problem: 'unclosed-quote' };
}
