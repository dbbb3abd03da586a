// Passkey challenges and counters in the store, on every test database: a challenge is taken
// once, for its own purpose, before it expires; the nightly sweep deletes expired ones; a
// passkey belongs to its account, whose removal deletes it. (The ceremonies themselves run in
// Chromium's virtual authenticator: tests/e2e/backend/passkeys.spec.ts.)
import { describe, expect, it } from 'vitest';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import { deleteEndedSessions } from './coordinator-sessions.ts';
import { insertCoordinator, removeCoordinator } from './coordinators.ts';
import {
  PASSKEY_CHALLENGE_TTL_MS,
  deletePasskey,
  insertPasskey,
  listPasskeys,
  markPasskeyUsed,
  saveChallenge,
  takeChallenge,
} from './passkeys.ts';

const NOW = new Date('2026-12-01T09:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe.each(TEST_DATABASES)('passkeys in the store on $name', (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);

  async function account(email: string) {
    return (await insertCoordinator(context.database, {
      email,
      name: email,
      role: 'coordinator',
      lang: 'en',
      programmes: [],
      now: NOW,
    }))!;
  }

  it('takes a challenge once, for its purpose, before it expires', async () => {
    const { database } = context;
    const ada = await account('ada@org.example');
    await saveChallenge(database, {
      value: 'c1',
      purpose: 'registration',
      coordinatorId: ada.id,
      now: NOW,
    });
    await saveChallenge(database, { value: 'c2', purpose: 'sign-in', now: NOW });
    await saveChallenge(database, { value: 'c3', purpose: 'sign-in', now: NOW });
    // Another purpose's challenge is not this one's.
    expect(await takeChallenge(database, 'c1', 'sign-in', NOW)).toBeUndefined();
    expect(await takeChallenge(database, 'c1', 'registration', NOW)).toEqual({
      coordinatorId: ada.id,
    });
    expect(await takeChallenge(database, 'c2', 'sign-in', later(60_000))).toEqual({
      coordinatorId: null,
    });
    expect(await takeChallenge(database, 'c2', 'sign-in', later(60_000))).toBeUndefined();
    expect(
      await takeChallenge(database, 'c3', 'sign-in', later(PASSKEY_CHALLENGE_TTL_MS)),
    ).toBeUndefined();
    await saveChallenge(database, { value: 'c4', purpose: 'sign-in', now: NOW });
    expect(await deleteEndedSessions(database, later(PASSKEY_CHALLENGE_TTL_MS + 1))).toBe(1);
    expect(await takeChallenge(database, 'c4', 'sign-in', NOW)).toBeUndefined();
  });

  it('keeps each account its own passkeys, their counters, and deletes them with the account', async () => {
    const { database } = context;
    const ada = await account('ada@org.example');
    const bo = await account('bo@org.example');
    const passkey = { publicKey: 'pk', counter: 0, transports: ['internal'], now: NOW };
    expect(
      await insertPasskey(database, {
        ...passkey,
        id: 'k1',
        coordinatorId: ada.id,
        name: 'Laptop',
      }),
    ).toBe(true);
    // A credential id is registered once.
    expect(
      await insertPasskey(database, { ...passkey, id: 'k1', coordinatorId: bo.id, name: 'X' }),
    ).toBe(false);
    await markPasskeyUsed(database, 'k1', 7, later(1000));
    expect(await listPasskeys(database, ada.id)).toMatchObject([
      {
        id: 'k1',
        name: 'Laptop',
        counter: 7,
        transports: ['internal'],
        lastUsedAt: later(1000).toISOString(),
      },
    ]);
    // Nobody removes another's passkey.
    expect(await deletePasskey(database, bo.id, 'k1')).toBe(false);
    expect(await database.transaction((tx) => removeCoordinator(tx, ada.id))).toBe('removed');
    expect(await listPasskeys(database, ada.id)).toEqual([]);
  });
});
