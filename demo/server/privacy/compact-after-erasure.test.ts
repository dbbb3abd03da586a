// After an erasure the person's bytes leave the database's files (issue 20, item 8): the
// erasure deleted the rows, but PostgreSQL keeps a deleted row's bytes in the table and index
// files until they are rewritten; a plain VACUUM left the e-mail address in the index file.
// On both engines: the tables erasure touched are rewritten (new files). On PGlite, whose files
// the test can read: no file of the database but the write-ahead log holds the address.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrations.ts';
import { openPGlite } from '../db/pglite-database.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import { lazyDatabase, startTestServer, type TestServer } from '../testing/test-server.ts';
import { signInWithToken } from '../testing/coordinator-session.ts';
import { menteeSubmission } from '../testing/fixtures.ts';

const TOKEN = 'coordinator-token-for-compaction-tests';

async function signUpAndErase(base: string, email: string): Promise<void> {
  const submission = menteeSubmission({ person: { name: 'Qvintus Raderad', email } });
  const created = await fetch(`${base}/api/signups`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.draftId },
    body: JSON.stringify(submission),
  });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const erased = await fetch(`${base}/api/coordinator/signups/${id}/erase`, {
    method: 'POST',
    headers: { ...(await signInWithToken(base, TOKEN)), 'Content-Type': 'application/json' },
    body: JSON.stringify({ confirm: email }),
  });
  expect(erased.status).toBe(200);
}

const fileNodes = async (database: Database) =>
  (
    await database.query<{ relation: string; node: string | number }>(
      `SELECT relation, pg_relation_filenode(relation) AS node
         FROM unnest(ARRAY['signups', 'signups_email', 'outbox']) AS relation`,
    )
  ).rows.map((row) => `${row.relation}:${row.node}`);

describe.each(TEST_DATABASES)('compaction after an erasure, on $name', (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(lazyDatabase(context), { coordinatorToken: TOKEN });
  });
  afterAll(() => server.close());

  it('rewrites the tables and indexes the erasure touched into new files', async () => {
    const before = await fileNodes(context.database);
    await signUpAndErase(server.base, 'rewritten@example.org');
    const after = await fileNodes(context.database);
    for (const [index, node] of after.entries()) expect(node).not.toBe(before[index]);
  });
});

describe('compaction after an erasure, in the files of PGlite', () => {
  let folder: string;
  let database: Database;
  let server: TestServer;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'mk-compaction-'));
    database = await openPGlite(join(folder, 'pglite'));
    await migrate(database);
    server = await startTestServer(database, { coordinatorToken: TOKEN });
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** The database's files (but the write-ahead log) that hold `text`. */
  function filesHolding(text: string): string[] {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (name !== 'pg_wal') walk(path);
        } else if (readFileSync(path).includes(text)) found.push(path.slice(folder.length));
      }
    };
    walk(join(folder, 'pglite'));
    return found;
  }

  it('leaves the address in no table or index file', async () => {
    const email = 'qvintus.unique-7f3a@example.org';
    await signUpAndErase(server.base, email);
    // Everything written out to the files, as a copy of the data folder would find it.
    await database.query('CHECKPOINT');
    expect(filesHolding('qvintus.unique-7f3a')).toEqual([]);
  });
});
