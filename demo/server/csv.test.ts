import { describe, expect, it } from 'vitest';
import type { SignupSubmission } from '@mentorkit/core';
import { signupsToCsv } from './csv.ts';
import type { StoredSignup } from './store/signups.ts';
import { menteeSubmission } from './testing/fixtures.ts';

function signupOf(submission: SignupSubmission): StoredSignup {
  return {
    id: 'su-1',
    kind: submission.kind,
    name: submission.person.name,
    email: submission.person.email,
    programmeId: null,
    trainingUid: null,
    submission,
    demo: false,
    createdAt: '2026-11-23T10:00:00.000Z',
    confirmedAt: null,
    occupationSource: null,
    withdrawnAt: null,
  };
}

// The cells' quoting and the formula guard are core's (packages/core/src/csv); this is the
// signups' columns and that every cell goes through the guard.
describe('CSV export of signups', () => {
  it('writes the Swedish-Excel dialect with a BOM and semicolons', () => {
    const csv = signupsToCsv([signupOf(menteeSubmission())], 'excel-sv');
    expect(csv.startsWith('\uFEFFid;created_at;kind;name;email')).toBe(true);
  });

  it('exports a hostile signup as text, one row per signup', () => {
    const signup = signupOf(
      menteeSubmission({ person: { name: "=cmd|' /C calc'!A0", email: 'x@example.org' } }),
    );
    const lines = signupsToCsv([signup], 'rfc4180').trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^id,created_at,kind,name,email/);
    expect(lines[1]).toContain(",mentee,'=cmd|' /C calc'!A0,x@example.org,");
    expect(lines[1]).not.toMatch(/,=/);
  });

  it("carries the occupation codes, who gave them, and the person's words", () => {
    const classified = signupOf(
      menteeSubmission({
        profile: {
          ...menteeSubmission().profile,
          profession: 'Läkare från Syrien',
          occupation: {
            titleId: 'RxSa_Mp7_9He',
            ssyk: '2211',
            isco08: ['2211', '2212'],
            text: 'Läkare från Syrien',
          },
        },
      }),
    );
    const unclassified = signupOf(menteeSubmission());
    const [header, ...rows] = signupsToCsv(
      [{ ...classified, occupationSource: 'coordinator' }, unclassified],
      'rfc4180',
    )
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));
    const column = (name: string) => header!.indexOf(name);
    const cells = (row: string[]) =>
      [
        'profession',
        'occupation_ssyk',
        'occupation_isco08',
        'occupation_title_id',
        'occupation_classified_by',
      ].map((name) => row[column(name)]);
    expect(cells(rows[0]!)).toEqual([
      'Läkare från Syrien',
      '2211',
      '2211 2212',
      'RxSa_Mp7_9He',
      'coordinator',
    ]);
    expect(cells(rows[1]!)).toEqual(['Gjutare', '', '', '', '']);
  });
});
