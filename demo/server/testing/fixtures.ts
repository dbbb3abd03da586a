// Valid submissions for the backend's tests, built fresh each time (each with its own draftId).
import { randomUUID } from 'node:crypto';
import type { MenteeSignup, MentorSignup } from '@mentorkit/core';

/** What every submission carries besides the person: consent, language, when, its own key. */
function sent(): Pick<MenteeSignup, 'consent' | 'locale' | 'submittedAt' | 'draftId'> {
  return {
    consent: { privacyUrl: 'https://example.org/integritet', acceptedAt: '2026-11-01T10:00:00Z' },
    locale: 'sv',
    submittedAt: '2026-11-01T10:00:00Z',
    draftId: randomUUID(),
  };
}

export function menteeSubmission(overrides: Partial<MenteeSignup> = {}): MenteeSignup {
  return {
    kind: 'mentee',
    person: { name: 'Amina Test', email: 'amina.test@example.org' },
    profile: {
      profession: 'Gjutare',
      desiredField: 'Gjuteri',
      swedishLevel: 'sfi-c',
      languages: [
        { code: 'ar', level: 'native' },
        { code: 'sv', level: 'A2' },
      ],
      goals: ['workplace-culture', 'language-practice'],
      availability: 'Vardagar dagtid',
      region: 'Småland',
    },
    answers: {},
    ...sent(),
    ...overrides,
  };
}

export function mentorSubmission(overrides: Partial<MentorSignup> = {}): MentorSignup {
  return {
    kind: 'mentor',
    person: { name: 'Lars Test', email: 'lars.test@example.org' },
    profile: {
      organisation: 'Testgjuteriet AB',
      profession: 'Gjutare',
      industry: 'Gjuteri',
      yearsOfExperience: 20,
      languages: [
        { code: 'sv', level: 'native' },
        { code: 'ar', level: 'B1' },
      ],
      availability: 'Vardagar dagtid',
      region: 'Småland',
      motivation: 'Vill hjälpa nya kollegor.',
    },
    answers: {},
    ...sent(),
    ...overrides,
  };
}
