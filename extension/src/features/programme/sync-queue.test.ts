// The sync queue in IndexedDB (fake-indexeddb), against a fake programme backend that behaves
// like the real one (demo/server/extension-sync): it stores a summary per session, recognises a
// retried Idempotency-Key, and can lose its answer after storing. Time is a number the tests
// move; keys are counted.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SessionSummary } from '@mentorkit/core';
import { openDatabase, type Database } from '../../storage/database.ts';
import { deleteSession, putSession } from '../../storage/session-store.ts';
import { makeSession } from '../../storage/testing/sessions.ts';
import { listConnections, removeConnection, saveConnection } from './connections.ts';
import type { Fetch } from './programme-api.ts';
import { flush, reconcile, retryDelayMs, syncStates, type SyncDeps } from './sync-queue.ts';

const ORIGIN = 'https://programme.example';
const TOKEN = 'T'.repeat(43);

let databases = 0;
const open = (name: string) => openDatabase({ name });

interface FakeBackend {
  fetch: Fetch;
  stored: Map<string, SessionSummary>;
  /** Every request that reached the backend: method, session, key. */
  requests: { method: string; sessionId: string; key: string }[];
  mode: 'up' | 'down' | 'lose-answer' | 'refuse' | 'unauthorized';
}

function fakeBackend(): FakeBackend {
  const lastKey = new Map<string, string>();
  const backend: FakeBackend = {
    stored: new Map(),
    requests: [],
    mode: 'up',
    fetch: (input, init = {}) => {
      if (backend.mode === 'down') return Promise.reject(new TypeError('Failed to fetch'));
      const headers = new Headers(init.headers);
      if (backend.mode === 'unauthorized' || headers.get('Authorization') !== `Bearer ${TOKEN}`) {
        return Promise.resolve(new Response(null, { status: 401 }));
      }
      if (backend.mode === 'refuse') {
        const problem = {
          title: 'Invalid submission',
          errors: [{ field: 'rating', detail: 'Too big' }],
        };
        return Promise.resolve(Response.json(problem, { status: 422 }));
      }
      const sessionId = input.split('/').pop() ?? '';
      const key = headers.get('Idempotency-Key') ?? '';
      const method = init.method ?? 'GET';
      backend.requests.push({ method, sessionId, key });
      if (lastKey.get(sessionId) !== key) {
        lastKey.set(sessionId, key);
        if (method === 'PUT') {
          const body = typeof init.body === 'string' ? init.body : '';
          backend.stored.set(sessionId, JSON.parse(body) as SessionSummary);
        } else backend.stored.delete(sessionId);
      }
      if (backend.mode === 'lose-answer') return Promise.reject(new TypeError('Connection reset'));
      return Promise.resolve(new Response(null, { status: 200 }));
    },
  };
  return backend;
}

function setup() {
  const name = `mentorkit-sync-test-${++databases}`;
  let now = Date.parse('2026-11-23T09:00:00Z');
  let keys = 0;
  const deps: SyncDeps = { now: () => now, newKey: () => `key-${++keys}-0000` };
  const backend = fakeBackend();
  let permitted = true;
  const run = async (db: Database, everything = false) => {
    await reconcile(db, deps);
    return flush(db, backend.fetch, deps, () => Promise.resolve(permitted), { everything });
  };
  return {
    name,
    deps,
    backend,
    run,
    advance: (ms: number) => (now += ms),
    revokePermission: () => (permitted = false),
  };
}

async function connected(name: string): Promise<Database> {
  const db = await open(name);
  await saveConnection(db, {
    menteeId: 'mentee-amal',
    origin: ORIGIN,
    token: TOKEN,
    menteeName: 'Amal',
    connectedAt: '2026-11-23T09:00:00.000Z',
  });
  return db;
}

describe('the programme sync queue', () => {
  it('sends a connected mentee’s sessions once, and nothing of the others', async () => {
    const { name, backend, run } = setup();
    const db = await connected(name);
    const amal = makeSession({ notes: 'Private thoughts', needsAttention: true, rating: 4 });
    const other = makeSession({ menteeId: 'mentee-bo', menteeAlias: 'Bo' });
    await putSession(db, amal);
    await putSession(db, other);
    expect((await run(db)).sent).toBe(1);
    expect([...backend.stored.keys()]).toEqual([amal.id]);
    // The note stays in the browser unless the mentor shared it.
    expect(backend.stored.get(amal.id)).toEqual({
      sessionId: amal.id,
      date: amal.date,
      durationMinutes: 45,
      mode: 'video',
      topics: ['cv'],
      rating: 4,
      needsAttention: true,
      updatedAt: amal.updatedAt,
    });
    // Nothing changed: nothing is sent again.
    expect((await run(db)).sent).toBe(0);
    expect(backend.requests).toHaveLength(1);
    expect((await syncStates(db)).get(amal.id)).toEqual({ kind: 'shared', origin: ORIGIN });
    expect((await syncStates(db)).has(other.id)).toBe(false);
  });

  it('sends the note only once the mentor ticked it for that session', async () => {
    const { name, backend, run } = setup();
    const db = await connected(name);
    const session = makeSession({ notes: 'Ask about the union' });
    await putSession(db, session);
    await run(db);
    expect(backend.stored.get(session.id)?.note).toBeUndefined();
    await putSession(db, { ...session, shareNote: true, updatedAt: '2026-11-02T11:00:00.000Z' });
    await run(db);
    expect(backend.stored.get(session.id)?.note).toBe('Ask about the union');
  });

  it('keeps a change offline, retries it later with the same key, and stores it once', async () => {
    const { name, backend, run, advance } = setup();
    const db = await connected(name);
    const session = makeSession();
    await putSession(db, session);
    backend.mode = 'down';
    const offline = await run(db);
    expect(offline.sent).toBe(0);
    expect(offline.nextDue).toBe(Date.parse('2026-11-23T09:00:30Z'));
    const waiting = (await syncStates(db)).get(session.id);
    expect(waiting).toMatchObject({ kind: 'waiting', attempts: 1, lastError: 'Failed to fetch' });

    // Back online but not yet due: the back-off holds.
    backend.mode = 'lose-answer';
    advance(10_000);
    expect((await run(db)).sent).toBe(0);
    expect(backend.requests).toHaveLength(0);
    // Due: the backend stores it but the answer is lost; the retry carries the same key.
    advance(20_000);
    const lost = await run(db);
    expect(lost.nextDue).toBe(Date.parse('2026-11-23T09:01:30Z'));
    backend.mode = 'up';
    advance(60_000);
    expect((await run(db)).sent).toBe(1);
    expect(backend.requests.map((request) => request.key)).toEqual(['key-1-0000', 'key-1-0000']);
    expect(backend.stored.size).toBe(1);
    expect((await syncStates(db)).get(session.id)?.kind).toBe('shared');
  });

  it('tries a waiting change at once when the mentor is at work (a page opened)', async () => {
    const { name, backend, run } = setup();
    const db = await connected(name);
    await putSession(db, makeSession());
    backend.mode = 'down';
    await run(db);
    backend.mode = 'up';
    expect((await run(db)).sent).toBe(0);
    expect((await run(db, true)).sent).toBe(1);
    expect(backend.requests.map((request) => request.key)).toEqual(['key-1-0000']);
  });

  it('survives a restart: the waiting change and its key are read back from the database', async () => {
    const { name, backend, run, advance } = setup();
    const first = await connected(name);
    const session = makeSession();
    await putSession(first, session);
    backend.mode = 'lose-answer';
    await run(first);
    first.close();
    // A new service worker (or browser) opens the database again.
    const again = await open(name);
    backend.mode = 'up';
    advance(retryDelayMs(1));
    expect((await run(again)).sent).toBe(1);
    expect(new Set(backend.requests.map((request) => request.key))).toEqual(
      new Set(['key-1-0000']),
    );
    expect(backend.stored.size).toBe(1);
  });

  it('sends edits (the latest replaces one still waiting) and deletions', async () => {
    const { name, backend, run, advance } = setup();
    const db = await connected(name);
    const session = makeSession();
    await putSession(db, session);
    await run(db);
    backend.mode = 'down';
    await putSession(db, {
      ...session,
      durationMinutes: 60,
      updatedAt: '2026-11-02T11:00:00.000Z',
    });
    await run(db);
    await putSession(db, {
      ...session,
      durationMinutes: 90,
      updatedAt: '2026-11-02T12:00:00.000Z',
    });
    backend.mode = 'up';
    advance(retryDelayMs(1));
    await run(db);
    expect(backend.stored.get(session.id)?.durationMinutes).toBe(90);
    expect(backend.requests).toHaveLength(2);

    await deleteSession(db, session.id);
    await run(db);
    expect(backend.stored.size).toBe(0);
    expect(backend.requests.at(-1)?.method).toBe('DELETE');
    expect((await syncStates(db)).has(session.id)).toBe(false);

    // Logged and deleted while offline: nothing to tell the programme.
    backend.mode = 'down';
    const brief = makeSession();
    await putSession(db, brief);
    await run(db);
    await deleteSession(db, brief.id);
    backend.mode = 'up';
    advance(retryDelayMs(1));
    await run(db);
    expect(backend.requests).toHaveLength(3);
  });

  it('keeps a refused change with its reason and does not retry it; an edit is sent again', async () => {
    const { name, backend, run, advance } = setup();
    const db = await connected(name);
    const session = makeSession();
    await putSession(db, session);
    backend.mode = 'refuse';
    const result = await run(db);
    expect(result.nextDue).toBeUndefined();
    expect((await syncStates(db)).get(session.id)).toEqual({
      kind: 'refused',
      origin: ORIGIN,
      reason: 'Invalid submission rating: Too big',
    });
    backend.mode = 'up';
    advance(3_600_000);
    await run(db);
    expect(backend.requests).toHaveLength(0);
    await putSession(db, { ...session, rating: 3, updatedAt: '2026-11-02T11:00:00.000Z' });
    expect((await run(db)).sent).toBe(1);
  });

  it('stops for a connection the backend no longer knows, and without the host permission', async () => {
    const { name, backend, run, revokePermission } = setup();
    const db = await connected(name);
    await putSession(db, makeSession());
    revokePermission();
    expect((await run(db)).sent).toBe(0);
    expect(backend.requests).toHaveLength(0);

    const other = setup();
    const db2 = await connected(other.name);
    const session = makeSession();
    await putSession(db2, session);
    other.backend.mode = 'unauthorized';
    await other.run(db2);
    expect((await listConnections(db2))[0]?.refused).toBe(true);
    expect((await syncStates(db2)).get(session.id)).toEqual({
      kind: 'disconnected',
      origin: ORIGIN,
    });
  });

  it('forgets the sync state of a disconnected mentee', async () => {
    const { name, backend, run } = setup();
    const db = await connected(name);
    const session = makeSession();
    await putSession(db, session);
    await run(db);
    await removeConnection(db, 'mentee-amal');
    expect(await syncStates(db)).toEqual(new Map());
    await putSession(db, { ...session, rating: 2, updatedAt: '2026-11-02T11:00:00.000Z' });
    await run(db);
    expect(backend.requests).toHaveLength(1);
  });
});
