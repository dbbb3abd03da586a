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
});
