// Import of an organisation's own trade glossary, as CSV (import-csv.ts) or JSON
// (import-json.ts), into a GlossaryPack. All or nothing: every row is validated against the core
// schema and any error rejects the whole file, with the line and column the user sees in their
// spreadsheet or editor. The format is documented in ../README.md; examples/trade-glossary.csv
// is a sample; export.ts writes a pack back in the same format.
import { GLOSSARY_DOMAINS, GlossaryTermSchema, PARTS_OF_SPEECH } from '@mentorkit/core';
import type { GlossaryTerm } from '@mentorkit/core';
import { readCsvRows } from './import-csv.ts';
import {
  MAX_ERRORS,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_TERMS,
  fail,
  tooManyTerms,
  type ImportError,
  type ImportOptions,
  type ImportResult,
} from './import-errors.ts';
import { isRecord, readJsonRows } from './import-json.ts';
import { slugify } from './packs.ts';

export {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_TERMS,
  type ImportError,
  type ImportErrorCode,
  type ImportOptions,
  type ImportResult,
} from './import-errors.ts';

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

/** Clearer than the schema's message for the two lists a person has to get right. */
function reasonFor(path: readonly PropertyKey[], message: string, value: unknown): string {
  const field = path.length === 1 ? path[0] : undefined;
  if (field !== 'domain' && field !== 'partOfSpeech') return message;
  const raw = isRecord(value) ? value[field] : undefined;
  // Text as it is; a number reads the same in JSON, a list or object shows as itself.
  const text =
    typeof raw === 'string' ? raw : raw === undefined || raw === null ? '' : JSON.stringify(raw);
  const given = text.slice(0, 100);
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
