// The job queue on pg-boss (docs/decisions/0014-job-queue-and-mail.md). pg-boss keeps its jobs
// in tables of their own schema, in the same database as the data: on PostgreSQL through its
// own connection pool, on PGlite through the one embedded instance (pg-boss's PGlite adapter).
// Jobs therefore survive restarts, and a job enqueued in a transaction commits with it.
import type * as pgBossTypes from 'pg-boss';
import type { Database, Queryable } from '../db/database.ts';
import { importAtRuntime } from '../db/load-module.ts';
import type { EnqueueOptions, JobDefinition, JobQueue } from './job-queue.ts';

type PgBossModule = typeof pgBossTypes;

/** The clock pg-boss schedules by: its TestClock in tests, the system's otherwise. */
export type JobClock = pgBossTypes.Clock;

export interface JobQueueOptions {
  /** Default: the system clock. Tests pass pg-boss's TestClock and move it. */
  clock?: JobClock;
  /** How often an idle worker looks for due jobs, in seconds (default 2). */
  pollingIntervalSeconds?: number;
}

/** pg-boss's schema: beside the data's own (tests use one schema per file), or its own name. */
export function jobSchemaOf(database: Database): string {
  const { driver } = database;
  return driver.engine === 'postgres' && driver.schema ? `${driver.schema}_jobs` : 'mentorkit_jobs';
}

/**
 * A transaction of ours as pg-boss's database: its statements then commit with ours. With a
 * test clock, pg-boss reads "now" from its clock table only in sessions that opted in, which
 * it arranges for its own connections; ours opts in for this transaction.
 */
function inTransaction(tx: Queryable, testClockSetting: string | undefined): pgBossTypes.Db {
  return {
    async executeSql(text, values) {
      if (testClockSetting) await tx.query(`SET LOCAL ${testClockSetting} = 'on'`);
      return tx.query(text, values ?? []);
    },
  };
}

/** Starts pg-boss on `database` (installing or migrating its schema first). */
export async function openJobQueue(
  database: Database,
  options: JobQueueOptions = {},
): Promise<JobQueue> {
  const { PgBoss, fromPglite, CLOCK_OVERRIDE_SETTING } = (await importAtRuntime(
    'pg-boss',
  )) as PgBossModule;
  // pg-boss's TestClock (the only clock with `attach`) moves the database's time too.
  const testClockSetting =
    options.clock && 'attach' in options.clock ? CLOCK_OVERRIDE_SETTING : undefined;
  const { driver } = database;
  const common = {
    schema: jobSchemaOf(database),
    // No cron schedules: the digest is a job with a run-after time (signup-mail/digest.ts).
    schedule: false,
    ...(options.clock ? { clock: options.clock } : {}),
  };
  const boss =
    driver.engine === 'pglite'
      ? new PgBoss({
          ...common,
          db: fromPglite(driver.pglite as Parameters<typeof fromPglite>[0]),
          backend: 'pglite',
        })
      : new PgBoss({ ...common, connectionString: driver.connectionString, max: 4 });
  // pg-boss reports failures of its own upkeep here; without a listener they would crash the
  // process. The message only: a statement's parameters may hold a job's payload.
  boss.on('error', (error: Error) => console.error(`Job queue: ${error.message}`));
  await boss.start();

  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  return {
    async define<Payload extends object>(definition: JobDefinition<Payload>) {
      await boss.createQueue(definition.name, {
        // One job per key waiting, one per key running: a key makes enqueue idempotent.
        policy: 'stately',
        retryLimit: definition.retries ?? 8,
        retryDelay: definition.retryDelaySeconds ?? 30,
        retryBackoff: true,
        retryDelayMax: definition.retryDelayMaxSeconds ?? 3600,
        expireInSeconds: definition.expireInSeconds ?? 300,
      });
      await boss.work<Payload>(definition.name, { pollingIntervalSeconds }, async (jobs) => {
        for (const job of jobs) await definition.run(job.data);
      });
    },
    enqueue(name, payload, enqueueOptions: EnqueueOptions = {}) {
      return boss.send(name, payload, {
        // 'stately' queues hold one waiting job per key; a job without a key gets one of its own.
        singletonKey: enqueueOptions.key ?? crypto.randomUUID(),
        ...(enqueueOptions.runAfter ? { startAfter: enqueueOptions.runAfter } : {}),
        ...(enqueueOptions.in ? { db: inTransaction(enqueueOptions.in, testClockSetting) } : {}),
      });
    },
    async stop(timeoutMs = 10_000) {
      await boss.stop({ graceful: true, close: true, timeout: timeoutMs });
    },
  };
}
