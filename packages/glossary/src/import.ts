// Import of an organisation's own trade glossary, as CSV (papaparse) or JSON, into a
// GlossaryPack. All or nothing: every row is validated against the core schema and any error
// rejects the whole file, with the line and column the user sees in their spreadsheet or
// editor. The format is documented in ../README.md; examples/trade-glossary.csv is a sample.
import Papa from 'papaparse';
import {
  GLOSSARY_DOMAINS,
  GLOSSARY_TRANSLATION_LOCALES,
  GlossaryTermSchema,
  PARTS_OF_SPEECH,
} from '@mentorkit/core';
import type { GlossaryTerm, GlossaryTranslation, GlossaryTranslationLocale } from '@mentorkit/core';
import type { GlossaryPack } from './packs.ts';
import { slugify } from './packs.ts';

/** Largest file accepted, in bytes of UTF-8. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Most terms in one pack. */
export const MAX_IMPORT_TERMS = 5_000;
/** Most errors reported: enough to fix a file, not a flood. */
const MAX_ERRORS = 100;

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

/** CSV columns, as documented in the README. Header names are matched case-insensitively. */
export const CSV_COLUMNS = [
  'id',
  'lemma',
  'forms',
  'partOfSpeech',
  'domain',
  'explanation_sv',
  'explanation_en',
  ...GLOSSARY_TRANSLATION_LOCALES.map((locale) => `translation_${locale}` as const),
  ...GLOSSARY_TRANSLATION_LOCALES.map((locale) => `translation_${locale}_explanation` as const),
  'reviewed',
  'example',
  'related',
  'source',
] as const;

type CsvColumn = (typeof CSV_COLUMNS)[number];
type CsvRecord = Partial<Record<CsvColumn, string>>;

const REQUIRED_CSV_COLUMNS = [
  'lemma',
  'partOfSpeech',
  'domain',
  'explanation_sv',
  'explanation_en',
] as const;

/** Separator of several values in one CSV cell (forms, related). */
export const LIST_SEPARATOR = '|';

/** Parses and validates a glossary file; see {@link ImportOptions}. */
export function importGlossary(text: string, options: ImportOptions = {}): ImportResult {
  if (text.length > MAX_IMPORT_BYTES || utf8Length(text) > MAX_IMPORT_BYTES) {
    const megabytes = MAX_IMPORT_BYTES / 1024 / 1024;
    return fail(0, '', 'too-large', `The file is larger than ${megabytes} MB.`);
  }
  const content = text.replace(/^\ufeff/, '');
  if (!content.trim()) return fail(0, '', 'empty', 'The file is empty.');
  const format = options.format ?? guessFormat(options.fileName, content);
  const parsed = format === 'json' ? readJsonRows(content) : readCsvRows(content);
  if (!parsed.ok) return parsed;
  const { rows, name } = parsed;
  if (rows.length === 0) return fail(0, '', 'empty', 'The file has no terms.');
  if (rows.length > MAX_IMPORT_TERMS) return tooManyTerms(rows.length);

  const errors: ImportError[] = [];
  const terms: GlossaryTerm[] = [];
  const termLines: number[] = [];
  const ids = new Map<string, number>();
  for (const row of rows) {
    if (errors.length >= MAX_ERRORS) break;
    const result = GlossaryTermSchema.safeParse(row.value);
    if (!result.success) {
      const reported = new Set<string>();
      for (const issue of result.error.issues) {
        const field = row.fieldName(issue.path.map(String));
        // One error per field: an empty cell breaks both "required" and "not only spaces".
        if (reported.has(field)) continue;
        reported.add(field);
        const reason = reasonFor(issue.path, issue.message, row.value);
        errors.push({ line: row.line, field, code: 'invalid-value', reason });
      }
      continue;
    }
    const term = result.data;
    const firstLine = ids.get(term.id);
    if (firstLine !== undefined) {
      errors.push({
        line: row.line,
        field: 'id',
        code: 'duplicate-id',
        reason: `The id "${term.id}" is already used on line ${firstLine}.`,
      });
      continue;
    }
    ids.set(term.id, row.line);
    terms.push(term);
    termLines.push(row.line);
  }

  const knownIds = new Set([...ids.keys(), ...(options.knownIds ?? [])]);
  for (const [position, term] of terms.entries()) {
    for (const related of term.related ?? []) {
      if (knownIds.has(related)) continue;
      errors.push({
        line: termLines[position] ?? 0,
        field: 'related',
        code: 'unknown-related',
        reason: `No term has the id "${related}".`,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };

  const packName = (options.name ?? name ?? baseName(options.fileName) ?? 'Glossary').trim();
  return {
    ok: true,
    pack: {
      id: `pack-${slugify(packName)}`,
      name: packName.slice(0, 200),
      importedAt: (options.now ?? new Date()).toISOString(),
      terms,
    },
  };
}

interface Row {
  line: number;
  value: unknown;
  /** The user's name for a schema path: a CSV column, or the JSON path. */
  fieldName: (path: string[]) => string;
}

type RowsResult = { ok: true; rows: Row[]; name?: string } | { ok: false; errors: ImportError[] };

function fail(line: number, field: string, code: ImportErrorCode, reason: string) {
  return { ok: false as const, errors: [{ line, field, code, reason }] };
}

function tooManyTerms(count: number) {
  const reason = `The file has ${count} terms; a pack may have at most ${MAX_IMPORT_TERMS}.`;
  return fail(0, '', 'too-many-terms', reason);
}

/** Clearer than the schema's message for the two lists a person has to get right. */
function reasonFor(path: readonly PropertyKey[], message: string, value: unknown): string {
  const field = path.length === 1 ? path[0] : undefined;
  if (field !== 'domain' && field !== 'partOfSpeech') return message;
  const given = isRecord(value) ? String(value[field] ?? '').slice(0, 100) : '';
  const allowed = field === 'domain' ? GLOSSARY_DOMAINS : PARTS_OF_SPEECH;
  const what = field === 'domain' ? 'domain' : 'part of speech';
  return `Unknown ${what} "${given}". Use one of: ${allowed.join(', ')}.`;
}

function guessFormat(fileName: string | undefined, content: string): 'csv' | 'json' {
  const extension = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (extension === 'json') return 'json';
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') return 'csv';
  return /^\s*[[{]/.test(content) ? 'json' : 'csv';
}

function baseName(fileName: string | undefined): string | undefined {
  const name = fileName
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/\.[^.]+$/, '')
    .trim();
  return name || undefined;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// --- CSV -----------------------------------------------------------------------------------

/**
 * The delimiter of the header line: Swedish Excel writes `;`, others `,` or a tab. Decided on
 * the header alone, whose names contain none of them; papaparse's own guess can be misled by
 * the `|` inside cells.
 */
function headerDelimiter(content: string): string {
  const header = content.slice(0, content.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((delimiter) => ({
    delimiter,
    count: header.split(delimiter).length - 1,
  }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]?.count ? (counts[0].delimiter as string) : ',';
}

function readCsvRows(content: string): RowsResult {
  const delimiter = headerDelimiter(content);
  const records: { line: number; cells: string[] }[] = [];
  const errors: ImportError[] = [];
  let newlinesBefore = 0;
  let counted = 0;
  Papa.parse<string[]>(content, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      // The row starts where the previous one ended; its line is one more than the newlines
      // before it (a quoted cell may hold newlines, so rows and lines differ).
      const line = newlinesBefore + 1;
      const end = result.meta.cursor;
      for (let i = counted; i < end; i++) if (content.charCodeAt(i) === 10) newlinesBefore++;
      counted = Math.max(counted, end);
      for (const error of result.errors) {
        if (errors.length < MAX_ERRORS) {
          errors.push({ line, field: '', code: 'unreadable', reason: error.message });
        }
      }
      if (result.data.some((cell) => cell.trim() !== ''))
        records.push({ line, cells: result.data });
    },
  });
  if (errors.length > 0) return { ok: false, errors };

  const [header, ...body] = records;
  if (!header) return fail(0, '', 'empty', 'The file is empty.');
  const known = new Map<string, CsvColumn>(CSV_COLUMNS.map((name) => [name.toLowerCase(), name]));
  const columns = header.cells.map((cell) => known.get(cell.trim().toLowerCase()));
  const headerErrors: ImportError[] = [];
  for (const [position, cell] of header.cells.entries()) {
    if (columns[position] || cell.trim() === '') continue;
    headerErrors.push({
      line: header.line,
      field: cell.trim().slice(0, 100),
      code: 'unknown-column',
      reason: `Unknown column "${cell.trim().slice(0, 100)}". The columns are: ${CSV_COLUMNS.join(', ')}.`,
    });
  }
  for (const required of REQUIRED_CSV_COLUMNS) {
    if (columns.includes(required)) continue;
    headerErrors.push({
      line: header.line,
      field: required,
      code: 'missing-column',
      reason: `The column "${required}" is missing.`,
    });
  }
  if (headerErrors.length > 0) return { ok: false, errors: headerErrors };
  if (body.length > MAX_IMPORT_TERMS) return tooManyTerms(body.length);

  const generatedIds = new Set<string>();
  const rows = body.map(({ line, cells }): Row => {
    const record: CsvRecord = {};
    for (const [position, column] of columns.entries()) {
      const cell = cells[position];
      if (column && cell !== undefined) record[column] = unescapeFormula(cell.trim());
    }
    return { line, value: csvRecordToTerm(record, generatedIds), fieldName: csvFieldName };
  });
  return { ok: true, rows };
}

/** Undoes the `'` that export puts before a cell Excel would run as a formula. */
function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);
}

function csvRecordToTerm(record: CsvRecord, generatedIds: Set<string>): unknown {
  let id = record.id;
  if (!id) {
    const base = slugify(record.lemma ?? '');
    id = base;
    for (let n = 2; generatedIds.has(id); n++) id = `${base}-${n}`;
    generatedIds.add(id);
  }
  const reviewed = /^(true|yes|ja|1|x)$/i.test(record.reviewed ?? '');
  const translations: Partial<Record<GlossaryTranslationLocale, GlossaryTranslation>> = {};
  for (const locale of GLOSSARY_TRANSLATION_LOCALES) {
    const text = record[`translation_${locale}`];
    const explanation = record[`translation_${locale}_explanation`];
    if (!text && !explanation) continue;
    translations[locale] = {
      text: text ?? '',
      ...(explanation ? { explanation } : {}),
      reviewed,
    };
  }
  const related = splitList(record.related);
  return {
    id,
    lemma: record.lemma ?? '',
    forms: splitList(record.forms),
    partOfSpeech: record.partOfSpeech ?? '',
    domain: record.domain ?? '',
    explanation: { sv: record.explanation_sv ?? '', en: record.explanation_en ?? '' },
    translations,
    ...(record.example ? { example: record.example } : {}),
    ...(related.length > 0 ? { related } : {}),
    ...(record.source ? { source: record.source } : {}),
  };
}

/** The CSV column a schema path comes from. */
function csvFieldName(path: string[]): string {
  const [first, second, third] = path;
  if (first === 'explanation' && second) return `explanation_${second}`;
  if (first === 'translations' && second) {
    return third === 'explanation' ? `translation_${second}_explanation` : `translation_${second}`;
  }
  return first ?? '';
}

// --- JSON ----------------------------------------------------------------------------------

function readJsonRows(content: string): RowsResult {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(jsonErrorLine(content, message), '', 'unreadable', `Not valid JSON: ${message}`);
  }
  let terms: unknown;
  let name: string | undefined;
  if (Array.isArray(data)) terms = data;
  else if (isRecord(data) && Array.isArray(data['terms'])) {
    terms = data['terms'];
    if (typeof data['name'] === 'string' && data['name'].trim()) name = data['name'].trim();
  } else {
    return fail(
      1,
      '',
      'invalid-value',
      'Expected an array of terms or an object { "name": …, "terms": [ … ] }.',
    );
  }
  const list = terms as unknown[];
  const lines = arrayElementLines(content, !Array.isArray(data));
  return {
    ok: true,
    name,
    rows: list.map((value, index) => ({
      line: lines[index] ?? 1,
      value,
      fieldName: (path: string[]) => path.join('.'),
    })),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineAt(content: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < content.length; i++) if (content.charCodeAt(i) === 10) line++;
  return line;
}

/** The line of a JSON syntax error, when the engine's message has it ("line 3", "position 12"). */
function jsonErrorLine(content: string, message: string): number {
  const line = /line (\d+)/.exec(message)?.[1];
  if (line) return Number(line);
  const position = /position (\d+)/.exec(message)?.[1];
  // Chrome and node name no position ("… is not valid JSON"): 0 stands for the whole file.
  return position ? lineAt(content, Number(position)) : 0;
}

/**
 * The line on which each element of the terms array starts: the top-level array, or the
 * `terms` array of a top-level object. A small scanner over already-valid JSON (strings and
 * nesting only), so that errors point at the term in the user's file.
 */
function arrayElementLines(content: string, termsInObject: boolean): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let targetDepth = termsInObject ? -1 : 1;
  let expectElement = false;
  let lastKey = '';
  for (let i = 0; i < content.length; i++) {
    const char = content[i];
    if (char === '\n') {
      line++;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r') continue;
    if (expectElement && char !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (char === '"') {
      let end = i + 1;
      while (end < content.length && content[end] !== '"') end += content[end] === '\\' ? 2 : 1;
      if (depth === 1 && termsInObject) lastKey = content.slice(i + 1, end);
      i = end;
    } else if (char === '{' || char === '[') {
      depth++;
      if (termsInObject && depth === 2 && char === '[' && lastKey === 'terms') targetDepth = 2;
      if (char === '[' && depth === targetDepth) expectElement = true;
    } else if (char === '}' || char === ']') {
      if (depth === targetDepth && char === ']') targetDepth = termsInObject ? -1 : 1;
      depth--;
    } else if (char === ',' && depth === targetDepth) {
      expectElement = true;
    }
  }
  return lines;
}

// --- Export --------------------------------------------------------------------------------

/**
 * The pack as CSV in the import format: UTF-8 with a BOM (so that Excel reads å ä ö), comma
 * separated, lists joined with `|`; cells that Excel would run as formulas get a leading `'`,
 * which import removes again.
 */
export function packToCsv(pack: GlossaryPack): string {
  const rows = pack.terms.map((term) => {
    const row: Record<string, string> = {
      id: term.id,
      lemma: term.lemma,
      forms: term.forms.join(LIST_SEPARATOR),
      partOfSpeech: term.partOfSpeech,
      domain: term.domain,
      explanation_sv: term.explanation.sv,
      explanation_en: term.explanation.en,
      reviewed: Object.values(term.translations).some((t) => t.reviewed) ? 'true' : '',
      example: term.example ?? '',
      related: (term.related ?? []).join(LIST_SEPARATOR),
      source: term.source ?? '',
    };
    for (const locale of GLOSSARY_TRANSLATION_LOCALES) {
      row[`translation_${locale}`] = term.translations[locale]?.text ?? '';
      row[`translation_${locale}_explanation`] = term.translations[locale]?.explanation ?? '';
    }
    return CSV_COLUMNS.map((column) => row[column] ?? '');
  });
  return '\ufeff' + Papa.unparse([[...CSV_COLUMNS], ...rows], { escapeFormulae: true });
}

/** The pack as JSON in the import format: `{ "name": …, "terms": [ … ] }`. */
export function packToJson(pack: GlossaryPack): string {
  return JSON.stringify({ name: pack.name, terms: pack.terms }, null, 2) + '\n';
}
