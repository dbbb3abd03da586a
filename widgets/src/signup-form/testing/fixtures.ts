/** Form values and contexts shared by the node tests, the browser tests and the benchmark. */
import type { FormValues } from '../form-values.ts';
import type { SubmissionContext } from '../build-submission.ts';

export const DRAFT_ID = '7d7f3c1e-2b4a-4c61-9a3e-5f0b8c2d1e90';

export const MENTOR_VALUES: FormValues = {
  'person.name': 'Anna Lindqvist',
  'person.email': 'anna@example.se',
  'person.phone': '070-123 45 67',
  'profile.organisation': 'Gjuteriet i Hultsfred',
  'profile.profession': 'Formare',
  'profile.industry': 'Gjuteri',
  'profile.yearsOfExperience': '12',
  'profile.languages': [
    { code: 'sv', level: 'native' },
    { code: 'en', level: 'B2' },
  ],
  'profile.expertise': ['cv', 'workplace-culture'],
  'profile.capacity': '2',
  'profile.availabilitySlots': ['weekday-evening'],
  'profile.meetingModes': ['in-person', 'remote'],
  'profile.region': 'Kalmar län',
  'profile.motivation': 'Jag vill hjälpa nya kollegor in i yrket.',
  consent: true,
};

export const MENTEE_VALUES: FormValues = {
  'person.name': 'Samir Haddad',
  'person.email': 'samir@example.com',
  'profile.profession': 'Civilingenjör',
  'profile.desiredField': 'Verkstadsindustri',
  'profile.swedishLevel': 'sfi-d',
  'profile.languages': [{ code: 'ar', level: 'native' }],
  'profile.goals': ['cv', 'degree-validation'],
  'profile.availabilitySlots': ['weekday-daytime', 'weekend'],
  'profile.meetingModes': ['remote'],
  'profile.region': 'Västerås',
  consent: true,
};

export function context(overrides: Partial<SubmissionContext> = {}): SubmissionContext {
  return {
    kind: 'mentor',
    privacyUrl: 'https://partner.example/integritet',
    locale: 'sv',
    draftId: DRAFT_ID,
    questions: [],
    now: new Date('2026-11-23T10:00:00Z'),
    ...overrides,
  };
}
