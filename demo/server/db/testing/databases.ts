// The databases the node tests run against: PGlite always (in memory), and PostgreSQL when
// TEST_DATABASE_URL is set (CI sets it: demo/server/scripts/ci-postgres.sh). Each PostgreSQL
// test file works in a schema of its own, dropped afterwards. When TEST_DATABASE_URL is set
// and PostgreSQL is unreachable, opening fails and so do the tests: never a silent skip.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Database } from '../database.ts';
import { openPGlite } from '../pglite-database.ts';
import { openPostgres } from '../postgres-database.ts';

export interface TestDatabase {
  name: 'PGlite' | 'PostgreSQL';
  open(): Promise<{ database: Database; dispose(): Promise<void> }>;
}

export const TEST_DATABASES: TestDatabase[] = [
  {
    name: 'PGlite',
    async open() {
      const database = await openPGlite();
      return { database, dispose: () => database.close() };
    },
  },
];

const testDatabaseUrl = process.env.TEST_DATABASE_URL;
if (testDatabaseUrl) {
  TEST_DATABASES.push({
    name: 'PostgreSQL',
    async open() {
      const schema = `mk_test_${randomBytes(6).toString('hex')}`;
      const database = await openPostgres({ connectionString: testDatabaseUrl, schema, max: 4 });
      return {
        database,
        async dispose() {
          await database.query(`DROP SCHEMA ${schema} CASCADE`);
          // The job queue's schema beside it (jobs/pg-boss-queue.ts), when a test started one.
          await database.query(`DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`);
          await database.close();
        },
      };
    },
  });
}

/** Empties the data tables between tests (keeps the schema and its migrations). */
export async function truncateAll(database: Database): Promise<void> {
  await database.query(
    'TRUNCATE session_summaries, extension_connections, match_meetings, follow_ups, match_events, match_links, matches, signup_confirmations, outbox, signups, trainings, erasures, external_feeds, erased_idempotency_keys, rate_limit_buckets, audit_log, coordinator_passkey_challenges, coordinator_passkeys, coordinator_sessions, coordinator_sign_in_links, coordinator_programmes, coordinators, programmes',
  );
}

/**
 * Opens `testDatabase` for the tests of the calling `describe`, migrated, emptied before each
 * test. A database that cannot be opened fails every test of the block (a failing `beforeAll`
 * alone would only mark them skipped).
 */
export function useTestDatabase(
  testDatabase: TestDatabase,
  migrateFirst: (database: Database) => Promise<unknown>,
): {
  readonly database: Database;
} {
  let opened: { database: Database; dispose(): Promise<void> } | undefined;
  let failure: Error | undefined;
  beforeAll(async () => {
    try {
      opened = await testDatabase.open();
      await migrateFirst(opened.database);
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
    }
  }, 60_000);
  afterAll(() => opened?.dispose());
  beforeEach(async () => {
    if (failure) throw failure;
    await truncateAll(opened!.database);
  });
  return {
    get database() {
      return opened!.database;
    },
  };
}
