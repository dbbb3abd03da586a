import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardFormula, readCsv, unguardFormula, writeCsv } from './csv.ts';

describe('the formula guard', () => {
  it('guards what a spreadsheet would run, also after spaces and a non-breaking space', () => {
    for (const text of [
      '=HYPERLINK("http://evil.example","click")',
      '+46 70 123 45 67',
      '-2+3',
      '@SUM(A1)',
      '\tindented',
      '\rreturn',
      ' =1+1',
      '\u00A0=1+1',
      '  \u00A0 +cmd',
    ]) {
      expect(guardFormula(text), JSON.stringify(text)).toBe(`'${text}`);
    }
  });

  it('leaves other text alone, an apostrophe included', () => {
    for (const text of ['Amal', "'s-Hertogenbosch", '1 = 1', 'e-post', '', ' spaced ']) {
      expect(guardFormula(text), JSON.stringify(text)).toBe(text);
      expect(unguardFormula(text), JSON.stringify(text)).toBe(text);
    }
  });

  it('gives one more apostrophe to guarded-looking text, so that reading is exact', () => {
    expect(guardFormula("'=1+1")).toBe("''=1+1");
    expect(unguardFormula("''=1+1")).toBe("'=1+1");
    expect(unguardFormula("'=1+1")).toBe('=1+1');
  });

  it('is undone exactly by unguardFormula, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(unguardFormula(guardFormula(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
    // Formula-like text is rare among random strings: this asks for it.
    fc.assert(
      fc.property(
        fc.constantFrom('', "'", "''", ' ', '\u00A0', "' "),
        fc.constantFrom('=', '+', '-', '@', '\t', '\r'),
        fc.string(),
        (lead, start, rest) => {
          const text = lead + start + rest;
          expect(guardFormula(text)).toBe(`'${text}`);
          expect(unguardFormula(guardFormula(text))).toBe(text);
        },
      ),
    );
  });
});

describe('writeCsv', () => {
  it('writes RFC 4180 with CRLF, quoting what needs it', () => {
    const csv = writeCsv([
      ['name', 'notes'],
      ['Amal', 'said "hej", then left\nnext line'],
      [' padded', 'tab\t'],
    ]);
    expect(csv).toBe(
      'name,notes\r\nAmal,"said ""hej"", then left\nnext line"\r\n" padded","tab\t"\r\n',
    );
  });

  it("writes Swedish Excel's dialect: semicolons and a byte-order mark", () => {
    expect(writeCsv([['a', 'b;c', '1,5']], { dialect: 'excel-sv' })).toBe('\uFEFFa;"b;c";1,5\r\n');
  });

  it('guards formulas in the columns named, every column by default', () => {
    const rows = [['=1', '=2']];
    expect(writeCsv(rows)).toBe("'=1,'=2\r\n");
    expect(writeCsv(rows, { guardColumn: (column) => column === 1 })).toBe("=1,'=2\r\n");
  });
});

describe('readCsv', () => {
  it('reads either dialect, with the line each record starts on', () => {
    const result = readCsv('\uFEFFid;notes\r\n1;"two\nlines"\r\n\r\n2;plain\r\n');
    expect(result).toEqual({
      ok: true,
      delimiter: ';',
      records: [
        { line: 1, cells: ['id', 'notes'] },
        { line: 2, cells: ['1', 'two\nlines'] },
        { line: 5, cells: ['2', 'plain'] },
      ],
    });
  });

  it('takes the delimiter from the header alone, whatever the cells hold', () => {
    const result = readCsv('lemma,forms\nOB-tillägg,ob|ob-tillägget;x;y;z\n');
    expect(result.ok && result.delimiter).toBe(',');
    expect(result.ok && result.records[1]?.cells).toEqual(['OB-tillägg', 'ob|ob-tillägget;x;y;z']);
  });

  it('names the line of an unclosed quote', () => {
    expect(readCsv('a,b\n1,2\n3,"never closed\n4,5\n')).toMatchObject({
      ok: false,
      line: 3,
      problem: 'unclosed-quote',
    });
  });

  it('reads a quote closed in the middle of a cell as never closed, at its line', () => {
    expect(readCsv('a,b\n"x"y,z\n')).toMatchObject({
      ok: false,
      line: 2,
      problem: 'unclosed-quote',
    });
  });

  it('gives back what writeCsv wrote, for any text', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 12 });
    fc.assert(
      fc.property(
        fc.constantFrom('rfc4180' as const, 'excel-sv' as const),
        fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 5 }),
        (dialect, rows) => {
          const header = ['a', 'b', 'c'];
          const read = readCsv(writeCsv([header, ...rows], { dialect }));
          expect(read.ok).toBe(true);
          if (!read.ok) return;
          const written = rows.filter((row) => row.some((value) => value !== ''));
          expect(read.records.map((record) => record.cells.map(unguardFormula))).toEqual([
            header,
            ...written,
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
