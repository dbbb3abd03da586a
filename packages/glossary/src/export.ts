// A pack written out in the import format, CSV or JSON, so that an organisation can edit its
// glossary in a spreadsheet and import it again.
import { GLOSSARY_TRANSLATION_LOCALES } from '@mentorkit/core';
import { writeCsv } from '@mentorkit/core/csv';
import { CSV_COLUMNS, LIST_SEPARATOR } from './import-csv.ts';
import type { GlossaryPack } from './packs.ts';

/**
 * The pack as CSV in the import format: UTF-8 with a BOM (so that Excel reads å ä ö), comma
 * separated, lists joined with `|`; cells are guarded against formulas as core's CSV module
 * does, which import undoes.
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
  return writeCsv([[...CSV_COLUMNS], ...rows], { byteOrderMark: true });
}

/** The pack as JSON in the import format: `{ "name": …, "terms": [ … ] }`. */
export function packToJson(pack: GlossaryPack): string {
  return JSON.stringify({ name: pack.name, terms: pack.terms }, null, 2) + '\n';
}
