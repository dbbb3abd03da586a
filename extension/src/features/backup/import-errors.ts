// What can be wrong with an imported file, by line, as data: the pages turn it into words in the
// mentor's language, tests compare it as it is.

export type ImportErrorCode =
  /** The file is empty or has only a header. */
  | 'empty'
  /** A CSV header lacks one of our columns (field names it). */
  | 'missing-column'
  /** A CSV with none of our columns: another file, or the table for reading in Excel. */
  | 'not-sessions-csv'
  /** A CSV row has more or fewer cells than the header. */
  | 'column-count'
  /** A quoted CSV cell is never closed. */
  | 'unclosed-quote'
  /** Not JSON, or not our backup format. */
  | 'not-json'
  | 'not-a-backup'
  /** A backup from a newer Mentorkit. */
  | 'newer-format'
  /** A session whose field (field names it) is missing or wrong. */
  | 'invalid-field'
  /** The same session id twice in one file. */
  | 'duplicate-id';

export interface ImportError {
  /** 1-based line in the file where the bad row or entry starts (0 when the file as a whole). */
  line: number;
  code: ImportErrorCode;
  /** The column or field concerned, when there is one. */
  field?: string;
}

/** The line (1-based) of a character offset in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') line++;
  }
  return line;
}
