// What the administration's routes answer, for its component tests: two programmes (one with
// questions of its own on the signup form, one without), the first administrator, an invited
// coordinator and an active one, and an audit log with an export and an erasure (the erased
// person no longer named), a view of a person who still exists, a list exported as CSV, an
// account removed since, a route the page has no words for, and a sign-in with a passkey.
import type { Administration, AuditEntry } from '../administration-types.ts';

export const HOSTILE_TEXT = '<img src=x onerror="window.__pwned=1">';

const entry = (overrides: Partial<AuditEntry> & Pick<AuditEntry, 'id' | 'action' | 'route'>) => ({
  at: '2026-11-20T09:30:00.000Z',
  actorId: 'co-ulla',
  actorRole: 'coordinator',
  actorName: 'Ulla Union',
  status: 200,
  subjectNames: [],
  ...overrides,
});

export const AUDIT: AuditEntry[] = [
  entry({
    id: '6',
    action: 'erased',
    route: 'POST /api/coordinator/signups/su-farid/erase',
    subjectKind: 'signup',
    subjectId: 'su-farid',
    at: '2026-11-20T10:05:00.000Z',
  }),
  entry({
    id: '5',
    action: 'exported',
    route: 'GET /api/coordinator/signups/su-farid/export',
    subjectKind: 'signup',
    subjectId: 'su-farid',
    at: '2026-11-20T10:00:00.000Z',
  }),
  entry({
    id: '4',
    action: 'viewed',
    route: 'GET /api/coordinator/signups/su-amal/person',
    subjectKind: 'signup',
    subjectId: 'su-amal',
    subjectNames: ['Amal Haddad'],
  }),
  entry({
    id: '3',
    action: 'changed',
    route: 'POST /api/coordinator/matches',
    subjectKind: 'match',
    subjectId: 'm-1',
    subjectNames: ['Amal Haddad', 'Bashir Karimi'],
    actorId: 'co-gone',
    actorName: null,
  }),
  entry({
    id: '2',
    action: 'exported',
    route: 'GET /api/coordinator/signups.csv',
    actorId: 'co-admin',
    actorRole: 'administrator',
    actorName: 'First administrator',
  }),
  entry({
    id: '1',
    action: 'changed',
    route: 'POST /api/coordinator/something-new',
  }),
  entry({
    id: '0',
    action: 'signed-in',
    route: 'POST /api/coordinator/sign-in/passkey',
    subjectKind: 'coordinator',
    subjectId: 'co-ulla',
    subjectNames: ['Ulla Union'],
    at: '2026-11-20T07:00:00.000Z',
  }),
];

export const ADMINISTRATION: Administration = {
  programmes: [
    {
      id: 'union-academics',
      name: 'Akademikerförbundets mentorprogram',
      languages: ['sv', 'ar'],
      capacityDefault: 2,
      createdAt: '2026-10-01T08:00:00.000Z',
    },
    {
      id: 'foundry',
      name: 'Gjuteriets yrkesmentorer',
      languages: [],
      capacityDefault: 1,
      createdAt: '2026-10-02T08:00:00.000Z',
    },
  ],
  coordinators: [
    {
      id: 'co-admin',
      email: null,
      name: 'First administrator',
      role: 'administrator',
      bootstrap: true,
      lang: 'sv',
      programmes: [],
      status: 'active',
      invitedAt: null,
      createdAt: '2026-10-01T08:00:00.000Z',
      lastSignInAt: '2026-11-20T08:00:00.000Z',
    },
    {
      id: 'co-ulla',
      email: 'ulla@union.example',
      name: 'Ulla Union',
      role: 'coordinator',
      bootstrap: false,
      lang: 'sv',
      programmes: ['union-academics', 'foundry'],
      status: 'active',
      invitedAt: '2026-10-03T08:00:00.000Z',
      createdAt: '2026-10-03T08:00:00.000Z',
      lastSignInAt: '2026-11-19T15:45:00.000Z',
    },
    {
      id: 'co-frank',
      email: 'frank@foundry.example',
      name: 'Frank Foundry',
      role: 'coordinator',
      bootstrap: false,
      lang: 'en',
      programmes: ['foundry'],
      status: 'invited',
      invitedAt: '2026-11-18T12:00:00.000Z',
      createdAt: '2026-11-18T12:00:00.000Z',
      lastSignInAt: null,
    },
  ],
  audit: AUDIT,
  questions: {
    'union-academics': [
      {
        id: 'licence',
        type: 'yes-no',
        label: { sv: 'Har du körkort?', en: 'Do you have a driving licence?' },
      },
      { id: 'heard-from', type: 'text', label: 'Hur hörde du talas om oss?' },
    ],
    foundry: [],
  },
};

/** Hostile strings where people's and administrators' words go. */
export function hostileAdministration(): Administration {
  const administration = structuredClone(ADMINISTRATION);
  administration.programmes[0]!.name = HOSTILE_TEXT;
  administration.coordinators[1]!.name = HOSTILE_TEXT;
  administration.audit[2]!.subjectNames = [HOSTILE_TEXT];
  administration.audit[2]!.actorName = HOSTILE_TEXT;
  return administration;
}
