// Text the database cannot store, on both engines: a signup with a NUL in the name is refused
// with a 422 naming the field (it used to be a 500 the form retried, so the person was never
// stored), and a coordinator's search with a NUL finds as if it were not there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import { countSignups, insertSignup } from '../store/signups.ts';
import { lazyDatabase, startTestServer, type TestServer } from '../testing/test-server.ts';
import { signInWithToken } from '../testing/coordinator-session.ts';
import { mentorSubmission } from '../testing/fixtures.ts';

const TOKEN = 'coordinator-token-for-storable-text-tests';

describe.each(TEST_DATABASES)('text the database refuses, on $name', (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);
  let server: TestServer;
  let base: string;

  beforeAll(async () => {
    server = await startTestServer(lazyDatabase(context), { coordinatorToken: TOKEN });
    base = server.base;
  });
  afterAll(() => server.close());

  it('refuses a NUL or a lone surrogate in a name with a 422 naming the field, storing nothing', async () => {
    for (const name of ['Anna\u0000Svensson', 'Anna \uD83D']) {
      const submission = mentorSubmission({ person: { name, email: 'anna@example.org' } });
      const response = await fetch(`${base}/api/signups`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.draftId },
        body: JSON.stringify(submission),
      });
      expect(response.status, JSON.stringify(name)).toBe(422);
      const problem = (await response.json()) as { errors: { field: string }[] };
      expect(problem.errors.map((error) => error.field)).toEqual(['person.name']);
    }
    expect(await countSignups(context.database)).toBe(0);
  });

  it("searches as if a NUL in the coordinator's words were not there", async () => {
    const submission = mentorSubmission({
      person: { name: 'Nils Nollsson', email: 'nils@example.org' },
    });
    await insertSignup(context.database, submission.draftId, submission);
    const response = await fetch(`${base}/api/coordinator/signups?q=Nils%00`, {
      headers: await signInWithToken(base, TOKEN),
    });
    expect(response.status).toBe(200);
    const found = (await response.json()) as { name: string }[];
    expect(found.map((signup) => signup.name)).toEqual(['Nils Nollsson']);
  });
});
