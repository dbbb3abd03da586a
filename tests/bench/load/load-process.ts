// The load generator of the backend benchmarks (server.bench.ts), in a process of its own: with
// the clients on the server's event loop, every request's client work (building the body,
// parsing the answer, timing) ran between the server's, and the figure was of both together.
// Started by load-generator.ts through scripts/run-ts.mjs; it takes one job a message and
// answers with its figures. Closed loop: each client sends its next request when the last one
// was answered, on keep-alive connections (one per client), as a form's users would not but a
// load balancer's pool would.
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { importAtRuntime } from '../../../demo/server/db/load-module.ts';
import type { LoadJob, LoadResult } from './load-generator.ts';

import type * as pgTypes from 'pg';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** One POST on `agent`'s keep-alive connections; resolves to the status. */
function post(agent: Agent, url: URL, body: string, key: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          'Idempotency-Key': key,
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** A fresh signup each time: the template with its own draftId, which is also the key. */
function nextBody(template: Record<string, unknown>): { body: string; key: string } {
  const key = randomUUID();
  return { body: JSON.stringify({ ...template, draftId: key }), key };
}

/** Runs `clients` loops of `send` for `seconds`; the latencies and the answers that failed. */
async function closedLoop(
  clients: number,
  seconds: number,
  send: () => Promise<boolean>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const sent = performance.now();
        const ok = await send().catch(() => false);
        latencies.push(performance.now() - sent);
        if (!ok) failures += 1;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    count: latencies.length,
    seconds: elapsed,
    perSecond: latencies.length / elapsed,
    meanMs: latencies.reduce((sum, t) => sum + t, 0) / Math.max(1, latencies.length),
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    failures,
  };
}

async function httpLoad(job: Extract<LoadJob, { kind: 'http' }>): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: job.clients });
  const url = new URL(job.url);
  try {
    return await closedLoop(job.clients, job.seconds, async () => {
      const { body, key } = nextBody(job.template);
      return (await post(agent, url, body, key)) === job.expectStatus;
    });
  } finally {
    agent.destroy();
  }
}

/** The floor under PostgreSQL: the signup's INSERT alone, prepared, from a pool of `clients`. */
async function insertLoad(job: Extract<LoadJob, { kind: 'pg-insert' }>): Promise<LoadResult> {
  const pg = ((await importAtRuntime('pg')) as { default: typeof pgTypes }).default;
  const pool = new pg.Pool({
    connectionString: job.connectionString,
    max: job.clients,
    options: `-c search_path=${job.schema}`,
  });
  try {
    return await closedLoop(job.clients, job.seconds, async () => {
      const { body, key } = nextBody(job.template);
      const person = job.template.person as { name: string; email: string };
      await pool.query({
        name: 'bench-insert-signup',
        text: `INSERT INTO signups
                 (id, idempotency_key, kind, name, email, programme_id, training_uid, submission, demo, created_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, false, now())`,
        values: [
          `su-${randomUUID()}`,
          key,
          job.template.kind,
          person.name,
          person.email,
          null,
          null,
          body,
        ],
      });
      return true;
    });
  } finally {
    await pool.end();
  }
}

process.on('message', (job: LoadJob) => {
  const run = job.kind === 'http' ? httpLoad(job) : insertLoad(job);
  run.then(
    (result) => process.send?.({ ok: true, result }),
    (error: unknown) => process.send?.({ ok: false, error: String(error) }),
  );
});
process.send?.({ ready: true });
