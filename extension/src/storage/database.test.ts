import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import {
  DB_VERSION,
  MIGRATIONS,
  createConnection,
  openDatabase,
  requestPersistentStorage,
  type ConnectionEvent,
  type Migration,
} from './database.ts';
import {
  clearSessions,
  deleteSession,
  getMeta,
  listSessions,
  menteesOf,
  putSession,
  setMeta,
  writeSessions,
  InvalidSessionError,
} from './session-store.ts';
import { makeSession } from './testing/sessions.ts';

let databases = 0;
const freshName = () => `mentorkit-test-${++databases}`;

describe('database migrations', () => {
  it('creates version 1 from nothing', async () => {
    const name = freshName();
    const db = await openDatabase({ name });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'sessions']);
    const tx = db.transaction('sessions');
    expect([...tx.store.indexNames].sort()).toEqual(['by-date', 'by-mentee']);
    db.close();
  });

  it('opens a version-1 database written by an earlier build and keeps its data', async () => {
    const name = freshName();
    const stored = makeSession({ notes: 'Written by version 1' });
    // What a version-1 build left on disk, written without our code.
    const old = await openDB(name, 1, {
      upgrade(db) {
        const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
        sessions.createIndex('by-date', 'date');
        sessions.createIndex('by-mentee', 'menteeId');
        db.createObjectStore('meta');
      },
    });
    await old.put('sessions', stored);
    await old.put('meta', '2026-10-01T00:00:00.000Z', 'lastExportAt');
    old.close();

    const db = await openDatabase({ name });
    expect(await listSessions(db)).toEqual([stored]);
    expect(await getMeta(db, 'lastExportAt')).toBe('2026-10-01T00:00:00.000Z');
    db.close();
  });

  it('migrates a version-1 database with data step by step to a later version', async () => {
    const name = freshName();
    const v1 = await openDatabase({ name });
    const sessions = [makeSession({ menteeAlias: ' Amal ' }), makeSession({ date: '2026-01-05' })];
    await writeSessions(v1, sessions, { replace: false });
    v1.close();

    const [toVersion1] = MIGRATIONS;
    if (!toVersion1) throw new Error('MIGRATIONS has no step from version 0');
    // A hypothetical version 2: a new index and a data change, run on the version-1 data.
    const toVersion2: Migration = (_db, transaction) => {
      const store = transaction.objectStore('sessions');
      store.createIndex('by-created' as 'by-date', 'createdAt');
      void store.openCursor().then(async function trim(cursor): Promise<void> {
        if (!cursor) return;
        await cursor.update({ ...cursor.value, menteeAlias: cursor.value.menteeAlias.trim() });
        return trim(await cursor.continue());
      });
    };
    const ran: number[] = [];
    const spy = (index: number, step: Migration): Migration => {
      return (db, tx) => {
        ran.push(index);
        step(db, tx);
      };
    };
    const v2 = await openDatabase({
      name,
      version: 2,
      migrations: [spy(0, toVersion1), spy(1, toVersion2)],
    });
    expect(ran).toEqual([1]);
    expect(v2.version).toBe(2);
    expect([...v2.transaction('sessions').store.indexNames].sort()).toEqual([
      'by-created',
      'by-date',
      'by-mentee',
    ]);
    expect((await listSessions(v2)).map((s) => s.menteeAlias)).toEqual(['Amal', 'Amal']);
    v2.close();
  });

  it('fails clearly when a step is missing', async () => {
    await expect(openDatabase({ name: freshName(), version: 3 })).rejects.toThrow(
      'No migration from database version 1',
    );
  });

  it('lets go of an old connection when another context upgrades, and reopens', async () => {
    const name = freshName();
    const events: ConnectionEvent[] = [];
    const connection = createConnection({ name, onEvent: (event) => events.push(event) });
    const first = await connection.get();
    await putSession(first, makeSession());

    const newer = await openDatabase({
      name,
      version: 2,
      migrations: [...MIGRATIONS, () => undefined],
    });
    expect(events).toEqual(['closed-for-upgrade']);
    newer.close();

    // The connection reopens on the next use (at its own version it would now fail: version 2
    // exists, so a real page would have been updated too). Here it asks for version 2.
    const again = createConnection({ name, version: 2, migrations: [...MIGRATIONS, () => {}] });
    expect(await listSessions(await again.get())).toHaveLength(1);
    again.close();
  });
});

describe('session store', () => {
  it('validates every record on write', async () => {
    const db = await openDatabase({ name: freshName() });
    await expect(putSession(db, makeSession({ durationMinutes: 0 }))).rejects.toBeInstanceOf(
      InvalidSessionError,
    );
    await expect(
      putSession(db, { ...makeSession(), extra: 1 } as unknown as ReturnType<typeof makeSession>),
    ).rejects.toThrow(/Invalid session/);
    expect(await listSessions(db)).toEqual([]);
    db.close();
  });

  it('writes many sessions all or nothing', async () => {
    const db = await openDatabase({ name: freshName() });
    const kept = makeSession();
    await putSession(db, kept);
    await expect(
      writeSessions(db, [makeSession(), makeSession({ mode: 'fax' as 'video' })], {
        replace: true,
      }),
    ).rejects.toThrow(/mode/);
    expect(await listSessions(db)).toEqual([kept]);
    db.close();
  });

  it('deletes with the record returned for undo, and clears', async () => {
    const db = await openDatabase({ name: freshName() });
    const a = makeSession({ date: '2026-11-01' });
    const b = makeSession({ date: '2026-11-03' });
    await writeSessions(db, [a, b], { replace: false });
    expect((await listSessions(db)).map((s) => s.id)).toEqual([b.id, a.id]);
    expect(await deleteSession(db, a.id)).toEqual(a);
    expect(await deleteSession(db, a.id)).toBeUndefined();
    await putSession(db, a);
    expect(await clearSessions(db)).toHaveLength(2);
    expect(await listSessions(db)).toEqual([]);
    await setMeta(db, 'lastExportAt', '2026-11-23T10:00:00.000Z');
    expect(await getMeta(db, 'lastExportAt')).toBe('2026-11-23T10:00:00.000Z');
    db.close();
  });

  it('lists mentees most recently met first with their latest alias', () => {
    const mentees = menteesOf([
      makeSession({ menteeId: 'a', menteeAlias: 'Amal', date: '2026-10-01' }),
      makeSession({ menteeId: 'b', menteeAlias: 'Bashir', date: '2026-11-01' }),
      makeSession({ menteeId: 'a', menteeAlias: 'Amal K', date: '2026-10-20' }),
    ]);
    expect(mentees).toEqual([
      { id: 'b', alias: 'Bashir', lastMet: '2026-11-01', sessions: 1 },
      { id: 'a', alias: 'Amal K', lastMet: '2026-10-20', sessions: 2 },
    ]);
  });

  it('asks for persistent storage once, and never throws', async () => {
    let asked = 0;
    const storage = {
      persisted: () => Promise.resolve(false),
      persist: () => {
        asked++;
        return Promise.resolve(true);
      },
    };
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(asked).toBe(1);
    expect(
      await requestPersistentStorage({
        persisted: () => Promise.resolve(true),
        persist: storage.persist,
      }),
    ).toBe(true);
    expect(asked).toBe(1);
    expect(
      await requestPersistentStorage({
        persisted: () => Promise.reject(new Error('no')),
        persist: storage.persist,
      }),
    ).toBe(false);
    expect(await requestPersistentStorage(undefined)).toBe(false);
  });
});
