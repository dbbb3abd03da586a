import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula, signupsToCsv, toCsv } from './csv.ts';
import type { StoredSignup } from './store/signups.ts';
import { menteeSubmission } from './test-fixtures.ts';

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const hostile of ["=cmd|' /C calc'!A0", '+SUM(A1)', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutraliseFormula(hostile)).toBe(`'${hostile}`);
    }
    expect(neutraliseFormula('Anna')).toBe('Anna');
    expect(csvCell("=cmd|' /C calc'!A0", ',')).toBe("'=cmd|' /C calc'!A0");
    expect(csvCell('=HYPERLINK("http://x","y")', ',')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('quotes separators, quotes and line breaks as RFC 4180 says', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'plain']])).toBe(
      '"a,b","say ""hi""","two\nlines",plain\r\n',
    );
  });

  it('writes the Swedish-Excel dialect with a BOM and semicolons', () => {
    const csv = toCsv([['Åsa', '1,5', 'a;b']], 'excel-sv');
    expect(csv).toBe('\uFEFFÅsa;1,5;"a;b"\r\n');
  });

  it('exports a hostile signup as text, one row per signup', () => {
    const submission = menteeSubmission({
      person: { name: "=cmd|' /C calc'!A0", email: 'x@example.org' },
    });
    const signup: StoredSignup = {
      id: 'su-1',
      kind: 'mentee',
      name: submission.person.name,
      email: submission.person.email,
      programmeId: null,
      trainingUid: null,
      submission,
      demo: false,
      createdAt: '2026-11-23T10:00:00.000Z',
    };
    const lines = signupsToCsv([signup], 'rfc4180').trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^id,created_at,kind,name,email/);
    expect(lines[1]).toContain(",mentee,'=cmd|' /C calc'!A0,x@example.org,");
    expect(lines[1]).not.toMatch(/,=/);
  });
});
