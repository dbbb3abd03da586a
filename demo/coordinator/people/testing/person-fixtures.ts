// People as GET /api/coordinator/signups/<id>/person answers them, for the person view's tests:
// a mentee who gave every field, with a match and a training; a mentor; and hostile strings.
import type { Person } from '../person-types.ts';

export const MENTEE: Person = {
  signup: {
    id: 'su-amal',
    kind: 'mentee',
    name: 'Amal Haddad',
    email: 'amal@example.org',
    programmeId: 'union-academics',
    trainingUid: 'tr-cv/20261110',
    demo: false,
    createdAt: '2026-11-02T11:00:00.000Z',
    confirmedAt: '2026-11-03T12:00:00.000Z',
    occupationSource: 'coordinator',
    withdrawnAt: null,
    submission: {
      kind: 'mentee',
      programmeId: 'union-academics',
      person: { name: 'Amal Haddad', email: 'amal@example.org', phone: '+46 70 123 45 67' },
      profile: {
        profession: 'Läkare',
        desiredField: 'Vården i Uppsala',
        swedishLevel: 'B1',
        languages: [
          { code: 'ar', level: 'native' },
          { code: 'en', level: 'C1' },
        ],
        goals: ['degree-validation', 'language-practice'],
        availability: 'Tisdagar efter fem',
        region: 'Uppsala',
        occupation: { ssyk: '2211', text: 'läkare' },
        availabilitySlots: ['weekday-evening'],
        meetingModes: ['remote'],
        countryOfBirth: 'SY',
        motherTongue: 'ar',
      },
      answers: { 'heard-from': 'Från Arbetsförmedlingen', 'needs-interpreter': false },
      consent: { privacyUrl: 'https://example.org/integritet', acceptedAt: '2026-11-02T10:59:00Z' },
      locale: 'ar',
      submittedAt: '2026-11-02T11:00:00Z',
      draftId: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
    },
  },
  status: 'matched',
  programme: { id: 'union-academics', name: 'Akademikerförbundets mentorprogram' },
  matches: [
    {
      id: 'm-1',
      role: 'mentee',
      other: { id: 'su-bashir', name: 'Bashir Karimi' },
      status: 'active',
      score: 0.82,
      createdAt: '2026-11-05T12:00:00.000Z',
      startedAt: '2026-11-07T12:00:00.000Z',
    },
  ],
  trainings: [
    {
      uid: 'tr-cv/20261110',
      title: 'Skriv ett svenskt CV',
      startsAt: '2026-11-03T17:00:00.000Z',
      endsAt: '2026-11-03T18:30:00.000Z',
      timeZone: 'Europe/Stockholm',
      rrule: 'FREQ=WEEKLY;COUNT=12',
      occurrenceDay: '2026-11-10',
      status: 'confirmed',
    },
  ],
  occupationNames: { '2211': { sv: 'Specialistläkare', en: 'Specialist physicians' } },
};

export const MENTOR: Person = {
  signup: {
    id: 'su-bashir',
    kind: 'mentor',
    name: 'Bashir Karimi',
    email: 'bashir@example.org',
    programmeId: null,
    trainingUid: null,
    demo: false,
    createdAt: '2026-10-01T11:00:00.000Z',
    confirmedAt: null,
    occupationSource: null,
    withdrawnAt: null,
    submission: {
      kind: 'mentor',
      person: { name: 'Bashir Karimi', email: 'bashir@example.org' },
      profile: {
        organisation: 'Akademiska sjukhuset',
        profession: 'Överläkare',
        industry: 'Vård',
        yearsOfExperience: 22,
        languages: [{ code: 'sv', level: 'native' }],
        availability: 'Kvällar',
        region: 'Uppsala',
        motivation: 'Jag vill hjälpa nya kollegor.\nOch lära mig själv.',
        expertise: ['network', 'cv'],
        capacity: 2,
      },
      answers: {},
      consent: { privacyUrl: 'https://example.org/integritet', acceptedAt: '2026-10-01T10:59:00Z' },
      locale: 'sv',
      submittedAt: '2026-10-01T11:00:00Z',
      draftId: '2b4e28ba-2fa1-11d2-883f-0016d3cca427',
    },
  },
  status: 'new',
  programme: null,
  matches: [],
  trainings: [],
  occupationNames: {},
};

export const HOSTILE_TEXT = '<img src=x onerror="window.__pwned=1">';

/** The mentee with markup where people write text, and a javascript: privacy address. */
export function hostilePerson(): Person {
  const person = structuredClone(MENTEE);
  person.signup.name = HOSTILE_TEXT;
  person.signup.submission.profile.region = HOSTILE_TEXT;
  person.signup.submission.profile.availability = `<script>window.__pwned=1</script>`;
  person.signup.submission.consent.privacyUrl = 'javascript:window.__pwned=1';
  person.matches[0]!.other.name = HOSTILE_TEXT;
  person.trainings[0]!.title = HOSTILE_TEXT;
  return person;
}
