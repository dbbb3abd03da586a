// Data survives a restart: a server process stores a signup, stops (closing its database),
// and a second process on the same data folder still has it, without seeding twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PINNED_NOW, expect, test } from '../../support/pinned-clock.ts';
import {
  coordinatorHeaders,
  freePort,
  menteeSignup,
  startServerProcess,
} from './backend-helpers.ts';

const TOKEN = 'restart-test-token-not-secret';
const CLEAN_EXIT = { code: 0, signal: null };

test('a stored signup is there after the server restarts on the same data folder', async ({
  request,
}) => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'mentorkit-restart-'));
  const env = {
    MENTORKIT_DATA_DIR: dataDir,
    MENTORKIT_COORDINATOR_TOKEN: TOKEN,
    MENTORKIT_SEED_TIME: PINNED_NOW,
  };
  try {
    const first = await startServerProcess(await freePort(), env);
    let countBefore: number;
    const submission = menteeSignup('Restart Testsson', 'restart@example.org');
    try {
      expect(first.output()).toContain('demo data added');
      const stored = await request.post(`${first.url}/api/signups`, {
        data: submission,
        headers: { 'Idempotency-Key': submission.draftId },
      });
      expect(stored.status()).toBe(201);
      countBefore = (
        (await (
          await request.get(`${first.url}/api/coordinator/signups`, {
            headers: await coordinatorHeaders(first.url, TOKEN),
          })
        ).json()) as unknown[]
      ).length;
    } finally {
      expect(await first.stop(), first.output()).toEqual(CLEAN_EXIT);
    }

    const second = await startServerProcess(await freePort(), env);
    try {
      expect(second.output()).not.toContain('demo data added');
      const signups = (await (
        await request.get(`${second.url}/api/coordinator/signups`, {
          headers: await coordinatorHeaders(second.url, TOKEN),
        })
      ).json()) as { name: string }[];
      expect(signups).toHaveLength(countBefore);
      expect(signups.map((signup) => signup.name)).toContain('Restart Testsson');
      const again = await request.post(`${second.url}/api/signups`, {
        data: submission,
        headers: { 'Idempotency-Key': submission.draftId },
      });
      expect(again.status()).toBe(409);
    } finally {
      expect(await second.stop(), second.output()).toEqual(CLEAN_EXIT);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
