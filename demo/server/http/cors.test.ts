// CORS with a list of partner origins, through the real server: a page of another origin may
// read nothing, and may change nothing either (a simple form POST needs no preflight).
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoServer, listen } from '../app.ts';
import { createBackend } from '../backend.ts';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrations.ts';
import { openPGlite } from '../db/pglite-database.ts';
import { countSignups } from '../store/signups.ts';
import { mentorSubmission } from '../testing/fixtures.ts';
import { parseCorsOrigins } from './cors.ts';

describe('CORS with a list of partner origins', () => {
  let database: Database;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    database = await openPGlite();
    await migrate(database);
    server = createDemoServer({
      backend: createBackend({
        database,
        coordinatorToken: 'coordinator-token-for-cors-tests',
        signupRateLimit: false,
        cors: parseCorsOrigins('https://facket.example'),
      }),
    });
    base = (await listen(server, 0)).replace(/\/$/, '');
    // Opening PGlite and laying every migration takes more than the default 10 s on a loaded
    // machine, as useTestDatabase allows.
  }, 60_000);
  afterAll(async () => {
    server.close();
    await database.close();
  });

  const post = (origin: string | undefined) => {
    const submission = mentorSubmission();
    return fetch(`${base}/api/signups`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': submission.draftId,
        ...(origin ? { Origin: origin } : {}),
      },
      body: JSON.stringify(submission),
    });
  };

  it('refuses a signup from a page of an origin not on the list, and stores nothing', async () => {
    const before = await countSignups(database);
    const refused = await post('https://elsewhere.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(await countSignups(database)).toBe(before);
  });

  it('stores one from a listed origin, from its own pages, and with no Origin (not a page)', async () => {
    const before = await countSignups(database);
    const listed = await post('https://facket.example');
    expect(listed.status).toBe(201);
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://facket.example');
    expect((await post(new URL(base).origin)).status).toBe(201);
    expect((await post(undefined)).status).toBe(201);
    expect(await countSignups(database)).toBe(before + 3);
  });

  it('still answers a read from anywhere, without the header that would let the page see it', async () => {
    const read = await fetch(`${base}/api/trainings.json`, {
      headers: { Origin: 'https://elsewhere.example' },
    });
    expect(read.status).toBe(200);
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });
});
