// An erased signup stays erased, on both engines: the browser that sent it may still hold its
// draft and send it again with the same Idempotency-Key; that replay answers 410 and stores
// nothing. A new signup from the same person (a new key) is a new signup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import { countSignups } from '../store/signups.ts';
import { lazyDatabase, startTestServer, type TestServer } from '../testing/test-server.ts';
import { signInWithToken } from '../testing/coordinator-session.ts';
import { menteeSubmission } from '../testing/fixtures.ts';

const TOKEN = 'coordinator-token-for-erasure-replay-tests';

describe.each(TEST_DATABASES)('a replay of an erased signup, on $name', (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);
  let server: TestServer;
  let base: string;

  beforeAll(async () => {
    server = await startTestServer(lazyDatabase(context), { coordinatorToken: TOKEN });
    base = server.base;
  });
  afterAll(() => server.close());

  const post = (submission: ReturnType<typeof menteeSubmission>) =>
    fetch(`${base}/api/signups`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.draftId },
      body: JSON.stringify(submission),
    });

  it('answers 410 and stores nothing; a new signup of the same person is stored', async () => {
    const email = 'erased.person@example.org';
    const submission = menteeSubmission({ person: { name: 'Erased Person', email } });
    const created = await post(submission);
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const erased = await fetch(`${base}/api/coordinator/signups/${id}/erase`, {
      method: 'POST',
      headers: { ...(await signInWithToken(base, TOKEN)), 'Content-Type': 'application/json' },
      body: JSON.stringify({ confirm: email }),
    });
    expect(erased.status).toBe(200);
    expect(await countSignups(context.database)).toBe(0);

    const replay = await post(submission);
    expect(replay.status).toBe(410);
    expect(await countSignups(context.database)).toBe(0);
    // What is kept is a hash, not the key.
    const kept = await context.database.query<{ key_hash: string }>(
      'SELECT key_hash FROM erased_idempotency_keys',
    );
    expect(kept.rows.map((row) => row.key_hash)).not.toContain(submission.draftId);
    expect(kept.rows).toHaveLength(1);

    expect(
      (await post(menteeSubmission({ person: { name: 'Erased Person', email } }))).status,
    ).toBe(201);
  });
});
