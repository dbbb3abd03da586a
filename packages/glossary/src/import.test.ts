import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '@mentorkit/core';
import { packToCsv, packToJson } from './export.ts';
import { MAX_IMPORT_TERMS, importGlossary } from './import.ts';
import type { ImportResult } from './import.ts';

const example = readFileSync(new URL('../examples/trade-glossary.csv', import.meta.url), 'utf8');
const now = new Date('2025-03-01T10:00:00Z');
const HEADER = 'lemma,forms,partOfSpeech,domain,explanation_sv,explanation_en,translation_uk';

function errorsOf(result: ImportResult) {
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors;
}

function packOf(result: ImportResult) {
  if (!result.ok) throw new Error(`expected the import to succeed: ${JSON.stringify(result)}`);
  return result.pack;
}

const term: GlossaryTerm = {
  id: 'gjutskopa',
  lemma: 'gjutsked',
  forms: ['gjutskeden'],
  partOfSpeech: 'noun',
  domain: 'foundry',
  explanation: { sv: 'En sked för smält metall.', en: 'A ladle for molten metal.' },
  translations: { uk: { text: 'ливарний ківш', reviewed: false } },
};

describe('importGlossary: CSV', () => {
  it('imports the documented example file', () => {
    const pack = packOf(importGlossary(example, { fileName: 'trade-glossary.csv', now }));
    expect(pack).toMatchObject({
      id: 'pack-trade-glossary',
      name: 'trade-glossary',
      importedAt: '2025-03-01T10:00:00.000Z',
    });
    expect(pack.terms.map((t) => t.id)).toEqual([
      'mikrofiberduk',
      'fargkodning',
      'storstadning',
      'objektsbeskrivning',
    ]);
    expect(pack.terms[0]).toMatchObject({
      forms: ['mikrofiberduken', 'mikrofiberdukar', 'mikrofiberdukarna'],
      translations: { uk: { text: 'серветка з мікрофібри', reviewed: false } },
      related: ['fargkodning'],
    });
    expect(pack.terms[2]?.source).toBe('https://www.av.se/');
  });

  it('accepts a Swedish Excel file: BOM, semicolons, CRLF, quoted cells with ; and newlines', () => {
    const csv =
      '\ufeffLemma;Forms;PartOfSpeech;Domain;Explanation_sv;Explanation_en\r\n' +
      'städvagn;städvagnen|städvagnar;noun;cleaning;"En vagn; med allt du behöver\r\nför att städa.";A cleaning trolley.\r\n';
    const pack = packOf(importGlossary(csv, { fileName: 'Ordlista städ.csv', now }));
    expect(pack.name).toBe('Ordlista städ');
    expect(pack.terms).toEqual([
      {
        id: 'stadvagn',
        lemma: 'städvagn',
        forms: ['städvagnen', 'städvagnar'],
        partOfSpeech: 'noun',
        domain: 'cleaning',
        explanation: {
          sv: 'En vagn; med allt du behöver\r\nför att städa.',
          en: 'A cleaning trolley.',
        },
        translations: {},
      },
    ]);
  });

  it('reports bad rows with the line the user sees, counting newlines inside quoted cells', () => {
    const csv = [
      HEADER,
      'skänk,,noun,foundry,"En stor kopp\nför smält metall.",A ladle.,ківш', // lines 2–3
      'formsand,,noun,astrology,Sand för formar.,Moulding sand.,формувальний пісок', // line 4
      'kärna,,subst,foundry,,A core.,стрижень', // line 5
    ].join('\n');
    const errors = errorsOf(importGlossary(csv));
    expect(errors.map(({ line, field, code }) => ({ line, field, code }))).toEqual([
      { line: 4, field: 'domain', code: 'invalid-value' },
      { line: 5, field: 'partOfSpeech', code: 'invalid-value' },
      { line: 5, field: 'explanation_sv', code: 'invalid-value' },
    ]);
    expect(errors[0]?.reason).toContain('Unknown domain "astrology". Use one of: employment');
  });

  it('is atomic: one bad row rejects the file and returns no pack', () => {
    const csv = `${HEADER}\ngood,,noun,pay,Bra.,Good.,добре\nbad,,noun,pay,,Bad.,погано\n`;
    const result = importGlossary(csv);
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('pack');
  });

  it('names a missing required column and an unknown one', () => {
    const csv = 'lemma,partOfSpeech,explanation_sv,explanation_en,explantion\nx,noun,a,b,c\n';
    expect(errorsOf(importGlossary(csv))).toEqual([
      expect.objectContaining({ line: 1, field: 'explantion', code: 'unknown-column' }),
      expect.objectContaining({ line: 1, field: 'domain', code: 'missing-column' }),
    ]);
  });

  it('keeps hostile strings as plain text, and round-trips formulas through export', () => {
    const hostile = '<img src=x onerror=alert(1)> "quoted", ; | ok';
    const pack = packOf(
      importGlossary(
        `${HEADER}\n"=HYPERLINK(""http://evil"")",,noun,pay,"${hostile.replace(/"/g, '""')}",x,y\n`,
      ),
    );
    expect(pack.terms[0]?.lemma).toBe('=HYPERLINK("http://evil")');
    expect(pack.terms[0]?.explanation.sv).toBe(hostile);
    const csv = packToCsv(pack);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(packOf(importGlossary(csv)).terms).toEqual(pack.terms);
  });

  it('guards a formula behind a non-breaking space too, and reads it back', () => {
    const pack = packOf(
      importGlossary(`${HEADER}
lön,,noun,pay,x,y,z
`),
    );
    const example = '\u00A0=HYPERLINK("http://evil")';
    const withExample = { ...pack, terms: [{ ...pack.terms[0]!, example }] };
    const csv = packToCsv(withExample);
    expect(csv).toContain(`"'\u00A0=HYPERLINK(""http://evil"")"`);
    // Import trims cells, so the space goes; the formula stays text.
    expect(packOf(importGlossary(csv)).terms[0]?.example).toBe('=HYPERLINK("http://evil")');
  });

  it('rejects duplicate ids and related ids that name no term', () => {
    const csv = `id,${HEADER},related\na,ett,,noun,pay,x,y,z,b\na,två,,noun,pay,x,y,z,\n`;
    expect(errorsOf(importGlossary(csv))).toEqual([
      expect.objectContaining({ line: 3, field: 'id', code: 'duplicate-id' }),
      expect.objectContaining({ line: 2, field: 'related', code: 'unknown-related' }),
    ]);
    const single = `id,${HEADER},related\na,ett,,noun,pay,x,y,z,lon\n`;
    expect(importGlossary(single, { knownIds: ['lon'] }).ok).toBe(true);
  });

  it('gives terms without an id a slug of the lemma, unique in the pack', () => {
    const csv = `${HEADER}\nÖB-tillägg,,noun,pay,x,y,z\nöb tillägg,,noun,pay,x,y,z\n`;
    expect(packOf(importGlossary(csv)).terms.map((t) => t.id)).toEqual([
      'ob-tillagg',
      'ob-tillagg-2',
    ]);
  });

  it('rejects a file over 5 MB, one with too many terms and an empty one, saying why', () => {
    expect(errorsOf(importGlossary('x'.repeat(5 * 1024 * 1024 + 1)))).toEqual([
      expect.objectContaining({ code: 'too-large', reason: 'The file is larger than 5 MB.' }),
    ]);
    const rows = Array.from({ length: MAX_IMPORT_TERMS + 1 }, (_, i) => `t${i},,noun,pay,x,y,z`);
    expect(errorsOf(importGlossary([HEADER, ...rows].join('\n')))).toEqual([
      expect.objectContaining({ code: 'too-many-terms' }),
    ]);
    expect(errorsOf(importGlossary('\ufeff \n'))[0]?.code).toBe('empty');
    expect(errorsOf(importGlossary(`${HEADER}\n`))[0]?.code).toBe('empty');
  });
});

describe('importGlossary: JSON', () => {
  it('accepts an array of terms and a { name, terms } pack', () => {
    expect(packOf(importGlossary(JSON.stringify([term]), { fileName: 'x.json' })).terms).toEqual([
      term,
    ]);
    const pack = packOf(importGlossary(JSON.stringify({ name: 'Gjuteriet', terms: [term] })));
    expect(pack).toMatchObject({ id: 'pack-gjuteriet', name: 'Gjuteriet', terms: [term] });
  });

  it('reports the line on which the bad term starts, with the property path', () => {
    const bad = { ...term, id: 'b', domain: 'sea', translations: { uk: { text: '' } } };
    const text = `{\n  "name": "G",\n  "terms": [\n    ${JSON.stringify(term)},\n\n    ${JSON.stringify(bad)}\n  ]\n}`;
    expect(errorsOf(importGlossary(text)).map(({ line, field }) => ({ line, field }))).toEqual([
      { line: 6, field: 'domain' },
      { line: 6, field: 'translations.uk.text' },
      { line: 6, field: 'translations.uk.reviewed' },
    ]);
  });

  it('reports a syntax error and a wrong shape', () => {
    const [unreadable] = errorsOf(importGlossary('[\n{"id": }\n]', { format: 'json' }));
    expect(unreadable?.code).toBe('unreadable');
    expect(unreadable?.reason).toMatch(/^Not valid JSON/);
    expect(errorsOf(importGlossary('{"terms": 3}', { format: 'json' }))[0]?.code).toBe(
      'invalid-value',
    );
  });

  it('round-trips a pack through packToJson', () => {
    const pack = packOf(importGlossary(example, { fileName: 'trade-glossary.csv', now }));
    const again = packOf(importGlossary(packToJson(pack), { fileName: 'export.json', now }));
    expect(again).toEqual(pack);
  });
});
