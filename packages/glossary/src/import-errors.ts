// What an import reports, and the rows the CSV and JSON readers hand to the validation: shared by
// import.ts and the two readers (import-csv.ts, import-json.ts).
import type { GlossaryPack } from './packs.ts';

/** Largest file accepted, in bytes of UTF-8. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Most terms in one pack. */
export const MAX_IMPORT_TERMS = 5_000;
/** Most errors reported: enough to fix a file, not a flood. */
export const MAX_ERRORS = 100;

export type ImportErrorCode =
  | 'too-large'
  | 'too-many-terms'
  | 'empty'
  | 'unreadable'
  | 'missing-column'
  | 'unknown-column'
  | 'invalid-value'
  | 'duplicate-id'
  | 'unknown-related';

export interface ImportError {
  /** 1-based line in the file as the user sees it (CSV: the row's first line; JSON: the term's). */
  line: number;
  /** The column (CSV) or property path (JSON) at fault; empty for the whole file. */
  field: string;
  code: ImportErrorCode;
  /** An English explanation; the UI may show its own text for the code. */
  reason: string;
}

export type ImportResult = { ok: true; pack: GlossaryPack } | { ok: false; errors: ImportError[] };

export interface ImportOptions {
  /** The file's name: picks the format by extension and names the pack if nothing else does. */
  fileName?: string;
  /** Overrides the format the file name suggests. */
  format?: 'csv' | 'json';
  /** The pack's name (default: `name` of a JSON pack, else the file name). */
  name?: string;
  /** Ids that `related` may point to besides the pack's own (the bundled glossary's). */
  knownIds?: Iterable<string>;
  /** The import time (tests). */
  now?: Date;
}

export interface Row {
  line: number;
  value: unknown;
  /** The user's name for a schema path: a CSV column, or the JSON path. */
  fieldName: (path: string[]) => string;
}

export type RowsResult =
  { ok: true; rows: Row[]; name?: string } | { ok: false; errors: ImportError[] };

export function fail(line: number, field: string, code: ImportErrorCode, reason: string) {
  return { ok: false as const, errors: [{ line, field, code, reason }] };
}

export function tooManyTerms(count: number) {
  const reason = `The file has ${count} terms; a pack may have at most ${MAX_IMPORT_TERMS}.`;
  return fail(0, '', 'too-many-terms', reason);
}
