import { describe, expect, it } from 'vitest';
import { invalidFieldPaths } from './field-path.ts';
import { MatchProfileSchema } from './match-profile.ts';
import type { MatchProfile } from './match-profile.ts';

const match: MatchProfile = {
  id: 'match-42',
  status: 'active',
  mentor: {
    displayName: 'Anna S.',
    initials: 'AS',
    avatarUrl: 'https://example.org/anna.jpg',
    profession: 'Formare',
    industry: 'Gjuteri',
    region: 'Jönköpings län',
    languages: [{ code: 'sv', level: 'native' }],
    expertise: ['workplace-culture', 'network'],
    email: 'anna@example.org',
  },
  mentee: {
    displayName: 'Layla A.',
    initials: 'LA',
    profession: 'Maskiningenjör',
    industry: 'Gjuteri',
    region: 'Jönköpings län',
    languages: [
      { code: 'prs', level: 'native' },
      { code: 'sv', level: 'B1' },
    ],
    goals: ['network', 'degree-validation'],
  },
  score: 0.82,
  reasons: [
    { kind: 'industry', label: 'Samma bransch', weight: 0.4 },
    { kind: 'language', label: 'Talar svenska', weight: 0.2 },
  ],
  startedAt: '2025-01-15T09:00:00Z',
  plannedMeetings: 10,
  meetingsHeld: 3,
  nextMeeting: '2025-03-12T15:00:00+01:00',
};

function pathsOf(input: unknown): string[] {
  const result = MatchProfileSchema.safeParse(input);
  if (result.success) throw new Error('expected the input to be rejected');
  return invalidFieldPaths(result.error);
}

describe('MatchProfileSchema', () => {
  it('accepts a match', () => {
    expect(MatchProfileSchema.parse(match)).toEqual(match);
  });

  it('rejects a javascript: avatar URL at mentor.avatarUrl', () => {
    const mentor = { ...match.mentor, avatarUrl: 'javascript:alert(1)' };
    expect(pathsOf({ ...match, mentor })).toEqual(['mentor.avatarUrl']);
  });

  it('rejects an unknown status and a score above 1', () => {
    expect(pathsOf({ ...match, status: 'divorced' })).toEqual(['status']);
    expect(pathsOf({ ...match, score: 1.5 })).toEqual(['score']);
  });

  it('accepts a profession reason with the shared occupation group, and refuses a bad code', () => {
    const reason = {
      kind: 'profession' as const,
      label: 'Same occupation group: 2211 Specialist physicians',
      weight: 0.3,
      occupationGroup: {
        code: '2211',
        names: { sv: 'Specialistläkare', en: 'Specialist physicians' },
      },
    };
    expect(MatchProfileSchema.safeParse({ ...match, reasons: [reason] }).success).toBe(true);
    // A group higher up the classification, with only its Swedish name.
    const higher = {
      ...reason,
      occupationGroup: { code: '22', names: { sv: 'Yrken inom hälso- och sjukvård' } },
    };
    expect(MatchProfileSchema.safeParse({ ...match, reasons: [higher] }).success).toBe(true);
    const bad = { ...reason, occupationGroup: { code: '22111', names: {} } };
    expect(pathsOf({ ...match, reasons: [bad] })).toContain('reasons.0.occupationGroup.code');
  });

  it('rejects a bad reason and a missing mentee name at their paths', () => {
    const reasons = [{ kind: 'horoscope', label: 'Stjärntecken', weight: 0.1 }];
    expect(pathsOf({ ...match, reasons })).toEqual(['reasons.0.kind']);
    const mentee: Partial<MatchProfile['mentee']> = { ...match.mentee };
    delete mentee.displayName;
    expect(pathsOf({ ...match, mentee })).toEqual(['mentee.displayName']);
  });

  it('accepts a participant profile with where to answer, and refuses a script URL there', () => {
    const participant = {
      ...match,
      viewer: 'mentee',
      acceptedBy: ['mentor'],
      actions: {
        accept: '/api/participant/abc/accept',
        decline: 'https://mentor.example.org/api/participant/abc/decline',
      },
    };
    expect(MatchProfileSchema.parse(participant)).toEqual(participant);
    expect(pathsOf({ ...match, actions: { accept: 'javascript:alert(1)' } })).toEqual([
      'actions.accept',
    ]);
    expect(pathsOf({ ...match, actions: { decline: '//evil.example/x' } })).toEqual([
      'actions.decline',
    ]);
    expect(pathsOf({ ...match, viewer: 'coordinator' })).toEqual(['viewer']);
  });
});
