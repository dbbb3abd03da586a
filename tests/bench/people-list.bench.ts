// The coordinator's people list with 10,000 signups (issue 19), through the real HTTP API
// with a signed-in session, beside a plain indexed SELECT of the same page on the same
// database as the baseline (no HTTP, no status, no JSON): the ratio says what the list's
// status, filters, search, total and HTTP cost on top of reading the rows.
// PGlite on disk in a temporary folder; also PostgreSQL when TEST_DATABASE_URL is set.
//   npm run bench people
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SignupSubmission } from '@mentorkit/core';
import { createDemoServer, listen } from '../../demo/server/app.ts';
import { createBackend } from '../../demo/server/backend.ts';
import type { Database } from '../../demo/server/db/database.ts';
import { migrate } from '../../demo/server/db/migrations.ts';
import { openPGlite } from '../../demo/server/db/pglite-database.ts';
import { openPostgres } from '../../demo/server/db/postgres-database.ts';
import { searchTextOf } from '../../demo/server/people/search-text.ts';
import { signInWithToken } from '../../demo/server/testing/sign-in.ts';
import { menteeSubmission, mentorSubmission } from '../../demo/server/testing/fixtures.ts';
import { defineBenchmarks, type Benchmark } from './benchmark.ts';

const SIGNUPS = 10_000;
const MATCHES = 1_500;
const FIRST = [
  'Amal',
  'José',
  'Örjan',
  'Zoë',
  'Łukasz',
  'Anaïs',
  'Mehmet',
  'Åsa',
  'Björn',
  'Fatima',
  'Dragan',
  'Ljiljana',
];
const LAST = [
  'Haddad',
  'Martínez',
  'Ek',
  'Nguyễn',
  'Kowalski',
  'Lefèvre',
  'Yılmaz',
  'Berg',
  'Ali',
  'Petrović',
];
const PROFESSIONS: [string, string | undefined][] = [
  ['Läkare', '2211'],
  ['Sjuksköterska', '2221'],
  ['Ingenjör', '2142'],
  ['Gjutare', '8121'],
  ['Lärare', '2341'],
  ['Elektriker', undefined],
  ['Tandläkare', '2260'],
  ['Ekonom', undefined],
];
const REGIONS = ['Skåne', 'Stockholm', 'Västra Götaland', 'Uppsala', 'Småland', 'Norrbotten'];
const PROGRAMMES = ['academics', 'foundry', 'municipality'];
/** A fixed start, so that the seeded rows are the same on every run (no wall clock in data). */
const EPOCH = Date.UTC(2026, 0, 1);

/** Submission `i` of the 10,000: a deterministic mix of names, roles, regions and programmes. */
function submissionOf(i: number): SignupSubmission {
  const [profession, ssyk] = PROFESSIONS[i % PROFESSIONS.length]!;
  const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
  const common = {
    programmeId: PROGRAMMES[i % PROGRAMMES.length],
    person: { name, email: `person${i}@example.org` },
  };
  const occupation = ssyk ? { occupation: { ssyk, text: profession } } : {};
  const region = REGIONS[Math.floor(i / 7) % REGIONS.length]!;
  if (i % 2 === 0) {
    const base = mentorSubmission();
    return { ...base, ...common, profile: { ...base.profile, profession, region, ...occupation } };
  }
  const base = menteeSubmission();
  return { ...base, ...common, profile: { ...base.profile, profession, region, ...occupation } };
}

/** 10,000 signups and 1,500 matches, in batches of one statement each (seeding is not measured). */
async function seed(database: Database): Promise<void> {
  for (let start = 0; start < SIGNUPS; start += 1000) {
    const rows = [];
    for (let i = start; i < Math.min(SIGNUPS, start + 1000); i++) {
      const submission = submissionOf(i);
      rows.push({
        id: `su-bench-${i}`,
        idempotency_key: randomUUID(),
        kind: submission.kind,
        name: submission.person.name,
        email: submission.person.email,
        programme_id: submission.programmeId,
        submission,
        created_at: new Date(EPOCH + i * 60_000).toISOString(),
        confirmed_at:
          Math.floor(i / 2) % 2 === 0
            ? new Date(EPOCH + i * 60_000 + 3_600_000).toISOString()
            : null,
        search_text: searchTextOf(submission),
      });
    }
    await database.query(
      `INSERT INTO signups (id, idempotency_key, kind, name, email, programme_id, submission,
                            created_at, confirmed_at, search_text)
       SELECT id, idempotency_key, kind, name, email, programme_id, submission, created_at,
              confirmed_at, search_text
         FROM jsonb_to_recordset($1::jsonb) AS r(id text, idempotency_key text, kind text,
              name text, email text, programme_id text, submission jsonb, created_at timestamptz,
              confirmed_at timestamptz, search_text text)`,
      [JSON.stringify(rows)],
    );
  }
  // Mentor 6m with mentee 6m+3 (the list's status reads matches whatever their programmes).
  const statuses = ['proposed', 'active', 'paused', 'completed', 'closed'];
  const matches = Array.from({ length: MATCHES }, (_, m) => ({
    id: `ma-bench-${m}`,
    mentor: `su-bench-${m * 6}`,
    mentee: `su-bench-${m * 6 + 3}`,
    status: statuses[m % statuses.length],
  }));
  await database.query(
    `INSERT INTO matches (id, mentor_signup_id, mentee_signup_id, status)
     SELECT id, mentor, mentee, status FROM jsonb_to_recordset($1::jsonb)
         AS r(id text, mentor text, mentee text, status text)`,
    [JSON.stringify(matches)],
  );
  await database.query('ANALYZE signups');
  await database.query('ANALYZE matches');
}

interface Engine {
  name: string;
  database: Database;
  close: () => Promise<void>;
}

async function engines(): Promise<Engine[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mentorkit-bench-people-'));
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  const pglite = await openPGlite(join(dataDir, 'pglite'));
  const found: Engine[] = [{ name: 'PGlite', database: pglite, close: () => pglite.close() }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const schema = `mk_bench_people_${randomUUID().slice(0, 8)}`;
    const postgres = await openPostgres({ connectionString: url, schema, max: 4 });
    found.push({
      name: 'PostgreSQL',
      database: postgres,
      close: async () => {
        await postgres.query(`DROP SCHEMA ${schema} CASCADE`);
        await postgres.close();
      },
    });
  }
  return found;
}

// `npm run bench <filter>` imports every file: seed only when these benchmarks may run.
const filter = process.argv[2];
const wanted = !filter || filter.startsWith('people');
const opened = wanted ? await engines() : [];
const closers: (() => Promise<void>)[] = [];
const benchmarks: Benchmark[] = [];

for (const engine of opened) {
  await migrate(engine.database);
  await seed(engine.database);
  const token = randomUUID();
  const server = createDemoServer({
    backend: createBackend({
      database: engine.database,
      coordinatorToken: token,
      signupRateLimit: false,
    }),
  });
  const base = (await listen(server, 0, '127.0.0.1')).replace(/\/$/, '');
  server.unref();
  const headers = await signInWithToken(base, token);
  closers.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await engine.close();
  });

  const list = (query: string) => async () => {
    const response = await fetch(`${base}/api/coordinator/signups?${query}`, { headers });
    const body = (await response.json()) as { items: unknown[]; total: number };
    if (response.status !== 200 || body.items.length === 0) {
      throw new Error(`${query} answered ${response.status} with ${body.items?.length} items`);
    }
  };
  const baselineName = `people (${engine.name}): baseline, plain indexed SELECT of page 1 (25 rows)`;
  benchmarks.push(
    {
      name: baselineName,
      run: () =>
        engine.database.query(
          `SELECT id, kind, name, email, programme_id, created_at, confirmed_at, submission
             FROM signups ORDER BY created_at DESC, id DESC LIMIT 25`,
        ),
      runs: 100,
    },
    {
      name: `people (${engine.name}): list page 1, newest first, with total`,
      run: list('page=1&size=25'),
      runs: 50,
      baseline: baselineName,
    },
    {
      name: `people (${engine.name}): list page 200 by name`,
      run: list('page=200&size=25&sort=name'),
      runs: 50,
      baseline: baselineName,
    },
    {
      name: `people (${engine.name}): filter programme + role + region + status=confirmed`,
      run: list('page=1&programme=academics&role=mentee&region=Sk%C3%A5ne&status=confirmed'),
      runs: 50,
      baseline: baselineName,
    },
    {
      name: `people (${engine.name}): filter status=matched, sort by status`,
      run: list('page=1&status=matched&sort=status'),
      runs: 50,
      baseline: baselineName,
    },
    {
      name: `people (${engine.name}): search "lakare skane" (accents ignored)`,
      run: list('page=1&q=lakare%20skane'),
      runs: 50,
      baseline: baselineName,
    },
    {
      name: `people (${engine.name}): search "jose" + unclassified`,
      run: list('page=1&q=jose&occupation=unclassified'),
      runs: 50,
      baseline: baselineName,
    },
  );
}

export async function teardown(): Promise<void> {
  for (const close of closers) await close();
}

export default defineBenchmarks(benchmarks);
