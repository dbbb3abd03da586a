// The HTTP API end to end in node, through the real server, on every test database.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { MatchProfileSchema, TrainingEventListSchema } from '@mentorkit/core';
import { COORDINATOR_ROUTE_EXAMPLES, coordinatorRoutes } from './api/coordinator-routes.ts';
import { matchRoute } from './api/router.ts';
import { APP_PAGES } from '../site/app-pages.ts';
import { renderPage } from '../site/layout.ts';
import { parsePageSource } from '../site/page-source.ts';
import { createDemoServer, listen } from './app.ts';
import { createBackend, type BackendOptions } from './backend.ts';
import { programmeQuestionsFrom } from './programmes/programme-questions.ts';
import type { Database } from './db/database.ts';
import { migrate } from './db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from './db/testing/databases.ts';
import { createMatchLink } from './store/match-links.ts';
import { insertMatch } from './store/matches.ts';
import { countSignups, insertSignup } from './store/signups.ts';
import { menteeSubmission, mentorSubmission } from './testing/fixtures.ts';
import { lazyDatabase } from './testing/test-server.ts';
import { useCoordinatorSession } from './testing/coordinator-session.ts';

const TOKEN = 'coordinator-token-for-tests';
const demoDir = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The session of the test's first administrator (useCoordinatorSession). */
const auth: Record<string, string> = {};

async function startServer(database: Database, options: Partial<BackendOptions> = {}) {
  const backend = createBackend({
    database,
    coordinatorToken: TOKEN,
    signupRateLimit: false,
    authFailureRateLimit: { capacity: 1000, refillPerSecond: 100 },
    // The urlencoded test's repeated answers.expertise: a question these signups are asked.
    programmeQuestions: programmeQuestionsFrom({
      withoutProgramme: [
        {
          id: 'expertise',
          type: 'multiple-choice',
          label: 'Expertise',
          options: [
            { value: 'cv', label: 'CV' },
            { value: 'network', label: 'Network' },
          ],
        },
      ],
    }),
    ...options,
  });
  const server = createDemoServer({ backend });
  const base = (await listen(server, 0)).replace(/\/$/, '');
  return { server, base };
}

const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

function postSignup(base: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/signups`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('every coordinator route has an example in the refusal test', () => {
  it('covers each route', () => {
    const routes = coordinatorRoutes({} as never);
    for (const route of routes) {
      const covered = COORDINATOR_ROUTE_EXAMPLES.some(
        (example) =>
          example.method === route.method &&
          matchRoute([route], example.method, example.path).kind === 'found',
      );
      expect(covered, `${route.method} ${route.path}`).toBe(true);
    }
  });
});

describe.each(TEST_DATABASES)('HTTP API on $name', (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);
  let server: Server;
  let base: string;

  beforeAll(async () => {
    // The database is opened by useTestDatabase's beforeAll; the server reads it lazily.
    ({ server, base } = await startServer(lazyDatabase(context)));
  });
  useCoordinatorSession(() => base, TOKEN, auth);
  afterAll(() => close(server));

  describe('POST /api/signups', () => {
    it('stores a JSON signup: 201 with the id', async () => {
      const submission = menteeSubmission();
      const response = await postSignup(base, submission, {
        'Idempotency-Key': submission.draftId,
      });
      expect(response.status).toBe(201);
      const body = (await response.json()) as { id: string };
      expect(body.id).toMatch(/^su-/);
      expect(await countSignups(context.database)).toBe(1);
    });

    it('answers 409 with the stored id for the same Idempotency-Key, and stores one row', async () => {
      const submission = menteeSubmission();
      const headers = { 'Idempotency-Key': submission.draftId };
      const first = (await (await postSignup(base, submission, headers)).json()) as { id: string };
      const again = await postSignup(base, submission, headers);
      expect(again.status).toBe(409);
      expect(again.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await again.json()).toMatchObject({ status: 409, id: first.id });
      expect(await countSignups(context.database)).toBe(1);
    });

    it('needs an Idempotency-Key', async () => {
      const response = await postSignup(base, menteeSubmission());
      expect(response.status).toBe(400);
      expect(await countSignups(context.database)).toBe(0);
    });

    it('answers 422 problem+json naming each invalid field', async () => {
      const submission = menteeSubmission();
      const response = await postSignup(
        base,
        { ...submission, person: { name: '', email: 'not an address' } },
        { 'Idempotency-Key': submission.draftId },
      );
      expect(response.status).toBe(422);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = (await response.json()) as { errors: { field: string; detail: string }[] };
      const fields = problem.errors.map((error) => error.field);
      expect(fields).toContain('person.email');
      expect(fields).toContain('person.name');
      expect(problem.errors.every((error) => error.detail.length > 0)).toBe(true);
    });

    it('answers 400 for a body that is not JSON, 415 for another type, 413 past 64 KB', async () => {
      const headers = { 'Idempotency-Key': 'key-bad-body-0001' };
      expect((await postSignup(base, '{"kind":', headers)).status).toBe(400);
      const text = await fetch(`${base}/api/signups`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain', ...headers },
        body: 'hello',
      });
      expect(text.status).toBe(415);
      const huge = await postSignup(base, { padding: 'x'.repeat(70 * 1024) }, headers);
      expect(huge.status).toBe(413);
      expect(await countSignups(context.database)).toBe(0);
    });

    it('takes an urlencoded form with dotted field names', async () => {
      const submission = mentorSubmission();
      const form = new URLSearchParams({
        kind: 'mentor',
        'person.name': submission.person.name,
        'person.email': submission.person.email,
        'profile.organisation': submission.profile.organisation,
        'profile.profession': submission.profile.profession,
        'profile.industry': submission.profile.industry,
        'profile.yearsOfExperience': '20',
        'profile.languages.0.code': 'sv',
        'profile.languages.0.level': 'native',
        'profile.availability': submission.profile.availability,
        'profile.region': submission.profile.region,
        'profile.motivation': submission.profile.motivation,
        'consent.privacyUrl': submission.consent.privacyUrl,
        'consent.acceptedAt': submission.consent.acceptedAt,
        locale: 'sv',
        submittedAt: submission.submittedAt,
        draftId: submission.draftId,
      });
      form.append('answers.expertise', 'cv');
      form.append('answers.expertise', 'network');
      const response = await fetch(`${base}/api/signups`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'Idempotency-Key': submission.draftId,
        },
        body: form,
      });
      expect(response.status, await response.clone().text()).toBe(201);
    });

    it('rate-limits per client with 429 and Retry-After', async () => {
      const limited = await startServer(context.database, {
        signupRateLimit: { capacity: 2, refillPerSecond: 0.01 },
      });
      try {
        const statuses: number[] = [];
        let retryAfter: string | null = null;
        for (let i = 0; i < 3; i++) {
          const submission = menteeSubmission();
          const response = await postSignup(limited.base, submission, {
            'Idempotency-Key': submission.draftId,
          });
          statuses.push(response.status);
          if (response.status === 429) retryAfter = response.headers.get('retry-after');
        }
        expect(statuses).toEqual([201, 201, 429]);
        expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
        expect(await countSignups(context.database)).toBe(2);
      } finally {
        await close(limited.server);
      }
    });
  });

  describe('CORS', () => {
    it('answers a preflight for a partner site, allowing the Idempotency-Key header', async () => {
      const response = await fetch(`${base}/api/signups`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://kommun.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type, idempotency-key',
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/);
      expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
    });

    it('allows only the listed origins when there is a list, and never on coordinator routes', async () => {
      const listed = await startServer(context.database, {
        cors: new Set(['https://kommun.example']),
      });
      try {
        const allowed = await fetch(`${listed.base}/api/trainings.json`, {
          headers: { Origin: 'https://kommun.example' },
        });
        expect(allowed.headers.get('access-control-allow-origin')).toBe('https://kommun.example');
        const other = await fetch(`${listed.base}/api/trainings.json`, {
          headers: { Origin: 'https://evil.example' },
        });
        expect(other.headers.get('access-control-allow-origin')).toBeNull();
        const coordinator = await fetch(`${listed.base}/api/coordinator/signups`, {
          headers: { Origin: 'https://kommun.example', ...auth },
        });
        expect(coordinator.status).toBe(200);
        expect(coordinator.headers.get('access-control-allow-origin')).toBeNull();
      } finally {
        await close(listed.server);
      }
    });
  });

  it('answers unknown API routes 404 and wrong methods 405 with Allow, as problem+json', async () => {
    const missing = await fetch(`${base}/api/nothing-here`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const wrong = await fetch(`${base}/api/signups`, { method: 'GET' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    const put = await fetch(`${base}/api/trainings.json`, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD');
  });

  describe('coordinator routes', () => {
    it.each(COORDINATOR_ROUTE_EXAMPLES)(
      '$method $path refuses a request without a session, the token itself too',
      async ({ method, path }) => {
        const refused: Record<string, string>[] = [
          {},
          { Authorization: 'Bearer wrong-token-wrong-token' },
          // The token only signs the first administrator in; it opens no route by itself.
          { Authorization: `Bearer ${TOKEN}` },
          { Authorization: TOKEN },
          { Cookie: 'mentorkit-coordinator=made-up-session-token-made-up-session-tok' },
        ];
        for (const headers of refused) {
          const response = await fetch(`${base}${path}`, {
            method,
            headers: { 'Content-Type': 'application/json', ...headers },
            body: method === 'POST' ? '{}' : undefined,
          });
          expect(response.status).toBe(401);
          expect(response.headers.get('www-authenticate')).toMatch(/mentorkit-coordinator/);
          const body = await response.text();
          expect(body).not.toMatch(/su-|@example/);
        }
      },
    );

    it('answers 429 to a client that keeps guessing tokens', async () => {
      const guarded = await startServer(context.database, {
        authFailureRateLimit: { capacity: 3, refillPerSecond: 0.01 },
      });
      try {
        const statuses = [];
        for (let i = 0; i < 4; i++) {
          const guess = { Cookie: `mentorkit-coordinator=${String(i).repeat(43)}` };
          statuses.push(
            (await fetch(`${guarded.base}/api/coordinator/signups`, { headers: guess })).status,
          );
        }
        expect(statuses).toEqual([401, 401, 401, 429]);
        // A session still works: only refusals are counted.
        expect(
          (await fetch(`${guarded.base}/api/coordinator/signups`, { headers: auth })).status,
        ).toBe(200);
      } finally {
        await close(guarded.server);
      }
    });

    it('lists, searches and exports signups as CSV with hostile cells neutralised', async () => {
      await insertSignup(
        context.database,
        'k-csv-0000001',
        menteeSubmission({ person: { name: "=cmd|' /C calc'!A0", email: 'hostile@example.org' } }),
      );
      await insertSignup(context.database, 'k-csv-0000002', mentorSubmission());
      const list = (await (
        await fetch(`${base}/api/coordinator/signups?q=hostile`, { headers: auth })
      ).json()) as {
        email: string;
      }[];
      expect(list.map((signup) => signup.email)).toEqual(['hostile@example.org']);

      const csv = await fetch(`${base}/api/coordinator/signups.csv`, { headers: auth });
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(csv.headers.get('content-disposition')).toMatch(/attachment/);
      const text = await csv.text();
      expect(text).toContain("'=cmd|' /C calc'!A0");
      expect(text.split('\r\n').filter(Boolean)).toHaveLength(3);

      const excel = await fetch(`${base}/api/coordinator/signups.csv?dialect=excel-sv`, {
        headers: auth,
      });
      const bytes = new Uint8Array(await excel.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toMatch(
        /^\uFEFFid;created_at;kind/,
      );
    });

    it('proposes mentors for a mentee with reasons, and stores a match', async () => {
      const mentee = await insertSignup(context.database, 'k-match-00001', menteeSubmission());
      const mentor = await insertSignup(context.database, 'k-match-00002', mentorSubmission());
      const { candidates } = (await (
        await fetch(`${base}/api/coordinator/signups/${mentee.id}/candidates`, { headers: auth })
      ).json()) as {
        candidates: { id: string; score: number; reasons: { kind: string; label: string }[] }[];
      };
      expect(candidates[0]?.id).toBe(mentor.id);
      expect(candidates[0]!.score).toBeGreaterThan(0.5);
      expect(candidates[0]!.reasons.map((reason) => reason.kind)).toContain('profession');

      const created = await fetch(`${base}/api/coordinator/matches`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ mentorId: mentor.id, menteeId: mentee.id }),
      });
      expect(created.status).toBe(201);
      const { profile } = (await created.json()) as { profile: unknown };
      expect(MatchProfileSchema.safeParse(profile).success).toBe(true);
      const again = await fetch(`${base}/api/coordinator/matches`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ mentorId: mentor.id, menteeId: mentee.id }),
      });
      expect(again.status).toBe(409);
    });

    it('adds and cancels a training, and the feeds follow', async () => {
      const added = await fetch(`${base}/api/coordinator/trainings`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          title: 'Mentorsträff, vår',
          date: '2027-03-23',
          startTime: '18:00',
          endTime: '20:00',
          locationName: 'Biblioteket',
          seats: 15,
          weeklyCount: 2,
        }),
      });
      expect(added.status, await added.clone().text()).toBe(201);
      const { uid } = (await added.json()) as { uid: string };

      const json = (await (await fetch(`${base}/api/trainings.json`)).json()) as unknown[];
      expect(TrainingEventListSchema.safeParse(json).success).toBe(true);
      expect(json).toMatchObject([
        { start: '2027-03-23T18:00:00+01:00', status: 'confirmed', seats: { total: 15, taken: 0 } },
        { start: '2027-03-30T18:00:00+02:00', status: 'confirmed' },
      ]);

      const invalid = await fetch(`${base}/api/coordinator/trainings`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          title: 'x',
          date: '2027-03-23',
          startTime: '18:00',
          endTime: '17:00',
        }),
      });
      expect(invalid.status).toBe(422);
      expect(await invalid.json()).toMatchObject({ errors: [{ field: 'endTime' }] });

      const cancelled = await fetch(
        `${base}/api/coordinator/trainings/${encodeURIComponent(uid)}/cancel`,
        {
          method: 'POST',
          headers: auth,
        },
      );
      expect(cancelled.status).toBe(200);
      const ics = await fetch(`${base}/api/trainings.ics`);
      expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      const calendar = ICAL.Component.fromString(await ics.text());
      const [event] = calendar.getAllSubcomponents('vevent');
      expect(event?.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(event?.getFirstPropertyValue('sequence')).toBe(1);
    });

    it('erases a person only with the typed e-mail address', async () => {
      const mentee = await insertSignup(context.database, 'k-erase-api01', menteeSubmission());
      const erase = (confirm: string) =>
        fetch(`${base}/api/coordinator/signups/${mentee.id}/erase`, {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'application/json' },
          body: JSON.stringify({ confirm }),
        });
      const mismatch = await erase('someone@example.org');
      expect(mismatch.status).toBe(422);
      expect(await countSignups(context.database)).toBe(1);
      const done = await erase('amina.test@example.org');
      expect(done.status).toBe(200);
      expect(await done.json()).toEqual({ signups: 1, matches: 0 });
      expect(await countSignups(context.database)).toBe(0);
      expect((await erase('amina.test@example.org')).status).toBe(404);
    });
  });

  describe('GET /api/matches/:id', () => {
    async function storedMatch() {
      const mentee = await insertSignup(
        context.database,
        'k-profile-001',
        menteeSubmission({
          person: { name: 'Amina Test', email: 'amina.test@example.org', phone: '070-123 45 67' },
        }),
      );
      const mentor = await insertSignup(context.database, 'k-profile-002', mentorSubmission());
      return (await insertMatch(context.database, {
        mentorSignupId: mentor.id,
        menteeSignupId: mentee.id,
        status: 'active',
        score: 0.8,
        reasons: [{ kind: 'profession', label: 'Same profession: Gjutare', weight: 0.4 }],
        nextMeeting: new Date('2026-12-01T15:00:00Z'),
      }))!;
    }

    it('shows the public no names, no contact details and no next meeting', async () => {
      const match = await storedMatch();
      const response = await fetch(`${base}/api/matches/${match.id}`);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(MatchProfileSchema.safeParse(JSON.parse(text)).success).toBe(true);
      expect(text).not.toMatch(/Amina|Lars|@example|070-|nextMeeting/);
    });

    it('shows participants first names and contacts, coordinators full names', async () => {
      const match = await storedMatch();
      // The mentor's own link: the other person's contact (the match is active), not their own.
      const mentorToken = await createMatchLink(
        context.database,
        match.id,
        'mentor',
        // Made on the pinned day and valid for a century: this server runs on the real clock.
        new Date('2026-11-23T12:00:00Z'),
        new Date('2126-11-23T12:00:00Z'),
      );
      const participant = (await (
        await fetch(`${base}/api/matches/${match.id}?token=${mentorToken}`)
      ).json()) as {
        mentee: { displayName: string; email?: string; phone?: string };
        mentor: { email?: string };
      };
      expect(participant.mentee).toMatchObject({
        displayName: 'Amina',
        email: 'amina.test@example.org',
        phone: '070-123 45 67',
      });
      expect(participant.mentor.email).toBeUndefined();
      const coordinator = (await (
        await fetch(`${base}/api/matches/${match.id}`, { headers: auth })
      ).json()) as { mentee: { displayName: string } };
      expect(coordinator.mentee.displayName).toBe('Amina Test');
      const wrong = await fetch(`${base}/api/matches/${match.id}?token=guess`);
      expect(wrong.status).toBe(403);
      expect((await fetch(`${base}/api/matches/match-none`)).status).toBe(404);
    });
  });
});

describe('the demo server without a backend', () => {
  let server: Server;
  let base: string;
  // The coordinator page through the layout, as the build makes it (Vite adds only its bundled
  // script and stylesheet), in a folder of this test's own.
  let appsDir: string;
  // The gallery's reference docs, as demo/scripts/build-docs.mjs writes them.
  let docsDir: string;
  beforeAll(() => {
    appsDir = mkdtempSync(join(tmpdir(), 'mk-apps-'));
    const source = join(demoDir, APP_PAGES.coordinator);
    const page = parsePageSource(readFileSync(source, 'utf8'), source);
    mkdirSync(join(appsDir, 'coordinator'));
    writeFileSync(join(appsDir, APP_PAGES.coordinator), renderPage(page, '/coordinator/'));
    docsDir = mkdtempSync(join(tmpdir(), 'mk-docs-'));
    writeFileSync(join(docsDir, 'mk-x.json'), '{"tagName":"mk-x"}\n');
    return () => {
      rmSync(appsDir, { recursive: true, force: true });
      rmSync(docsDir, { recursive: true, force: true });
    };
  });
  beforeEach(async () => {
    server = createDemoServer({ appsDir, docsDir });
    base = (await listen(server, 0)).replace(/\/$/, '');
    return () => close(server);
  });

  it('serves the coordinator page under a strict CSP with Trusted Types', async () => {
    const response = await fetch(`${base}/coordinator/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await response.text();
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    expect(html).not.toMatch(/ on[a-z]+=/);
  });

  it("serves the gallery's generated reference docs under /gallery/docs/", async () => {
    const response = await fetch(`${base}/gallery/docs/mk-x.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({ tagName: 'mk-x' });
    expect((await fetch(`${base}/gallery/docs/mk-none.json`)).status).toBe(404);
  });
});
