// A failure the server logs holds no value the person sent: not from the error object (its
// query parameters), not from the database's message.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDemoServer, listen } from '../app.ts';
import { createBackend } from '../backend.ts';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrations.ts';
import { openPGlite } from '../db/pglite-database.ts';
import { mentorSubmission } from '../testing/fixtures.ts';
import { describeError } from './log-error.ts';

const NAME = 'Hemliga Hanna Loggsson';
const EMAIL = 'hanna.loggsson@example.org';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('describeError', () => {
  it("keeps the kind, the code and the message, without the message's quoted values", () => {
    const error = Object.assign(new Error(`invalid input syntax for type integer: "${EMAIL}"`), {
      code: '22P02',
      params: [NAME, EMAIL],
    });
    const line = describeError(error);
    expect(line).toBe('Error [22P02]: invalid input syntax for type integer: "…"');
  });
});

describe('a database error on POST /api/signups', () => {
  it('answers 500 and logs no value of the submission', async () => {
    const real = await openPGlite();
    await migrate(real);
    // The database fails the insert as a driver does: an error that carries the query's
    // parameters (the person) and quotes one of them in its message.
    const failInsert =
      (run: Database['query']): Database['query'] =>
      (sql: string, params?: readonly unknown[]) =>
        /INSERT INTO signups/.test(sql)
          ? Promise.reject(
              Object.assign(new Error(`value too long: "${String(params?.[3])}"`), {
                code: '22001',
                query: sql,
                params,
              }),
            )
          : run(sql, params);
    const failing: Database = {
      engine: real.engine,
      driver: real.driver,
      query: failInsert((sql, params) => real.query(sql, params)),
      transaction: (work) =>
        real.transaction((tx) =>
          work({ query: failInsert((sql, params) => tx.query(sql, params)) }),
        ),
      close: () => real.close(),
    };
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(
        args
          .map((arg) => (typeof arg === 'string' ? arg : (JSON.stringify(arg) ?? String(arg))))
          .join(' '),
      );
    });
    const server = createDemoServer({
      backend: createBackend({
        database: failing,
        coordinatorToken: 'token',
        signupRateLimit: false,
      }),
    });
    const base = (await listen(server, 0)).replace(/\/$/, '');
    try {
      const submission = mentorSubmission({ person: { name: NAME, email: EMAIL } });
      const response = await fetch(`${base}/api/signups`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.draftId },
        body: JSON.stringify(submission),
      });
      expect(response.status).toBe(500);
      expect(logged.join('\n')).toContain('[22001]');
      for (const value of [NAME, EMAIL, submission.profile.profession]) {
        expect(logged.join('\n')).not.toContain(value);
      }
    } finally {
      server.close();
      await real.close();
    }
  });
});
