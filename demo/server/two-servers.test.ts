// Two backend servers on one PostgreSQL, as a partner runs them behind a load balancer, behave
// as one (issue 20): each with its own connection pool, job queue and HTTP server, started at
// the same moment (both migrate), and a burst of requests split across them. A client's rate
// limit is counted once for both; a retry that lands on the other server stores nothing twice;
// a training's seats are exact; each signup's confirmation mail is sent once although both
// servers' workers take jobs from the one queue. PostgreSQL only (PGlite is one process's):
// CI sets TEST_DATABASE_URL (scripts/ci-postgres.sh).
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoServer, listen } from './app.ts';
import { createBackend } from './backend.ts';
import type { Database } from './db/database.ts';
import { migrate } from './db/migrations.ts';
import { openPostgres } from './db/postgres-database.ts';
import type { JobQueue } from './jobs/job-queue.ts';
import { jobSchemaOf, openJobQueue } from './jobs/pg-boss-queue.ts';
import { defineMailJobs } from './mail/mailer.ts';
import type { OutgoingMail } from './mail/transport.ts';
import { defineSignupMailJobs } from './signup-mail/signup-mail.ts';
import { countSignups } from './store/signups.ts';
import { insertTraining } from './store/trainings.ts';
import { menteeSubmission } from './testing/fixtures.ts';
import { PINNED } from './testing/mail-backend.ts';

const databaseUrl = process.env.TEST_DATABASE_URL;
const DAY = 86_400_000;

interface RunningServer {
  database: Database;
  queue: JobQueue;
  server: Server;
  base: string;
}

describe.skipIf(!databaseUrl)('two servers on one PostgreSQL', () => {
  const schema = `mk_test_${randomBytes(6).toString('hex')}`;
  /** Every mail either server's transport sent, by recipient. */
  const sent: string[] = [];
  let servers: RunningServer[] = [];

  async function startServer(): Promise<RunningServer> {
    const database = await openPostgres({ connectionString: databaseUrl!, schema, max: 4 });
    await migrate(database);
    const queue = await openJobQueue(database, { pollingIntervalSeconds: 0.5 });
    // Signups and their links dated from one fixed instant, whatever day the test runs.
    const now = () => new Date(PINNED);
    const transport = {
      send: (mail: OutgoingMail) => {
        sent.push(mail.to);
        return Promise.resolve();
      },
      close: () => {},
    };
    await defineMailJobs({ database, queue, transport, from: 'Mentorkit <m@example.org>', now });
    const signupMail = {
      database,
      queue,
      now,
      publicUrl: 'http://mentor.example.org/',
      coordinatorEmails: [],
      signupNotice: 'each' as const,
      confirmationTtlMs: 7 * DAY,
    };
    await defineSignupMailJobs(signupMail);
    const backend = createBackend({
      database,
      coordinatorToken: 'coordinator-token-for-two-server-tests',
      // 10 at once per client, then hardly any: the burst below meets the limit.
      signupRateLimit: { capacity: 10, refillPerSecond: 0.001 },
      // Behind one proxy: each test is a client of its own (X-Forwarded-For).
      trustProxy: 1,
      signupMail,
      now,
    });
    const server = createDemoServer({ backend });
    const base = (await listen(server, 0)).replace(/\/$/, '');
    return { database, queue, server, base };
  }

  beforeAll(async () => {
    // Started at the same moment, as after a deploy: both migrate the empty schema.
    servers = await Promise.all([startServer(), startServer()]);
  }, 90_000);

  afterAll(async () => {
    for (const { server, queue } of servers) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await queue.stop();
    }
    const [first, ...others] = servers;
    for (const { database } of others) await database.close();
    if (first) {
      await first.database.query(`DROP SCHEMA IF EXISTS ${jobSchemaOf(first.database)} CASCADE`);
      await first.database.query(`DROP SCHEMA ${schema} CASCADE`);
      await first.database.close();
    }
  }, 60_000);

  /** POSTs `submission` to server `index % 2` as `client`. */
  function post(index: number, submission: ReturnType<typeof menteeSubmission>, client: string) {
    return fetch(`${servers[index % 2]!.base}/api/signups`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': submission.draftId,
        'X-Forwarded-For': client,
      },
      body: JSON.stringify(submission),
    });
  }

  const person = (label: string, index: number) => ({
    name: `Person ${label} ${index}`,
    email: `${label}.${index}@example.org`,
  });

  it("counts one client's burst once across both servers", async () => {
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, index) =>
        post(index, menteeSubmission({ person: person('burst', index) }), '203.0.113.1'),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(6);
    // Both servers refused some: neither let the client through on its own count.
    expect(new Set(statuses.filter((_, index) => index % 2 === 0))).toContain(201);
    // No client address is kept, only its hash.
    const kept = await servers[0]!.database.query<{ client_hash: string }>(
      'SELECT client_hash FROM rate_limit_buckets',
    );
    expect(kept.rows.map((row) => row.client_hash).join()).not.toContain('203.0.113');
  });

  it('stores a signup once when its retries land on both servers at once', async () => {
    const submission = menteeSubmission({ person: person('retry', 1) });
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, index) => post(index, submission, '203.0.113.2')),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    const ids = await Promise.all(
      answers.map(async (answer) => ((await answer.json()) as { id: string }).id),
    );
    expect(new Set(ids).size).toBe(1);
    const rows = await servers[1]!.database.query(
      'SELECT id FROM signups WHERE idempotency_key = $1',
      [submission.draftId],
    );
    expect(rows.rowCount).toBe(1);
  });

  it("fills a training's seats exactly from both servers", async () => {
    const start = new Date('2027-03-02T17:00:00Z');
    await insertTraining(servers[0]!.database, {
      uid: 'five-seats@two-servers',
      title: 'Five seats',
      startsAt: start,
      endsAt: new Date(start.getTime() + 7_200_000),
      timeZone: 'Europe/Stockholm',
      seatsTotal: 5,
    });
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        post(
          index,
          menteeSubmission({
            person: person('seat', index),
            trainingUid: 'five-seats@two-servers',
          }),
          `203.0.113.${10 + index}`,
        ),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(5);
    expect(statuses.filter((status) => status === 422)).toHaveLength(7);
    const taken = await servers[0]!.database.query<{ n: string | number }>(
      "SELECT count(*) AS n FROM signups WHERE training_uid = 'five-seats@two-servers'",
    );
    expect(Number(taken.rows[0]!.n)).toBe(5);
  });

  it("sends each signup's confirmation once, though both servers' workers run the queue", async () => {
    const stored = await countSignups(servers[0]!.database);
    expect(stored).toBe(10 + 1 + 5);
    const deadline = Date.now() + 30_000;
    while (sent.length < stored && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // A little longer: a second copy, if any, would come now.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(sent).toHaveLength(stored);
    expect(new Set(sent).size).toBe(stored);
  }, 60_000);
});
