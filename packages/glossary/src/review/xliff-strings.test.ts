import { describe, expect, it } from 'vitest';
import type { StringCatalogue, StringsImportResult } from './xliff-strings.ts';
import { importStringsXliff, stringsToXliff } from './xliff-strings.ts';
import type { StringReviewFile } from './xliff-strings.ts';

const NOW = new Date('2026-12-03T09:00:00Z');

const extension: StringCatalogue = {
  id: 'extension',
  source: { undo: 'Ångra', minutesShort: '$MINUTES$ min', menuLookUpTerm: 'Slå upp ”%s”' },
  target: { undo: 'تراجع', minutesShort: '$MINUTES$ د', menuLookUpTerm: 'ابحث عن «%s»' },
  writable: true,
};
const widgets: StringCatalogue = {
  id: 'widgets:glossary',
  source: { glossaryExample: 'Exempel' },
  target: { glossaryExample: 'مثال' },
  writable: false,
};
const CATALOGUES = [extension, widgets];

function importAr(text: string, current?: StringReviewFile): StringsImportResult {
  return importStringsXliff(text, {
    catalogues: CATALOGUES,
    languages: ['en', 'ar', 'fa', 'uk'],
    current,
    expectedLanguage: 'ar',
    now: NOW,
  });
}

function codes(result: StringsImportResult) {
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors.map(({ unit, code }) => ({ unit, code }));
}

/** A reviewer marks `key` of `file` reviewed, and may change its text. */
function review(xliff: string, file: string, key: string, text?: string): string {
  const fileStart = xliff.indexOf(`<file id="${file}">`);
  const start = xliff.indexOf(`<unit id="${key}">`, fileStart);
  const end = xliff.indexOf('</unit>', start);
  let body = xliff
    .slice(start, end)
    .replace('state="translated" subState="mentorkit:machine-assisted"', 'state="reviewed"');
  if (text !== undefined)
    body = body.replace(/<target>[^<]*<\/target>/, `<target>${text}</target>`);
  return xliff.slice(0, start) + body + xliff.slice(end);
}

describe('UI strings in XLIFF 2.0', () => {
  it('exports every message of every catalogue as machine-assisted', () => {
    const xliff = stringsToXliff(CATALOGUES, 'ar');
    expect(xliff).toContain('<file id="extension">');
    expect(xliff).toContain('<file id="widgets:glossary">');
    expect(xliff.match(/subState="mentorkit:machine-assisted"/g)).toHaveLength(4);
    expect(xliff).toContain('<source>$MINUTES$ min</source>');
  });

  it('round trip: export → review and correct → import → export is the reviewed file', () => {
    const edited = review(
      review(stringsToXliff(CATALOGUES, 'ar'), 'extension', 'undo', 'تراجُع'),
      'widgets:glossary',
      'glossaryExample',
    );
    const result = importAr(edited);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.corrected).toEqual({ extension: { undo: 'تراجُع' } });
    expect(result.summary).toEqual({ language: 'ar', units: 4, reviewed: 2, corrected: 1 });
    const applied = {
      ...extension,
      target: { ...extension.target, ...result.corrected['extension'] },
    };
    expect(stringsToXliff([applied, widgets], 'ar', result.reviews)).toBe(edited);
  });

  it('refuses lost placeholders, a text it cannot write back, unknown units and files', () => {
    let xliff = review(stringsToXliff(CATALOGUES, 'ar'), 'extension', 'minutesShort', 'دقائق');
    xliff = review(xliff, 'widgets:glossary', 'glossaryExample', 'أمثلة');
    xliff = xliff.replace('<unit id="undo">', '<unit id="nope">');
    xliff = xliff.replace(
      '<file id="widgets:glossary">',
      '<file id="widgets:glossary">\n</file>\n<file id="other">',
    );
    expect(codes(importAr(xliff))).toEqual([
      { unit: 'extension/nope', code: 'unknown-unit' },
      { unit: 'extension/minutesShort', code: 'placeholder-mismatch' },
      { unit: '', code: 'unknown-file' },
    ]);
    const readOnly = review(
      stringsToXliff(CATALOGUES, 'ar'),
      'widgets:glossary',
      'glossaryExample',
      'أمثلة',
    );
    const result = importAr(readOnly);
    expect(codes(result)).toEqual([
      { unit: 'widgets:glossary/glossaryExample', code: 'read-only-text' },
    ]);
  });

  it('refuses another language, entities, and a changed text not marked reviewed', () => {
    expect(codes(importAr(stringsToXliff(CATALOGUES, 'fa')))).toEqual([
      { unit: '', code: 'wrong-target-language' },
    ]);
    const entity = stringsToXliff(CATALOGUES, 'ar').replace(
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>',
    );
    expect(codes(importAr(entity))).toEqual([{ unit: '', code: 'unreadable' }]);
    const changed = stringsToXliff(CATALOGUES, 'ar').replace(
      '<target>تراجع</target>',
      '<target>x</target>',
    );
    expect(codes(importAr(changed))).toEqual([
      { unit: 'extension/undo', code: 'changed-unreviewed' },
    ]);
  });
});
