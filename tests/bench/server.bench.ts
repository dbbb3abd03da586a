// The reference backend under load, on 127.0.0.1 only: on PGlite in a temporary folder (the
// default engine, on disk as in production), and on PostgreSQL too when BENCH_DATABASE_URL or
// TEST_DATABASE_URL is set (in a schema of its own, dropped afterwards). Figures:
// - "one signup": one POST /api/signups at a time, from this process; mean and p95;
// - "load": LOAD_CLIENTS clients posting signups for LOAD_SECONDS from another process
//   (load/load-process.ts), each beside its floor measured the same way in the same run:
//   on PGlite a bare node:http server that parses the body and runs the INSERT alone, prepared; on
//   PostgreSQL the INSERT alone, prepared, from a pool of LOAD_CLIENTS connections.
//   A load benchmark gives its mean latency, so the table's "vs baseline" is its mean over the
//   baseline's: with a fixed number of clients that is the baseline's signups/s over its own.
//   Each prints signups/s, p50, p95, failures, the servers' CPU per answer (this process's, for
//   the loads over HTTP) and the machine's load average itself.
// Bounded: each load runs LOAD_SECONDS (default 5), twice (warm-up, measured).
//   npm run bench server        LOAD_SECONDS=10 LOAD_CLIENTS=32 npm run bench server
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoServer, listen } from '../../demo/server/app.ts';
import { createBackend } from '../../demo/server/backend.ts';
import type { Database } from '../../demo/server/db/database.ts';
import { migrate } from '../../demo/server/db/migrations.ts';
import { openPGlite } from '../../demo/server/db/pglite-database.ts';
import { openPostgres } from '../../demo/server/db/postgres-database.ts';
import { readBody } from '../../demo/server/http/body.ts';
import { menteeSubmission } from '../../demo/server/testing/fixtures.ts';
import { defineBenchmarks, type Benchmark } from './benchmark.ts';
import { startLoadGenerator, type LoadGenerator, type LoadResult } from './load/load-generator.ts';

const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 5);
const LOAD_CLIENTS = Number(process.env.LOAD_CLIENTS ?? 16);
const POSTGRES_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

const dataDir = mkdtempSync(join(tmpdir(), 'mentorkit-bench-'));
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));

const template = menteeSubmission() as unknown as Record<string, unknown>;
const cleanups: (() => Promise<unknown> | void)[] = [];

/** Started at the first benchmark of this file that runs (`npm run bench` imports every file). */
let started: Promise<Targets> | undefined;
const targets = () => (started ??= start());

interface Targets {
  load: LoadGenerator;
  pgliteSignups: string;
  pgliteFloor: string;
  postgres?: { schema: string; signups: string; floor: string };
}

async function start(): Promise<Targets> {
  const load = await startLoadGenerator();
  cleanups.push(() => load.close());
  // PGlite, on disk.
  const pglite = await openPGlite(join(dataDir, 'pglite'));
  await migrate(pglite);
  cleanups.push(() => pglite.close());
  const found: Targets = {
    load,
    pgliteSignups: await serveBackend(pglite),
    pgliteFloor: await serveInsertAlone(pglite),
  };
  if (POSTGRES_URL) {
    const schema = `mk_bench_${randomBytes(6).toString('hex')}`;
    const postgres = await openPostgres({ connectionString: POSTGRES_URL, schema });
    cleanups.push(async () => {
      await postgres.query(`DROP SCHEMA ${schema} CASCADE`);
      await postgres.close();
    });
    await migrate(postgres);
    found.postgres = {
      schema,
      signups: await serveBackend(postgres),
      floor: await serveInsertAlone(postgres),
    };
  }
  return found;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** The signups API of the real backend on `database`, on a port of its own. */
async function serveBackend(database: Database): Promise<string> {
  const server = createDemoServer({
    backend: createBackend({ database, coordinatorToken: randomUUID(), signupRateLimit: false }),
  });
  cleanups.push(() => closeServer(server));
  return `${(await listen(server, 0, '127.0.0.1')).replace(/\/$/, '')}/api/signups`;
}

/** The floor of HTTP + storing: read the body, parse it, one INSERT (prepared), answer 201. */
async function serveInsertAlone(database: Database): Promise<string> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const submission = JSON.parse(await readBody(request)) as {
        kind: string;
        person: { name: string; email: string };
      };
      const id = `su-${randomUUID()}`;
      await database.query(
        `INSERT INTO signups
           (id, idempotency_key, kind, name, email, programme_id, training_uid, submission, demo, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, false, now())`,
        [
          id,
          request.headers['idempotency-key'],
          submission.kind,
          submission.person.name,
          submission.person.email,
          null,
          null,
          JSON.stringify(submission),
        ],
        // Prepared, as the signup's own INSERT is on both engines (decision 0028): the floor
        // pays no parsing and planning the signup does not.
        { name: 'bench-insert-signup' },
      );
      response.writeHead(201, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ id, status: 'stored' }));
    })().catch(() => {
      response.writeHead(500);
      response.end();
    });
  });
  cleanups.push(() => closeServer(server));
  return `${(await listen(server, 0, '127.0.0.1')).replace(/\/$/, '')}/api/signups`;
}

const results = new Map<string, LoadResult>();
const rounds = new Map<string, number>();

/**
 * Prints one load's figures (and, beside its baseline's, the ratio of signups/s). `serverCpuUs`:
 * the CPU time this process (the servers') spent per answer, user and system: on a shared
 * machine a steadier figure than signups/s, which the other processes' load moves.
 */
function report(name: string, result: LoadResult, baseline?: string, serverCpuUs?: number): void {
  const round = (rounds.get(name) ?? 0) + 1;
  rounds.set(name, round);
  results.set(name, result);
  const floor = baseline ? results.get(baseline) : undefined;
  console.log(
    `  ${name} ${round === 1 ? '(warm-up)' : '(measured)'}: ${result.count} in ` +
      `${result.seconds.toFixed(1)} s = ${result.perSecond.toFixed(0)}/s, p50 ${result.p50Ms.toFixed(1)} ms, ` +
      `p95 ${result.p95Ms.toFixed(1)} ms, ${result.failures} failed` +
      (serverCpuUs === undefined ? '' : `, server CPU ${serverCpuUs.toFixed(0)} µs each`) +
      (floor
        ? `; baseline ${floor.perSecond.toFixed(0)}/s: ×${(floor.perSecond / result.perSecond).toFixed(2)}`
        : '') +
      `; load average ${loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')}`,
  );
}

/** A load of signups POSTed to the address `url` picks from the targets. */
function httpLoad(name: string, url: (found: Targets) => string, baseline?: string): Benchmark {
  return {
    name,
    runs: 1,
    measuresItself: true,
    ...(baseline ? { baseline } : {}),
    beforeEach: targets,
    async run() {
      const found = await targets();
      const cpuBefore = process.cpuUsage();
      const result = await found.load.run({
        kind: 'http',
        url: url(found),
        template,
        expectStatus: 201,
        clients: LOAD_CLIENTS,
        seconds: LOAD_SECONDS,
      });
      const cpu = process.cpuUsage(cpuBefore);
      report(name, result, baseline, (cpu.user + cpu.system) / Math.max(1, result.count));
      return result.meanMs;
    },
  };
}

const loadLabel = `${LOAD_CLIENTS} clients × ${LOAD_SECONDS} s`;

async function postOneSignup(): Promise<number> {
  const draftId = randomUUID();
  const response = await fetch((await targets()).pgliteSignups, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': draftId },
    body: JSON.stringify({ ...template, draftId }),
  });
  await response.arrayBuffer();
  return response.status;
}

const pgliteFloorName = `server, PGlite: HTTP + INSERT alone, ${loadLabel}`;
const benchmarks: Benchmark[] = [
  {
    name: 'server: one signup (POST /api/signups, PGlite on disk)',
    beforeEach: targets,
    run: postOneSignup,
    runs: 300,
  },
  httpLoad(pgliteFloorName, (found) => found.pgliteFloor),
  httpLoad(
    `server, PGlite: signups, ${loadLabel}`,
    (found) => found.pgliteSignups,
    pgliteFloorName,
  ),
];

if (POSTGRES_URL) {
  const insertsName = `server, PostgreSQL: prepared INSERTs alone (no HTTP), ${loadLabel}`;
  const postgres = (found: Targets) => found.postgres!;
  benchmarks.push(
    {
      name: insertsName,
      runs: 1,
      measuresItself: true,
      beforeEach: targets,
      async run() {
        const found = await targets();
        const result = await found.load.run({
          kind: 'pg-insert',
          connectionString: POSTGRES_URL,
          schema: postgres(found).schema,
          template,
          clients: LOAD_CLIENTS,
          seconds: LOAD_SECONDS,
        });
        report(insertsName, result);
        return result.meanMs;
      },
    },
    httpLoad(
      `server, PostgreSQL: HTTP + INSERT alone, ${loadLabel}`,
      (found) => postgres(found).floor,
      insertsName,
    ),
    httpLoad(
      `server, PostgreSQL: signups, ${loadLabel}`,
      (found) => postgres(found).signups,
      insertsName,
    ),
  );
}

export default defineBenchmarks(benchmarks);

export async function teardown(): Promise<void> {
  for (const cleanup of cleanups.reverse()) await cleanup();
}
