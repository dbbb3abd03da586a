// The reference backend under load, on 127.0.0.1 only, on PGlite in a temporary folder (the
// default engine, on disk as in production). Two figures:
// - "server: one signup" — one POST /api/signups at a time; the runner prints mean and p95;
// - "server: load test" — LOAD_CLIENTS clients posting signups for LOAD_SECONDS; it prints
//   signups per second and the p95 latency itself (the runner's time for it is just the duration).
// Bounded: the load test stops after LOAD_SECONDS (default 5) and runs twice (warm-up, measured).
//   npm run bench server        LOAD_SECONDS=10 LOAD_CLIENTS=32 npm run bench server
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoServer, listen } from '../../demo/server/app.ts';
import { createBackend } from '../../demo/server/backend.ts';
import { migrate } from '../../demo/server/db/migrations.ts';
import { openPGlite } from '../../demo/server/db/pglite-database.ts';
import { menteeSubmission } from '../../demo/server/testing/fixtures.ts';
import { defineBenchmarks } from './benchmark.ts';

const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 5);
const LOAD_CLIENTS = Number(process.env.LOAD_CLIENTS ?? 16);

const dataDir = mkdtempSync(join(tmpdir(), 'mentorkit-bench-'));
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));

const database = await openPGlite(join(dataDir, 'pglite'));
await migrate(database);
const server = createDemoServer({
  backend: createBackend({ database, coordinatorToken: randomUUID(), signupRateLimit: false }),
});
const base = (await listen(server, 0, '127.0.0.1')).replace(/\/$/, '');
// Nothing here may keep `npm run bench` from exiting once every benchmark ran.
server.unref();

const template = menteeSubmission();

async function postOneSignup(): Promise<number> {
  const draftId = randomUUID();
  const response = await fetch(`${base}/api/signups`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': draftId },
    body: JSON.stringify({ ...template, draftId }),
  });
  await response.arrayBuffer();
  return response.status;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

let loadRound = 0;

async function loadTest(): Promise<void> {
  loadRound += 1;
  const latencies: number[] = [];
  let failures = 0;
  const start = performance.now();
  const end = start + LOAD_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: LOAD_CLIENTS }, async () => {
      while (performance.now() < end) {
        const sent = performance.now();
        const status = await postOneSignup();
        latencies.push(performance.now() - sent);
        if (status !== 201) failures += 1;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(
    `  load test ${loadRound === 1 ? '(warm-up)' : '(measured)'}: ${latencies.length} signups in ` +
      `${seconds.toFixed(1)} s by ${LOAD_CLIENTS} clients = ${(latencies.length / seconds).toFixed(0)} signups/s, ` +
      `p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, ` +
      `${failures} not 201 (PGlite, ${database.engine})`,
  );
}

export default defineBenchmarks([
  { name: 'server: one signup (POST /api/signups, PGlite on disk)', run: postOneSignup, runs: 300 },
  {
    name: `server: load test, ${LOAD_CLIENTS} clients × ${LOAD_SECONDS} s`,
    run: loadTest,
    runs: 1,
  },
]);
