// The coordinator's people list and person view through the HTTP API, on every test database:
// filters, sorting, paging with its total, search that ignores case and diacritics, the
// derived status along the match lifecycle, withdrawal and its undo, and the programmes'
// walls (a coordinator never sees another programme's people, on any of these routes).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCsv } from '@mentorkit/core/csv';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import { listAudit } from '../store/audit-log.ts';
import { insertCoordinator, insertProgramme } from '../store/coordinators.ts';
import { createSession } from '../store/coordinator-sessions.ts';
import { insertMatch } from '../store/matches.ts';
import { insertSignup } from '../store/signups.ts';
import { insertTraining } from '../store/trainings.ts';
import { signInWithToken } from '../testing/coordinator-session.ts';
import { menteeSubmission, mentorSubmission } from '../testing/fixtures.ts';
import { lazyDatabase, startTestServer, type TestServer } from '../testing/test-server.ts';
import { fillSearchText } from './fill-search-text.ts';
import { MAX_SELECTED_IDS } from './people-params.ts';
import type { PeoplePageView, PersonViewResponse } from '../api/people-routes.ts';

const TOKEN = 'people-test-token-0123456789abcdef';
const NOW = new Date('2026-12-01T09:00:00Z');

describe.each(TEST_DATABASES)('the people list on $name', { timeout: 120_000 }, (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function start() {
    server = await startTestServer(lazyDatabase(context), {
      coordinatorToken: TOKEN,
      now: () => NOW,
    });
    return server;
  }

  /** A coordinator of `programmes`, signed in: the headers of their session. */
  async function coordinatorOf(email: string, programmes: string[]) {
    const account = await insertCoordinator(context.database, {
      email,
      name: email,
      role: 'coordinator',
      lang: 'sv',
      programmes,
      now: NOW,
    });
    const session = await createSession(context.database, account!.id, NOW);
    return {
      id: account!.id,
      headers: {
        Cookie: `mentorkit-coordinator=${session.token}`,
        'X-CSRF-Token': session.csrfToken,
      },
    };
  }

  /** Eight people in two programmes, created a minute apart (the first is the oldest). */
  async function seed() {
    await insertProgramme(context.database, {
      id: 'academics',
      name: 'Akademikerprogrammet',
      now: NOW,
    });
    await insertProgramme(context.database, { id: 'foundry', name: 'Gjuteriet', now: NOW });
    const people = [
      mentee('Amal Haddad', 'academics', { profession: 'Läkare', region: 'Skåne', ssyk: '2211' }),
      mentee('José Martínez', 'academics', { profession: 'Sjuksköterska', region: 'Stockholm' }),
      mentor('Maja Berg', 'academics', { profession: 'Överläkare', region: 'Skåne', ssyk: '2211' }),
      mentor('Örjan Ek', 'academics', { profession: 'Ingenjör', region: 'Uppsala', ssyk: '2142' }),
      mentee('Farid Foundry', 'foundry', { profession: 'Läkare', region: 'Småland' }),
      mentor('Fia Gjutare', 'foundry', { profession: 'Gjutare', region: 'Småland', ssyk: '8121' }),
    ];
    const ids: Record<string, string> = {};
    for (const [index, submission] of people.entries()) {
      const stored = await insertSignup(context.database, submission.draftId, submission, {
        createdAt: new Date(NOW.getTime() - (people.length - index) * 60_000),
      });
      ids[submission.person.name] = stored.id;
    }
    return ids;
  }

  type Profile = { profession: string; region: string; ssyk?: string };
  const occupation = ({ profession, ssyk }: Profile) =>
    ssyk ? { occupation: { ssyk, text: profession } } : {};
  const emailOf = (name: string) =>
    `${name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, '.')}@example.org`;
  function mentee(name: string, programmeId: string, profile: Profile) {
    const base = menteeSubmission();
    return menteeSubmission({
      programmeId,
      person: { name, email: emailOf(name) },
      profile: {
        ...base.profile,
        profession: profile.profession,
        region: profile.region,
        ...occupation(profile),
      },
    });
  }
  function mentor(name: string, programmeId: string, profile: Profile) {
    const base = mentorSubmission();
    return mentorSubmission({
      programmeId,
      person: { name, email: emailOf(name) },
      profile: {
        ...base.profile,
        profession: profile.profession,
        region: profile.region,
        ...occupation(profile),
      },
    });
  }

  async function page(headers: Record<string, string>, query: string) {
    const response = await fetch(
      `${server!.base}/api/coordinator/signups?${/(^|&)page=/.test(query) ? '' : 'page=1&'}${query}`,
      {
        headers,
      },
    );
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as PeoplePageView;
  }
  const namesIn = async (headers: Record<string, string>, query: string) =>
    (await page(headers, query)).items.map((item) => item.name);

  it('filters, sorts and pages, with the total over every page', async () => {
    await start();
    await seed();
    const admin = await signInWithToken(server!.base, TOKEN);
    expect(await namesIn(admin, 'sort=name')).toEqual([
      'Amal Haddad',
      'Farid Foundry',
      'Fia Gjutare',
      'José Martínez',
      'Maja Berg',
      'Örjan Ek',
    ]);
    // Newest first by default; two per page.
    const second = await page(admin, 'size=2&page=2');
    expect(second.items.map((item) => item.name)).toEqual(['Örjan Ek', 'Maja Berg']);
    expect(second).toMatchObject({ total: 6, page: 2, size: 2 });
    // Past the last page: nothing, and still the total.
    const past = await fetch(`${server!.base}/api/coordinator/signups?page=9&size=2`, {
      headers: admin,
    });
    expect(await past.json()).toMatchObject({ items: [], total: 6 });

    expect(await namesIn(admin, 'role=mentor&sort=oldest')).toEqual([
      'Maja Berg',
      'Örjan Ek',
      'Fia Gjutare',
    ]);
    expect(await namesIn(admin, 'programme=foundry&sort=name')).toEqual([
      'Farid Foundry',
      'Fia Gjutare',
    ]);
    expect(await namesIn(admin, 'region=Sk%C3%A5ne&sort=name')).toEqual([
      'Amal Haddad',
      'Maja Berg',
    ]);
    expect(await namesIn(admin, 'occupation=2211&sort=name')).toEqual(['Amal Haddad', 'Maja Berg']);
    // A major group (its first digit) holds its unit groups.
    expect(await namesIn(admin, 'occupation=2&sort=name')).toEqual([
      'Amal Haddad',
      'Maja Berg',
      'Örjan Ek',
    ]);
    expect(await namesIn(admin, 'occupation=unclassified&sort=name')).toEqual([
      'Farid Foundry',
      'José Martínez',
    ]);
    expect(await namesIn(admin, 'sort=region&role=mentee')).toEqual([
      'Amal Haddad',
      'Farid Foundry',
      'José Martínez',
    ]);

    const withFacets = await page(admin, 'facets=1');
    expect(withFacets.facets).toMatchObject({
      regions: ['Skåne', 'Småland', 'Stockholm', 'Uppsala'],
      occupations: ['2142', '2211', '8121'],
      programmes: ['academics', 'foundry'],
      programmeNames: { academics: 'Akademikerprogrammet', foundry: 'Gjuteriet' },
    });
    expect(withFacets.occupationNames['2211']?.sv).toMatch(/läkare/i);
    expect(withFacets.occupationNames['2211']?.en).toMatch(/physician/i);
  });

  it('searches ignoring case and diacritics, each word anywhere', async () => {
    await start();
    await seed();
    const admin = await signInWithToken(server!.base, TOKEN);
    expect(await namesIn(admin, 'q=Lakare&sort=name')).toEqual([
      'Amal Haddad',
      'Farid Foundry',
      'Maja Berg',
    ]);
    expect(await namesIn(admin, 'q=jose')).toEqual(['José Martínez']);
    expect(await namesIn(admin, 'q=ORJAN')).toEqual(['Örjan Ek']);
    expect(await namesIn(admin, 'q=l%C3%A4kare%20sk%C3%A5ne&sort=name')).toEqual([
      'Amal Haddad',
      'Maja Berg',
    ]);
    expect(await namesIn(admin, 'q=fia.gjutare%40example')).toEqual(['Fia Gjutare']);
    // Punctuation is no word (the fold makes it a space), so LIKE's wildcards never reach it.
    expect(await namesIn(admin, 'q=%25')).toHaveLength(6);
    expect(await namesIn(admin, 'q=_%25_q')).toEqual([]);
  });

  it('derives each status from the match lifecycle, and withdraws with an undo', async () => {
    await start();
    const ids = await seed();
    const admin = await signInWithToken(server!.base, TOKEN);
    const statusOf = async (name: string) =>
      (await page(admin, 'size=100')).items.find((item) => item.name === name)?.status;
    expect(await statusOf('Amal Haddad')).toBe('new');
    await context.database.query('UPDATE signups SET confirmed_at = $2 WHERE id = $1', [
      ids['Amal Haddad'],
      NOW,
    ]);
    expect(await statusOf('Amal Haddad')).toBe('confirmed');
    const match = await insertMatch(context.database, {
      mentorSignupId: ids['Maja Berg']!,
      menteeSignupId: ids['Amal Haddad']!,
      reasons: [],
    });
    expect(await statusOf('Amal Haddad')).toBe('contacted');
    expect(await statusOf('Maja Berg')).toBe('contacted');
    await context.database.query("UPDATE matches SET status = 'active' WHERE id = $1", [match!.id]);
    expect(await statusOf('Amal Haddad')).toBe('matched');
    expect(await namesIn(admin, 'status=matched&sort=name')).toEqual(['Amal Haddad', 'Maja Berg']);
    // A closed match leaves the person available again.
    await context.database.query("UPDATE matches SET status = 'closed' WHERE id = $1", [match!.id]);
    expect(await statusOf('Amal Haddad')).toBe('confirmed');

    const post = (path: string) =>
      fetch(`${server!.base}/api/coordinator/signups/${ids['Amal Haddad']}/${path}`, {
        method: 'POST',
        headers: admin,
      });
    const withdrawn = await post('withdraw');
    expect(await withdrawn.json()).toEqual({
      id: ids['Amal Haddad'],
      withdrawnAt: NOW.toISOString(),
    });
    expect(await statusOf('Amal Haddad')).toBe('withdrawn');
    // The person's own export (GDPR art. 15) says so too.
    const exported = await fetch(
      `${server!.base}/api/coordinator/signups/${ids['Amal Haddad']}/export`,
      { headers: admin },
    );
    expect(
      ((await exported.json()) as { signup: { withdrawnAt: string } }).signup.withdrawnAt,
    ).toBe(NOW.toISOString());
    expect(await namesIn(admin, 'status=withdrawn')).toEqual(['Amal Haddad']);
    // Nobody proposes a withdrawn person.
    const candidates = await fetch(
      `${server!.base}/api/coordinator/signups/${ids['Maja Berg']}/candidates`,
      { headers: admin },
    );
    const proposed = (
      (await candidates.json()) as { candidates: { name: string }[] }
    ).candidates.map((c) => c.name);
    expect(proposed).not.toContain('Amal Haddad');
    expect(proposed).toContain('José Martínez');
    const undone = await post('reinstate');
    expect(await undone.json()).toEqual({ id: ids['Amal Haddad'], withdrawnAt: null });
    expect(await statusOf('Amal Haddad')).toBe('confirmed');
    // The entry is written after the answer (coordinator-auth/audit.ts): wait for it.
    await vi.waitFor(async () => {
      const audit = await listAudit(context.database, { limit: 50 });
      const actions = audit.map((entry) => `${entry.action} ${entry.route}`);
      expect(actions).toContain(
        `changed POST /api/coordinator/signups/${ids['Amal Haddad']}/withdraw`,
      );
      expect(actions).toContain(
        `changed POST /api/coordinator/signups/${ids['Amal Haddad']}/reinstate`,
      );
    });
  });

  it('shows one person: what they gave, status, programme, matches and trainings; audited as viewed', async () => {
    await start();
    await insertProgramme(context.database, {
      id: 'academics',
      name: 'Akademikerprogrammet',
      now: NOW,
    });
    const uid = await insertTraining(context.database, {
      title: 'Introduktion',
      startsAt: new Date('2026-12-10T16:00:00Z'),
      endsAt: new Date('2026-12-10T18:00:00Z'),
      timeZone: 'Europe/Stockholm',
      rrule: 'FREQ=WEEKLY;COUNT=12',
    });
    const base = menteeSubmission();
    const submission = menteeSubmission({
      programmeId: 'academics',
      trainingUid: `${uid}/20261217`,
      profile: {
        ...base.profile,
        swedishLevel: 'B1',
        goals: ['degree-validation'],
        countryOfBirth: 'SY',
      },
    });
    const amina = await insertSignup(context.database, submission.draftId, submission);
    const mentorSignup = mentorSubmission({ programmeId: 'academics' });
    const lars = await insertSignup(context.database, mentorSignup.draftId, mentorSignup);
    await insertMatch(context.database, {
      mentorSignupId: lars.id,
      menteeSignupId: amina.id,
      reasons: [],
      status: 'active',
    });
    const coordinator = await coordinatorOf('ulla@example.org', ['academics']);

    const response = await fetch(`${server!.base}/api/coordinator/signups/${amina.id}/person`, {
      headers: coordinator.headers,
    });
    expect(response.status).toBe(200);
    const view = (await response.json()) as PersonViewResponse;
    expect(view.status).toBe('matched');
    expect(view.programme).toEqual({ id: 'academics', name: 'Akademikerprogrammet' });
    expect(view.signup.submission.profile).toMatchObject({
      swedishLevel: 'B1',
      goals: ['degree-validation'],
      countryOfBirth: 'SY',
    });
    expect(view.signup.submission.consent.acceptedAt).toBe('2026-11-01T10:00:00Z');
    expect(view.matches).toMatchObject([
      { role: 'mentee', other: { id: lars.id, name: 'Lars Test' }, status: 'active' },
    ]);
    expect(view.trainings).toMatchObject([
      {
        uid: `${uid}/20261217`,
        title: 'Introduktion',
        rrule: 'FREQ=WEEKLY;COUNT=12',
        occurrenceDay: '2026-12-17',
      },
    ]);
    await vi.waitFor(async () =>
      expect(await listAudit(context.database, { limit: 10 })).toContainEqual(
        expect.objectContaining({
          actorId: coordinator.id,
          action: 'viewed',
          subjectKind: 'signup',
          subjectId: amina.id,
        }),
      ),
    );
  });

  it("keeps each coordinator to their programmes' people on every people route", async () => {
    await start();
    const ids = await seed();
    const ulla = await coordinatorOf('ulla@example.org', ['academics']);
    const frank = await coordinatorOf('frank@example.org', ['foundry']);
    expect(await namesIn(ulla.headers, 'sort=name')).toEqual([
      'Amal Haddad',
      'José Martínez',
      'Maja Berg',
      'Örjan Ek',
    ]);
    expect(await namesIn(frank.headers, 'sort=name')).toEqual(['Farid Foundry', 'Fia Gjutare']);
    // Asking for the other programme finds nobody; a search finds nobody of it either.
    expect(await namesIn(ulla.headers, 'programme=foundry')).toEqual([]);
    expect(await namesIn(frank.headers, 'q=Lakare')).toEqual(['Farid Foundry']);
    const facets = (await page(frank.headers, 'facets=1')).facets!;
    expect(facets.programmes).toEqual(['foundry']);
    expect(facets.regions).toEqual(['Småland']);
    expect(facets.programmeNames).toEqual({ foundry: 'Gjuteriet' });

    const other = ids['Amal Haddad']!;
    for (const [method, path] of [
      ['GET', 'person'],
      ['POST', 'withdraw'],
      ['POST', 'reinstate'],
    ] as const) {
      const response = await fetch(`${server!.base}/api/coordinator/signups/${other}/${path}`, {
        method,
        headers: frank.headers,
      });
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain('Amal');
    }
    const still = await context.database.query<{ withdrawn_at: unknown }>(
      'SELECT withdrawn_at FROM signups WHERE id = $1',
      [other],
    );
    expect(still.rows[0]?.withdrawn_at).toBeNull();
  });

  /** The CSV export for `query`: its status, file name and the names in its rows, in order. */
  async function csvOf(headers: Record<string, string>, query: string) {
    const response = await fetch(`${server!.base}/api/coordinator/signups.csv?${query}`, {
      headers,
    });
    // The byte-order mark kept: Swedish Excel's file starts with one.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    const read = readCsv(text);
    if (!read.ok) throw new Error(`Not CSV: ${text}`);
    const [header, ...rows] = read.records.map((record) => record.cells);
    const name = header!.indexOf('name');
    return {
      status: response.status,
      fileName: /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1],
      excel: text.startsWith('\uFEFF'),
      names: rows.map((cells) => cells[name]),
    };
  }

  it('exports as CSV what the list shows: its filters, search and sort, or the people selected', async () => {
    await start();
    const ids = await seed();
    const admin = await signInWithToken(server!.base, TOKEN);
    // No filter: everyone, newest first as the list.
    const everyone = await csvOf(admin, '');
    expect(everyone).toMatchObject({ status: 200, fileName: 'signups-2026-12-01.csv' });
    expect(everyone.names).toEqual(await namesIn(admin, 'size=100'));
    // The list's parameters, read as its JSON route reads them.
    for (const query of [
      'role=mentor&sort=oldest',
      'programme=foundry&sort=name',
      'region=Sk%C3%A5ne&sort=name',
      'occupation=2&sort=name',
      'occupation=unclassified&sort=name',
      'q=Lakare&sort=name',
      'status=new&role=mentee&sort=region',
    ]) {
      const csv = await csvOf(admin, query);
      expect(csv.names, query).toEqual(await namesIn(admin, query));
      expect(csv.names.length, query).toBeGreaterThan(0);
    }
    expect((await csvOf(admin, 'occupation=2&sort=name')).names).toEqual([
      'Amal Haddad',
      'Maja Berg',
      'Örjan Ek',
    ]);
    // The people selected, in the list's order; with the filters, only those they leave.
    const selected = [ids['Örjan Ek']!, ids['Amal Haddad']!, ids['Fia Gjutare']!].join(',');
    expect((await csvOf(admin, `ids=${selected}&sort=name`)).names).toEqual([
      'Amal Haddad',
      'Fia Gjutare',
      'Örjan Ek',
    ]);
    expect((await csvOf(admin, `ids=${selected}&role=mentor&sort=name`)).names).toEqual([
      'Fia Gjutare',
      'Örjan Ek',
    ]);
    // Swedish Excel's dialect, under its own name.
    const excel = await csvOf(admin, 'dialect=excel-sv&programme=foundry&sort=name');
    expect(excel).toMatchObject({
      excel: true,
      fileName: 'signups-2026-12-01-excel.csv',
      names: ['Farid Foundry', 'Fia Gjutare'],
    });
  });

  it("exports only the coordinator's programmes' people, and refuses what the list refuses", async () => {
    await start();
    const ids = await seed();
    const frank = await coordinatorOf('frank@example.org', ['foundry']);
    expect((await csvOf(frank.headers, 'sort=name')).names).toEqual([
      'Farid Foundry',
      'Fia Gjutare',
    ]);
    // Another programme's person, selected by id or searched for, is not exported.
    const amal = ids['Amal Haddad']!;
    expect((await csvOf(frank.headers, `ids=${amal},${ids['Fia Gjutare']!}`)).names).toEqual([
      'Fia Gjutare',
    ]);
    expect((await csvOf(frank.headers, 'programme=academics')).names).toEqual([]);

    const admin = await signInWithToken(server!.base, TOKEN);
    const refused = await fetch(
      `${server!.base}/api/coordinator/signups.csv?sort=age&status=happy&role=boss&occupation=22a&programme=%20-x&ids=a,%20b;c`,
      { headers: admin },
    );
    expect(refused.status).toBe(400);
    const problem = (await refused.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((error) => error.field).sort()).toEqual(
      ['ids', 'occupation', 'programme', 'role', 'sort', 'status'].sort(),
    );
    const tooMany = Array.from({ length: MAX_SELECTED_IDS + 1 }, (_, n) => `su-${n}`).join(',');
    const many = await fetch(`${server!.base}/api/coordinator/signups.csv?ids=${tooMany}`, {
      headers: admin,
    });
    expect(many.status).toBe(400);
    // The export is in the audit log, as every export is.
    const audit = await listAudit(context.database, { limit: 20 });
    expect(audit.some((entry) => entry.action === 'exported')).toBe(true);
  });

  it('refuses parameters it does not understand, naming each', async () => {
    await start();
    const admin = await signInWithToken(server!.base, TOKEN);
    const response = await fetch(
      `${server!.base}/api/coordinator/signups?page=0&size=1000&sort=age&status=happy&role=boss&occupation=22a&programme=%20-x`,
      { headers: admin },
    );
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((error) => error.field).sort()).toEqual(
      ['occupation', 'page', 'programme', 'role', 'size', 'sort', 'status'].sort(),
    );
  });

  it('folds the search text of signups stored before it existed', async () => {
    await start();
    await seed();
    await context.database.query('UPDATE signups SET search_text = NULL');
    const admin = await signInWithToken(server!.base, TOKEN);
    expect(await namesIn(admin, 'q=jose')).toEqual([]);
    expect(await fillSearchText(context.database)).toBe(6);
    expect(await namesIn(admin, 'q=jose')).toEqual(['José Martínez']);
    expect(await fillSearchText(context.database)).toBe(0);
  });
});
