// A burst of signups, on both engines: each answered as if it came alone (201 stored, 409 for
// a key stored already, 410 for an erased one), although on PGlite the signups that wait for
// a running transaction are stored together in the next one (db/transaction-batch.ts). The
// burst's signups are for a training: one with neither a training nor mails is stored by one
// statement, in no transaction (issue 23).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import { countSignups } from '../store/signups.ts';
import { insertTraining } from '../store/trainings.ts';
import { lazyDatabase, startTestServer, type TestServer } from '../testing/test-server.ts';
import { menteeSubmission } from '../testing/fixtures.ts';

const BURST = 10;

describe.each(TEST_DATABASES)('a burst of signups, on $name', (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);
  let server: TestServer;
  let transactions = 0;
  let statements = 0;
  // The first transaction of a burst waits until every signup of it is on its way to be
  // stored (what a busy PGlite does to the signups behind it): a signup asks for its
  // programme's questions just before it asks for its transaction, in the same turn.
  let hold: Promise<void> | undefined;
  let releaseHold = () => {};
  let expected = 0;
  let checked = 0;
  const programmeQuestions = {
    questionsFor() {
      checked += 1;
      if (checked === expected) releaseHold();
      return [];
    },
  };
  const lazy = lazyDatabase(context);
  const database: Database = {
    query: (sql, params, options) => {
      statements += 1;
      return lazy.query(sql, params, options);
    },
    close: () => lazy.close(),
    get engine() {
      return context.database.engine;
    },
    get driver() {
      return context.database.driver;
    },
    async transaction(work) {
      transactions += 1;
      const held = hold;
      hold = undefined;
      if (held) await held;
      return context.database.transaction((tx) =>
        work({
          query: (sql, params, options) => {
            statements += 1;
            return tx.query(sql, params, options);
          },
        }),
      );
    },
  };

  beforeAll(async () => {
    server = await startTestServer(database, {
      coordinatorToken: 'burst-test-token',
      programmeQuestions,
    });
  });
  afterAll(() => server.close());

  // Open, without a seat limit: each signup of the burst is checked and stored in a transaction.
  const trainingUid = 'burst-training@test';
  const forTraining = () => menteeSubmission({ trainingUid });
  beforeEach(() =>
    insertTraining(context.database, {
      uid: trainingUid,
      title: 'Training for a burst',
      startsAt: new Date('2027-03-02T17:00:00Z'),
      endsAt: new Date('2027-03-02T19:00:00Z'),
      timeZone: 'Europe/Stockholm',
    }),
  );

  const post = (submission: ReturnType<typeof menteeSubmission>) =>
    fetch(`${server.base}/api/signups`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.draftId },
      body: JSON.stringify(submission),
    });

  /** Sends the burst with its first transaction held until every signup of it has come. */
  function burst(submissions: ReturnType<typeof menteeSubmission>[]) {
    transactions = 0;
    checked = 0;
    expected = submissions.length;
    hold = new Promise((resolve) => (releaseHold = resolve));
    return Promise.all(submissions.map(post));
  }

  it('answers each signup of a burst as if it came alone', async () => {
    const stored = forTraining();
    expect((await post(stored)).status).toBe(201);
    const erased = forTraining();
    await context.database.query(
      `INSERT INTO erased_idempotency_keys (key_hash)
       VALUES (encode(sha256(convert_to($1, 'UTF8')), 'hex'))`,
      [erased.draftId],
    );
    const fresh = Array.from({ length: BURST - 3 }, forTraining);
    const twice = fresh[0]!;
    const answers = await burst([...fresh, stored, erased, twice]);
    const statuses = answers.map((answer) => answer.status);
    // The key sent twice: one of the two stores it (which one is a race on PostgreSQL), the
    // other is answered 409 with the id it stored.
    const [first, last] = [statuses[0], statuses[BURST - 1]];
    expect([first, last].sort()).toEqual([201, 409]);
    expect(statuses.slice(1, BURST - 1)).toEqual([...fresh.slice(1).map(() => 201), 409, 410]);
    const bodies = (await Promise.all(answers.map((answer) => answer.json()))) as {
      id: string;
    }[];
    expect(bodies[BURST - 1]!.id).toBe(bodies[0]!.id);
    expect(await countSignups(context.database)).toBe(1 + fresh.length);
  });

  it('stores a signup without a training or mails in one statement, outside a transaction', async () => {
    const submission = menteeSubmission();
    [statements, transactions] = [0, 0];
    const created = await post(submission);
    expect(created.status).toBe(201);
    expect([statements, transactions]).toEqual([1, 0]);
    // A retry: the INSERT stores nothing, and one more statement asks why (stored: 409).
    [statements, transactions] = [0, 0];
    const again = await post(submission);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { id: string }).id).toBe(
      ((await created.json()) as { id: string }).id,
    );
    expect([statements, transactions]).toEqual([2, 0]);
  });

  // Batching is PGlite's alone (PostgreSQL runs transactions side by side): the test exists only
  // there, rather than being reported as skipped on PostgreSQL.
  if (testDatabase.name === 'PGlite') {
    it('stores the signups that wait for a transaction together (PGlite)', async () => {
      const answers = await burst(Array.from({ length: BURST }, forTraining));
      expect(answers.map((answer) => answer.status)).toEqual(Array(BURST).fill(201));
      // One transaction each before; now the first alone and the rest in one or a few.
      expect(transactions).toBeLessThan(BURST);
      expect(await countSignups(context.database)).toBe(BURST);
    });
  }
});
