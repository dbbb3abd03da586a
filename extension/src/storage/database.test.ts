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
  sortSessions,
  writeSessions,
  InvalidSessionError,
} from './session-store.ts';
import { readPopupSummary } from './summary.ts';
import { menteeLanguages, setMenteeLanguage } from './mentee-languages.ts';
import { sessionsNeedingBackup } from '../features/backup/import-plan.ts';
import { makeSession } from './testing/sessions.ts';

let databases = 0;
const freshName = () => `mentorkit-test-${++databases}`;

/** A database as a version-1 build left it, written without our code. */
const openVersion1 = (name: string) =>
  openDB(name, 1, {
    upgrade(db) {
      const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
      sessions.createIndex('by-date', 'date');
      sessions.createIndex('by-mentee', 'menteeId');
      db.createObjectStore('meta');
    },
  });

describe('database migrations', () => {
  it("creates today's version from nothing", async () => {
    const name = freshName();
    const db = await openDatabase({ name });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'connections',
      'mentee-languages',
      'mentees',
      'meta',
      'sessions',
      'sync',
      'unexported',
    ]);
    expect([...db.transaction('sync').store.indexNames]).toEqual(['by-mentee']);
    const tx = db.transaction('sessions');
    expect([...tx.store.indexNames].sort()).toEqual([
      'by-created',
      'by-date',
      'by-mentee',
      'by-mentee-date',
    ]);
    db.close();
  });

  it('opens a version-1 database written by an earlier build, keeps its data and summarises it', async () => {
    const name = freshName();
    // What a version-1 build left on disk, written without our code: three mentees, one of them
    // renamed, sessions logged before and after the last export.
    const stored = [
      makeSession({
        menteeId: 'a',
        menteeAlias: 'Amal',
        date: '2026-08-01',
        createdAt: '2026-08-01T10:00:00.000Z',
        updatedAt: '2026-08-01T10:00:00.000Z',
      }),
      makeSession({
        menteeId: 'a',
        menteeAlias: 'Amal K',
        date: '2026-09-20',
        createdAt: '2026-09-20T10:00:00.000Z',
        updatedAt: '2026-10-05T10:00:00.000Z',
      }),
      makeSession({
        menteeId: 'b',
        menteeAlias: 'Bashir',
        date: '2026-09-01',
        createdAt: '2026-09-02T10:00:00+02:00',
        updatedAt: '2026-09-02T10:00:00+02:00',
      }),
      makeSession({
        menteeId: 'c',
        menteeAlias: 'Carin',
        date: '2026-07-01',
        createdAt: '2026-11-20T10:00:00.000Z',
        updatedAt: '2026-11-20T10:00:00.000Z',
      }),
    ];
    const old = await openVersion1(name);
    for (const session of stored) await old.put('sessions', session);
    await old.put('meta', '2026-10-01T00:00:00.000Z', 'lastExportAt');
    old.close();

    const db = await openDatabase({ name });
    expect(await listSessions(db)).toEqual(sortSessions([...stored]));
    expect(await getMeta(db, 'lastExportAt')).toBe('2026-10-01T00:00:00.000Z');
    const now = new Date('2026-11-25T12:00:00.000Z');
    expect(await readPopupSummary(db, now)).toEqual({
      mentees: [
        { id: 'a', alias: 'Amal K', lastMet: '2026-09-20', sessions: 2 },
        { id: 'b', alias: 'Bashir', lastMet: '2026-09-01', sessions: 1 },
        { id: 'c', alias: 'Carin', lastMet: '2026-07-01', sessions: 1 },
      ],
      lastLogged: stored[3],
      // Logged over 30 days ago and changed after the export: only Amal K's.
      needingBackup: 1,
    });
    // The same as the rules over every session say.
    expect((await readPopupSummary(db, now)).mentees).toEqual(menteesOf(stored));
    expect(sessionsNeedingBackup(stored, '2026-10-01T00:00:00.000Z', now)).toBe(1);
    db.close();
  });

  it("gives each mentee of a version-3 database the settings' one language (3 → 4)", async () => {
    const name = freshName();
    const version3 = await openDatabase({ name, version: 3, migrations: MIGRATIONS.slice(0, 3) });
    const sessions = [
      makeSession({ menteeId: 'a', menteeAlias: 'Amal' }),
      makeSession({ menteeId: 'a', menteeAlias: 'Amal', date: '2026-10-02' }),
      makeSession({ menteeId: 'b', menteeAlias: 'Bashir' }),
    ];
    await writeSessions(version3, sessions, { replace: false });
    version3.close();

    const db = await openDatabase({
      name,
      context: () => Promise.resolve({ menteeLanguage: 'prs' }),
    });
    expect(db.version).toBe(4);
    expect(await menteeLanguages(db)).toEqual(
      new Map([
        ['a', 'prs'],
        ['b', 'prs'],
      ]),
    );
    expect(await listSessions(db)).toEqual(sortSessions([...sessions]));
    // From then on each mentee's own.
    await setMenteeLanguage(db, 'b', 'ti');
    expect((await menteeLanguages(db)).get('b')).toBe('ti');
    db.close();
  });

  it('reads the migration context only for an upgrade, and opens as it was left otherwise', async () => {
    const name = freshName();
    const version3 = await openDatabase({ name, version: 3, migrations: MIGRATIONS.slice(0, 3) });
    await writeSessions(version3, [makeSession({ menteeId: 'a', menteeAlias: 'Amal' })], {
      replace: false,
    });
    version3.close();
    let reads = 0;
    const context = () => {
      reads += 1;
      return Promise.resolve({ menteeLanguage: 'so' as const });
    };

    // The first attempt, without the context, asks for 3 → 4: it is aborted, the context read,
    // and the upgrade run with it.
    const upgraded = await openDatabase({ name, context });
    expect(upgraded.version).toBe(DB_VERSION);
    expect(await menteeLanguages(upgraded)).toEqual(new Map([['a', 'so']]));
    expect(reads).toBe(1);
    upgraded.close();

    // Already at the current version (every popup but the first after an update): not read.
    const again = await openDatabase({ name, context });
    expect(await listSessions(again)).toHaveLength(1);
    expect(reads).toBe(1);
    again.close();
  });

  it('gives the mentees of a version-1 database a language too, in the one upgrade to 4', async () => {
    const name = freshName();
    const old = await openVersion1(name);
    await old.put('sessions', makeSession({ menteeId: 'a', menteeAlias: 'Amal' }));
    await old.put('sessions', makeSession({ menteeId: 'c', menteeAlias: 'Carin' }));
    old.close();
    const db = await openDatabase({
      name,
      context: () => Promise.resolve({ menteeLanguage: null }),
    });
    expect(await menteeLanguages(db)).toEqual(
      new Map([
        ['a', null],
        ['c', null],
      ]),
    );
    db.close();
  });

  it('leaves a version-1 database as it was when filling the summaries fails', async () => {
    const name = freshName();
    const old = await openVersion1(name);
    // A record that cannot be summarised (no mentee id: no build wrote one, but a disk can).
    await old.put('sessions', { ...makeSession(), menteeId: undefined });
    old.close();
    await expect(openDatabase({ name })).rejects.toThrow();
    const again = await openDB(name);
    expect(again.version).toBe(1);
    expect(await again.count('sessions')).toBe(1);
    again.close();
  });

  it('migrates a database with data step by step to a later version', async () => {
    const name = freshName();
    const current = await openDatabase({ name });
    const sessions = [makeSession({ menteeAlias: ' Amal ' }), makeSession({ date: '2026-01-05' })];
    await writeSessions(current, sessions, { replace: false });
    current.close();

    // A hypothetical next version: a new index and a data change, run on today's data.
    const toNext: Migration = (_db, transaction) => {
      const store = transaction.objectStore('sessions');
      store.createIndex('by-test' as 'by-date', 'notes');
      void store.openCursor().then(async function trim(cursor): Promise<void> {
        if (!cursor) return;
        await cursor.update({ ...cursor.value, menteeAlias: cursor.value.menteeAlias.trim() });
        return trim(await cursor.continue());
      });
    };
    const ran: number[] = [];
    const spy = (index: number, step: Migration): Migration => {
      return (db, tx, context) => {
        ran.push(index);
        step(db, tx, context);
      };
    };
    const next = await openDatabase({
      name,
      version: DB_VERSION + 1,
      migrations: [...MIGRATIONS.map((step, index) => spy(index, step)), spy(DB_VERSION, toNext)],
    });
    expect(ran).toEqual([DB_VERSION]);
    expect(next.version).toBe(DB_VERSION + 1);
    expect([...next.transaction('sessions').store.indexNames]).toContain('by-test');
    expect((await listSessions(next)).map((s) => s.menteeAlias)).toEqual(['Amal', 'Amal']);
    next.close();
  });

  it('fails clearly when a step is missing', async () => {
    await expect(openDatabase({ name: freshName(), version: DB_VERSION + 2 })).rejects.toThrow(
      `No migration from database version ${DB_VERSION}`,
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
      version: DB_VERSION + 1,
      migrations: [...MIGRATIONS, () => undefined],
    });
    expect(events).toEqual(['closed-for-upgrade']);
    newer.close();

    // The connection reopens on the next use (at its own version it would now fail: version 2
    // exists, so a real page would have been updated too). Here it asks for the newer one.
    const again = createConnection({
      name,
      version: DB_VERSION + 1,
      migrations: [...MIGRATIONS, () => {}],
    });
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
