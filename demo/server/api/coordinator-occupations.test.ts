// The coordinator's side of issue 16 through the real server, on both engines: the signup list
// names each classified occupation, the search finds titles, a chosen title is stored with the
// classification's own codes (validated, behind the token), and the proposals respect the
// programme's state and put the profession's reason, with the shared group named, first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MenteeSignup, MentorSignup } from '@mentorkit/core';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import { insertMatch } from '../store/matches.ts';
import { getSignup, insertSignup } from '../store/signups.ts';
import { menteeSubmission, mentorSubmission } from '../testing/fixtures.ts';
import { lazyDatabase, startTestServer, type TestServer } from '../testing/test-server.ts';
import { useCoordinatorSession } from '../testing/coordinator-session.ts';
import type { OccupationChoice, SignupView } from './coordinator-occupation-routes.ts';
import type { CandidateList } from './coordinator-routes.ts';

const TOKEN = 'coordinator-token-for-occupation-tests';
const auth: Record<string, string> = {};
const PHYSICIANS = { ssyk: '2211', isco08: ['2212'] };

const mentee = (profile: Partial<MenteeSignup['profile']>, email = 'amal@example.org') =>
  menteeSubmission({
    person: { name: 'Amal Test', email },
    profile: { ...menteeSubmission().profile, ...profile },
  });
const mentor = (name: string, profile: Partial<MentorSignup['profile']>) =>
  mentorSubmission({
    person: { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.org` },
    profile: { ...mentorSubmission().profile, ...profile },
  });

describe.each(TEST_DATABASES)('classifying and proposing, on $name', (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(lazyDatabase(context), { coordinatorToken: TOKEN });
  });
  afterAll(() => server.close());
  useCoordinatorSession(() => server.base, TOKEN, auth);

  const get = async <Answer>(path: string) => {
    const response = await fetch(`${server.base}${path}`, { headers: auth });
    expect(response.status, path).toBe(200);
    return (await response.json()) as Answer;
  };
  const classify = (id: string, body: unknown, headers: Record<string, string> = auth) =>
    fetch(`${server.base}/api/coordinator/signups/${id}/occupation`, {
      method: 'PUT',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  const store = async (key: string, submission: Parameters<typeof insertSignup>[2]) =>
    (await insertSignup(context.database, key, submission)).id;

  it('lists the occupation group or none, finds titles, and stores the chosen one', async () => {
    const words = 'Läkare, specialist i allmänmedicin från Syrien';
    const id = await store('k-cls-1', mentee({ profession: words }));
    const listed = await get<SignupView[]>('/api/coordinator/signups');
    expect(listed).toHaveLength(1);
    expect(listed[0]!.occupationLabel).toBeUndefined();

    const found = await get<OccupationChoice[]>(
      `/api/coordinator/occupations?q=${encodeURIComponent('specialistläkare')}`,
    );
    const choice = found.find((title) => title.ssyk === '2211' && title.titleId);
    expect(choice?.group).toBe('2211 Specialist physicians');
    // The group's name alone in the language asked for (the default: Swedish), for the dialog.
    expect(choice?.groupName).toBe('Specialistläkare');
    const english = await get<OccupationChoice[]>(
      `/api/coordinator/occupations?locale=en&q=${encodeURIComponent('specialistläkare')}`,
    );
    expect(english.find((title) => title.ssyk === '2211')?.groupName).toBe('Specialist physicians');

    const answer = await classify(id, { titleId: choice!.titleId, ssyk: '2211' });
    expect(answer.status).toBe(200);
    const view = (await answer.json()) as SignupView;
    expect(view.occupationLabel).toBe('2211 Specialist physicians');
    expect(view.occupationSource).toBe('coordinator');

    const stored = await getSignup(context.database, id);
    expect(stored?.submission.profile.profession).toBe(words);
    // The classification's own ISCO-08 codes for the title (SCB's key gives two for 2211).
    expect(stored?.submission.profile.occupation).toEqual({
      titleId: choice!.titleId,
      ssyk: '2211',
      isco08: ['2211', '2212'],
      text: words,
    });
    const relisted = await get<SignupView[]>('/api/coordinator/signups');
    expect(relisted[0]!.occupationLabel).toBe('2211 Specialist physicians');

    // A group alone (no title): the group's ISCO-08 codes from SCB's key.
    expect((await classify(id, { ssyk: '2221' })).status).toBe(200);
    const group = (await getSignup(context.database, id))?.submission.profile.occupation;
    expect(group).toMatchObject({ ssyk: '2221', text: words });
    expect(group).not.toHaveProperty('titleId');
    expect(group?.isco08).toContain('2221');
  });

  it('refuses an unknown group or title, a title of another group, a bad body and no token', async () => {
    const id = await store('k-cls-2', mentee({ profession: 'Läkare' }));
    const found = await get<OccupationChoice[]>(
      '/api/coordinator/occupations?q=specialistl%C3%A4kare',
    );
    const titleId = found.find((title) => title.ssyk === '2211' && title.titleId)!.titleId!;
    const refusals: [unknown, string][] = [
      [{ ssyk: '9999' }, 'ssyk'],
      [{ ssyk: '2211', titleId: 'no-such-title' }, 'titleId'],
      [{ ssyk: '2221', titleId }, 'ssyk'],
      [{ ssyk: '22' }, 'ssyk'],
      [{ ssyk: '2211', isco08: ['2212'] }, ''],
    ];
    for (const [body, field] of refusals) {
      const answer = await classify(id, body);
      expect(answer.status, JSON.stringify(body)).toBe(422);
      if (field) {
        const problem = (await answer.json()) as { errors: { field: string }[] };
        expect(problem.errors.map((error) => error.field)).toContain(field);
      }
    }
    expect((await classify('su-none', { ssyk: '2211' })).status).toBe(404);
    expect((await classify(id, { ssyk: '2211' }, {})).status).toBe(401);
    expect((await getSignup(context.database, id))?.submission.profile.occupation).toBeUndefined();
  });

  it('proposes by occupation group, profession first, and respects matches and capacity', async () => {
    const amal = await store(
      'k-prop-1',
      mentee({ profession: 'Läkare', occupation: { ...PHYSICIANS, text: 'Läkare' } }),
    );
    const eva = await store(
      'k-prop-2',
      mentor('Eva Physician', {
        profession: 'Överläkare',
        occupation: { ssyk: '2211', isco08: ['2212'], text: 'Överläkare' },
        capacity: 1,
      }),
    );
    const nurse = await store(
      'k-prop-3',
      mentor('Nora Nurse', {
        profession: 'Sjuksköterska',
        occupation: { ssyk: '2221', isco08: ['2221'], text: 'Sjuksköterska' },
        capacity: 2,
      }),
    );
    const first = await get<CandidateList>(`/api/coordinator/signups/${amal}/candidates`);
    expect(first.inActiveMatch).toBe(false);
    expect(first.candidates.map((candidate) => candidate.id)).toEqual([eva, nurse]);
    const [best] = first.candidates;
    expect(best!.reasons[0]).toMatchObject({
      kind: 'profession',
      label: 'Same occupation group: 2211 Specialist physicians',
      details: ['2211', 'Specialist physicians'],
    });
    expect(best!.occupation).toBe('2211 Specialist physicians');
    // The groups by name in both of the coordinator's languages, for the proposals' words.
    expect(first.occupationNames['2211']).toEqual({
      sv: 'Specialistläkare',
      en: 'Specialist physicians',
    });
    expect(first.occupationNames['22']?.sv).toBeTruthy();
    expect(best!.capacity).toEqual({ max: 1, active: 0 });
    expect(first.candidates[1]!.reasons[0]!.label).toBe(
      'Same occupational field: 22 Occupations requiring advanced academic competence in health care',
    );

    // Eva takes another mentee: at capacity, she comes after the nurse, flagged.
    const other = await store('k-prop-4', mentee({ profession: 'Läkare' }, 'other@example.org'));
    await insertMatch(context.database, {
      mentorSignupId: eva,
      menteeSignupId: other,
      status: 'active',
      reasons: [],
    });
    const full = await get<CandidateList>(`/api/coordinator/signups/${amal}/candidates`);
    expect(
      full.candidates.map((candidate) => [candidate.id, candidate.atCapacity ?? false]),
    ).toEqual([
      [nurse, false],
      [eva, true],
    ]);

    // Proposed to the nurse: that pair is not proposed again; the stored reason carries the group.
    const proposed = await fetch(`${server.base}/api/coordinator/matches`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ mentorId: nurse, menteeId: amal }),
    });
    expect(proposed.status).toBe(201);
    const { profile } = (await proposed.json()) as {
      profile: { reasons: { kind: string; occupationGroup?: unknown }[] };
    };
    expect(profile.reasons.find((reason) => reason.kind === 'profession')?.occupationGroup).toEqual(
      {
        code: '22',
        names: {
          sv: 'Yrken med krav på fördjupad högskolekompetens inom hälso- och sjukvård',
          en: 'Occupations requiring advanced academic competence in health care',
        },
      },
    );
    const after = await get<CandidateList>(`/api/coordinator/signups/${amal}/candidates`);
    expect(after.candidates.map((candidate) => candidate.id)).toEqual([eva]);

    // Once Amal is in an active match, no mentor is proposed to her.
    await context.database.query(
      "UPDATE matches SET status = 'active' WHERE mentee_signup_id = $1",
      [amal],
    );
    const busy = await get<CandidateList>(`/api/coordinator/signups/${amal}/candidates`);
    expect(busy).toEqual({ candidates: [], occupationNames: {}, inActiveMatch: true });
  });
});
