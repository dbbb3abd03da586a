// The CSV reader of a glossary pack: the columns (as packages/glossary/README.md documents them),
// core's CSV reading (either dialect, the line of each record), and each record turned into a
// candidate term for the validation in import.ts.
import { GLOSSARY_TRANSLATION_LOCALES } from '@mentorkit/core';
import type { GlossaryTranslation, GlossaryTranslationLocale } from '@mentorkit/core';
import { readCsv, unguardFormula } from '@mentorkit/core/csv';
import {
  MAX_IMPORT_TERMS,
  fail,
  tooManyTerms,
  type ImportError,
  type Row,
  type RowsResult,
} from './import-errors.ts';
import { slugify } from './packs.ts';

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

export type CsvColumn = (typeof CSV_COLUMNS)[number];
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

/** The rows of a CSV pack (a BOM already removed), or the errors of its header. */
export function readCsvRows(content: string): RowsResult {
  const read = readCsv(content);
  if (!read.ok) {
    return fail(read.line, '', 'unreadable', 'A quoted value is never closed (a " is missing).');
  }
  const { records } = read;
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
      if (column && cell !== undefined) record[column] = unguardFormula(cell.trim()).trim();
    }
    return { line, value: csvRecordToTerm(record, generatedIds), fieldName: csvFieldName };
  });
  return { ok: true, rows };
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
