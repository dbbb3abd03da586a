// What the coordinator API answers for the proposals, the matches and the shared sessions, for
// the component tests: a mentee's candidates (one at capacity, one unclassified), two matches
// (one proposed and waiting for the mentor, one active with a meeting and a follow-up), and
// the sessions a mentor shared (one flagged with a note, one handled). Codes everywhere the API
// has them, so a test fails when one reaches the screen.
import type { Candidates, MatchEntry, SharedSessions } from '../types.ts';

export const MENTEE = { id: 'su-amal', name: 'Amal Haddad' };

export const CANDIDATES: Candidates = {
  inActiveMatch: false,
  occupationNames: { '2211': { sv: 'Specialistläkare', en: 'Specialist physicians' } },
  candidates: [
    {
      id: 'su-eva',
      kind: 'mentor',
      name: 'Eva Lund',
      profession: 'Överläkare',
      occupation: '2211 Specialist physicians',
      region: 'Uppsala',
      demo: false,
      score: 0.82,
      capacity: { max: 2, active: 1 },
      reasons: [
        {
          kind: 'profession',
          label: 'Same occupation group: 2211 Specialist physicians',
          contribution: 0.4,
          details: ['2211', 'Specialist physicians'],
        },
        {
          kind: 'language',
          label: 'Shared languages: ar, sv',
          contribution: 0.2,
          details: ['ar', 'sv'],
        },
        {
          kind: 'goals',
          label: 'Goals covered: degree-validation',
          contribution: 0.12,
          details: ['degree-validation'],
        },
        {
          kind: 'availability',
          label: 'Availability: weekday-evening, remote',
          contribution: 0.1,
          details: ['weekday-evening', 'remote'],
        },
        { kind: 'capacity', label: 'Capacity: 1', contribution: 0.05, details: ['1'] },
        { kind: 'region', label: 'Region', contribution: 0, details: [] },
      ],
    },
    {
      id: 'su-olle',
      kind: 'mentor',
      name: 'Olle Berg',
      profession: 'Sjuksköterska',
      region: 'Gävle',
      demo: true,
      score: 0.31,
      capacity: { max: 1, active: 1 },
      atCapacity: true,
      reasons: [
        {
          kind: 'region',
          label: 'Same region: Gävle',
          contribution: 0.31,
          details: ['Gävle'],
        },
      ],
    },
  ],
};

const participant = (displayName: string, initials: string) => ({
  displayName,
  initials,
  profession: 'Läkare',
  industry: 'Vård',
  region: 'Uppsala',
  languages: [],
});

const links = (usable: boolean) => ({
  mentor: { expiresAt: '2026-12-20T10:00:00.000Z', usable },
  mentee: { expiresAt: '2026-12-20T10:00:00.000Z', usable },
});

export const PROPOSED_MATCH: MatchEntry = {
  demo: false,
  signupIds: { mentor: 'su-eva', mentee: 'su-amal' },
  profile: {
    id: 'm-1',
    status: 'proposed',
    mentor: participant('Eva Lund', 'EL'),
    mentee: participant('Amal Haddad', 'AH'),
    score: 0.82,
    reasons: [
      {
        kind: 'profession',
        label: 'Same occupation group: 2211 Specialist physicians',
        weight: 0.4,
        occupationGroup: {
          code: '2211',
          names: { sv: 'Specialistläkare', en: 'Specialist physicians' },
        },
      },
      { kind: 'language', label: 'Shared languages: ar, sv', weight: 0.2 },
    ],
    plannedMeetings: 10,
    meetingsHeld: 0,
    acceptedBy: ['mentee'],
  },
  history: [
    {
      actor: 'coordinator',
      action: 'proposed',
      about: null,
      fromStatus: null,
      toStatus: 'proposed',
      reason: null,
      at: '2026-11-20T09:00:00.000Z',
    },
    {
      actor: 'mentee',
      action: 'accepted',
      about: null,
      fromStatus: 'proposed',
      toStatus: 'proposed',
      reason: null,
      at: '2026-11-21T09:00:00.000Z',
    },
  ],
  waitingFor: ['mentor'],
  links: links(true),
  lastMeeting: null,
  followUps: [],
};

export const ACTIVE_MATCH: MatchEntry = {
  demo: true,
  signupIds: { mentor: 'su-bashir', mentee: 'su-layla' },
  profile: {
    id: 'm-2',
    status: 'active',
    mentor: participant('Bashir Karimi', 'BK'),
    mentee: participant('Layla Said', 'LS'),
    reasons: [{ kind: 'goals', label: 'Goals covered: cv', weight: 0.3 }],
    startedAt: '2026-10-01T09:00:00.000Z',
    plannedMeetings: 10,
    meetingsHeld: 3,
  },
  history: [
    {
      actor: 'coordinator',
      action: 'link-revoked',
      about: 'mentee',
      fromStatus: null,
      toStatus: null,
      reason: 'Fel adress',
      at: '2026-10-02T09:00:00.000Z',
    },
  ],
  waitingFor: [],
  links: {
    mentor: links(true).mentor,
    mentee: { expiresAt: '2026-10-02T09:00:00.000Z', usable: false },
  },
  lastMeeting: '2026-11-18',
  followUps: [{ monthsAfterStart: 1, role: 'mentee', state: 'waiting' }],
};

export const SHARED: SharedSessions = {
  matches: [
    {
      matchId: 'm-2',
      mentorName: 'Bashir Karimi',
      menteeName: 'Layla Said',
      connected: true,
      sessions: 4,
      lastSession: '2026-11-18',
    },
  ],
  flagged: [
    {
      matchId: 'm-2',
      sessionId: '00000000-0000-4000-8000-000000000001',
      date: '2026-11-18',
      durationMinutes: 45,
      mode: 'workplace-visit',
      topics: ['cv', 'job-search', 'workplace-culture'],
      rating: 4,
      needsAttention: true,
      note: 'Orolig för nattskiften.',
      updatedAt: '2026-11-18T18:00:00.000Z',
      mentorName: 'Bashir Karimi',
      menteeName: 'Layla Said',
    },
    {
      matchId: 'm-2',
      sessionId: '00000000-0000-4000-8000-000000000002',
      date: '2026-11-04',
      durationMinutes: 30,
      mode: 'video',
      topics: ['other'],
      needsAttention: true,
      updatedAt: '2026-11-04T18:00:00.000Z',
      handledAt: '2026-11-05T08:30:00.000Z',
      mentorName: 'Bashir Karimi',
      menteeName: 'Layla Said',
    },
  ],
};
