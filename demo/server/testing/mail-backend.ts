// The node tests of the programme's mail (signups, matches, follow-ups): a backend on a test
// database whose job queue runs on pg-boss's TestClock and sends through a real SMTP server in
// the test process (mail/testing/smtp-sink.ts). The tests move the clock; the queue's workers
// poll on it, while SMTP and the database answer in real time.
import type { Server } from 'node:http';
import type { ParsedMail } from 'mailparser';
import { TestClock } from 'pg-boss';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createDemoServer, listen } from '../app.ts';
import { createBackend } from '../backend.ts';
import type { Database } from '../db/database.ts';
import { nowOf } from '../jobs/clock.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { jobSchemaOf, openJobQueue } from '../jobs/pg-boss-queue.ts';
import { defineMailJobs } from '../mail/mailer.ts';
import { startSmtpSink, type SmtpSink } from '../mail/testing/smtp-sink.ts';
import { createSmtpTransport, type MailTransport } from '../mail/transport.ts';
import { defineMatchMailJobs, type MatchMailSettings } from '../match-mail/match-mail.ts';
import { defineSignupMailJobs, type SignupMailSettings } from '../signup-mail/signup-mail.ts';
import { signInWithToken } from './coordinator-session.ts';

export const TEST_COORDINATOR_TOKEN = 'coordinator-token-for-tests';
/**
 * The session headers (Cookie, X-CSRF-Token) of the first administrator on the backend that
 * `startMailBackend` started last: it signs in with the token as a person would.
 */
export const coordinatorAuth: Record<string, string> = {};
/** Monday 23 November 2026, 10:00 in Stockholm (tests/support/pinned-clock.ts's day). */
export const PINNED = '2026-11-23T09:00:00Z';
export const DAY = 86_400_000;
export const PUBLIC_URL = 'http://mentor.example.org/';

export interface MailBackend {
  clock: TestClock;
  queue: JobQueue;
  transport: MailTransport;
  server: Server;
  base: string;
  database: Database;
  signupMail: SignupMailSettings | undefined;
  matchMail: MatchMailSettings | undefined;
}

type Settings<T> = Omit<T, 'database' | 'queue' | 'now' | 'publicUrl'>;

/** The match mails' settings as `npm start` has them by default (7, 21 days; 3, 6, 12 months). */
export const DEFAULT_MATCH_MAIL: Settings<MatchMailSettings> = {
  linkTtlMs: 60 * DAY,
  reminderAfterMs: 7 * DAY,
  noMeetingAfterMs: 21 * DAY,
  followUpMonths: [3, 6, 12],
  followUpLinkTtlMs: 30 * DAY,
  followUpRetentionMonths: 36,
};

/** Starts the backend with the signup mails, the match mails, or both, as `mail` names them. */
export async function startMailBackend(
  database: Database,
  smtp: SmtpSink,
  mail: {
    signupMail?: Settings<SignupMailSettings>;
    matchMail?: Settings<MatchMailSettings>;
    leaseMs?: number;
    /** Sign-in link requests per client and per address (default the product's 5, then 1/min). */
    signInRateLimit?: { capacity: number; refillPerSecond: number };
  },
): Promise<MailBackend> {
  const clock = new TestClock(PINNED);
  const now = nowOf(clock);
  const queue = await openJobQueue(database, { clock, pollingIntervalSeconds: 1 });
  const transport = await createSmtpTransport(smtp.url);
  const common = { database, queue, now, publicUrl: PUBLIC_URL };
  const signupMail = mail.signupMail ? { ...common, ...mail.signupMail } : undefined;
  const matchMail = mail.matchMail ? { ...common, ...mail.matchMail } : undefined;
  await defineMailJobs({
    database,
    queue,
    transport,
    from: 'Mentorkit <noreply@mentor.example.org>',
    now,
    ...(mail.leaseMs ? { leaseMs: mail.leaseMs } : {}),
  });
  if (signupMail) await defineSignupMailJobs(signupMail);
  if (matchMail) await defineMatchMailJobs(matchMail);
  const backend = createBackend({
    database,
    coordinatorToken: TEST_COORDINATOR_TOKEN,
    signupRateLimit: false,
    ...(signupMail ? { signupMail } : {}),
    ...(matchMail ? { matchMail } : {}),
    accountMail: { queue, publicUrl: PUBLIC_URL },
    ...(mail.signInRateLimit ? { signInRateLimit: mail.signInRateLimit } : {}),
    now,
    smtpConfigured: true,
  });
  const server = createDemoServer({ backend });
  const base = (await listen(server, 0)).replace(/\/$/, '');
  const running = { clock, queue, transport, server, base, database, signupMail, matchMail };
  await signInAgain(running);
  return running;
}

/**
 * A new session in `coordinatorAuth`, after the test clock moved past the last one's end (two
 * idle hours): the backend ends sessions by its own clock, the test's.
 */
export async function signInAgain(running: MailBackend): Promise<void> {
  Object.assign(coordinatorAuth, await signInWithToken(running.base, TEST_COORDINATOR_TOKEN));
}

export async function stopMailBackend(running: MailBackend): Promise<void> {
  await new Promise((resolve) => running.server.close(resolve));
  await running.queue.stop();
  running.transport.close();
  // Jobs left by this test (waiting retries, later rounds) must not run in the next one.
  await running.database.query(`DELETE FROM ${jobSchemaOf(running.database)}.job`);
}

/** Moves the test clock a second at a time until `done` holds (the workers poll on it). */
export async function advanceUntil(
  clock: TestClock,
  done: () => boolean | Promise<boolean>,
  seconds = 120,
): Promise<void> {
  for (let step = 0; step < seconds; step += 1) {
    if (await done()) return;
    await clock.tick(1000);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  if (!(await done())) throw new Error(`not done after ${seconds} s of the test clock`);
}

export const mailTo = (received: readonly ParsedMail[], address: string) =>
  received.find((mail) => JSON.stringify(mail.to).includes(address));

/** POSTs `body` as JSON; in the coordinator's session unless `headers` say otherwise. */
export function postJson(
  base: string,
  path: string,
  body: unknown = {},
  headers: Record<string, string> = coordinatorAuth,
): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/**
 * In a `describe`: one SMTP server for its tests, emptied (and accepting again) before each
 * test, and the backend a test started (`current()`) stopped after it, once.
 */
export function useMailTestBackends(current: () => MailBackend | undefined): SmtpSink {
  const received: ParsedMail[] = [];
  let sink: SmtpSink | undefined;
  const stopped = new WeakSet<MailBackend>();
  beforeAll(async () => {
    sink = await startSmtpSink(received);
  });
  afterAll(() => sink?.close());
  beforeEach(() => {
    received.length = 0;
    sink?.failNext(0);
  });
  afterEach(async () => {
    const running = current();
    if (running && !stopped.has(running)) {
      stopped.add(running);
      await stopMailBackend(running);
    }
  });
  return {
    get url() {
      return sink!.url;
    },
    received,
    failNext: (count) => sink!.failNext(count),
    close: () => sink!.close(),
  };
}
