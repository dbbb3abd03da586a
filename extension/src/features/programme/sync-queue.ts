// The sync with the programme as a queue in IndexedDB, so that nothing is lost when the service
// worker stops (it may at any moment) or the browser restarts. `reconcile` compares each
// session of a connected mentee with what the programme has and queues the latest change per
// session (an edit replaces a waiting one; a deleted session queues a deletion); `flush` sends
// what is due, each change with the Idempotency-Key it was queued with, so a retry after a lost
// answer or a restart stores nothing twice. A failure to reach the backend is retried with a
// growing pause (the background's alarm wakes us); a refusal is kept and shown, not retried.
import { summaryOfSession } from '@mentorkit/core';
import {
  CONNECTIONS_STORE,
  SESSIONS_STORE,
  SYNC_STORE,
  type Database,
} from '../../storage/database.ts';
import type { PendingChange, ProgrammeConnection, SyncRecord } from '../../storage/sync-records.ts';
import { sendDeletion, sendSummary, type Fetch, type Outcome } from './programme-api.ts';

/** The first retry after 30 s, then twice as long each time, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export interface SyncDeps {
  now: () => number;
  newKey: () => string;
}

const pendingOf = (
  op: PendingChange['op'],
  deps: SyncDeps,
  summary?: PendingChange['summary'],
): PendingChange => ({
  op,
  ...(summary ? { summary } : {}),
  key: deps.newKey(),
  attempts: 0,
  notBefore: deps.now(),
});

/** Queues what changed since the last sync, for every connected mentee. */
export async function reconcile(db: Database, deps: SyncDeps): Promise<void> {
  const transaction = db.transaction([CONNECTIONS_STORE, SESSIONS_STORE, SYNC_STORE], 'readwrite');
  const sync = transaction.objectStore(SYNC_STORE);
  const sessions = transaction.objectStore(SESSIONS_STORE);
  for (const connection of await transaction.objectStore(CONNECTIONS_STORE).getAll()) {
    const { menteeId } = connection;
    const records = new Map(
      (await sync.index('by-mentee').getAll(menteeId)).map((record) => [record.sessionId, record]),
    );
    for (const session of await sessions.index('by-mentee').getAll(menteeId)) {
      const summary = summaryOfSession(session);
      const text = JSON.stringify(summary);
      const record = records.get(session.id);
      records.delete(session.id);
      const queued = record?.pending;
      const upToDate = queued
        ? queued.op === 'put' && JSON.stringify(queued.summary) === text
        : record?.sent === text || (record?.refused !== undefined && record.refusedOf === text);
      if (upToDate) continue;
      await sync.put({
        sessionId: session.id,
        menteeId,
        ...(record?.sent ? { sent: record.sent } : {}),
        pending: pendingOf('put', deps, summary),
      });
    }
    // What is left was deleted from the log (or moved to another mentee).
    for (const record of records.values()) {
      if (!record.sent) {
        await sync.delete(record.sessionId);
      } else if (record.pending?.op !== 'delete') {
        await sync.put({
          sessionId: record.sessionId,
          menteeId,
          sent: record.sent,
          pending: pendingOf('delete', deps),
        });
      }
    }
  }
  await transaction.done;
}

export interface FlushResult {
  /** Changes sent and stored now. */
  sent: number;
  /** When the next waiting change is due (epoch ms), if any waits. */
  nextDue: number | undefined;
}

/**
 * Sends every change that is due, one at a time. `allowed(origin)` says whether the host
 * permission is still granted: without it nothing is sent to that origin. `everything`: the
 * mentor is at work (a page opened, a session saved), so a change waiting out its back-off is
 * tried now too; the alarm's runs keep to the back-off.
 */
export async function flush(
  db: Database,
  fetcher: Fetch,
  deps: SyncDeps,
  allowed: (origin: string) => Promise<boolean>,
  { everything = false }: { everything?: boolean } = {},
): Promise<FlushResult> {
  const connections = new Map(
    (await db.getAll(CONNECTIONS_STORE)).map((connection) => [connection.menteeId, connection]),
  );
  const permitted = new Map<string, boolean>();
  let sent = 0;
  let nextDue: number | undefined;
  const later = (when: number) => {
    nextDue = nextDue === undefined ? when : Math.min(nextDue, when);
  };
  for (const record of await db.getAll(SYNC_STORE)) {
    const { pending } = record;
    if (!pending) continue;
    const connection = connections.get(record.menteeId);
    if (!connection) {
      await db.delete(SYNC_STORE, record.sessionId);
      continue;
    }
    if (connection.refused) continue;
    if (!everything && pending.notBefore > deps.now()) {
      later(pending.notBefore);
      continue;
    }
    if (!permitted.has(connection.origin)) {
      permitted.set(connection.origin, await allowed(connection.origin));
    }
    if (!permitted.get(connection.origin)) continue;
    const outcome = await send(fetcher, connection, record.sessionId, pending);
    if (outcome.kind === 'unauthorized') {
      await db.put(CONNECTIONS_STORE, { ...connection, refused: true });
      connections.set(record.menteeId, { ...connection, refused: true });
      continue;
    }
    const retryAt = await settle(db, record.sessionId, pending, outcome, deps);
    if (outcome.kind === 'ok') sent++;
    if (retryAt !== undefined) later(retryAt);
  }
  return { sent, nextDue };
}

function send(
  fetcher: Fetch,
  connection: ProgrammeConnection,
  sessionId: string,
  pending: PendingChange,
): Promise<Outcome> {
  const { origin, token } = connection;
  return pending.op === 'put' && pending.summary
    ? sendSummary(fetcher, origin, token, pending.summary, pending.key)
    : sendDeletion(fetcher, origin, token, sessionId, pending.key);
}

/**
 * Writes what the attempt means, unless a newer change was queued while it was on its way
 * (then that one stays queued: only what the programme now has is noted). Returns when a
 * failed attempt is retried.
 */
async function settle(
  db: Database,
  sessionId: string,
  pending: PendingChange,
  outcome: Exclude<Outcome, { kind: 'unauthorized' }>,
  deps: SyncDeps,
): Promise<number | undefined> {
  const transaction = db.transaction(SYNC_STORE, 'readwrite');
  const current = await transaction.store.get(sessionId);
  let retryAt: number | undefined;
  if (current) {
    const same = current.pending?.key === pending.key;
    const next: SyncRecord = { ...current };
    if (outcome.kind === 'ok') {
      if (pending.op === 'put') next.sent = JSON.stringify(pending.summary);
      else delete next.sent;
      delete next.refused;
      delete next.refusedOf;
      if (same) delete next.pending;
    } else if (outcome.kind === 'refused' && same) {
      delete next.pending;
      next.refused = outcome.reason;
      if (pending.summary) next.refusedOf = JSON.stringify(pending.summary);
    } else if (outcome.kind === 'retry' && same) {
      const attempts = pending.attempts + 1;
      retryAt = deps.now() + retryDelayMs(attempts);
      next.pending = { ...pending, attempts, notBefore: retryAt, lastError: outcome.reason };
    }
    if (!next.pending && !next.sent && !next.refused) await transaction.store.delete(sessionId);
    else await transaction.store.put(next);
  }
  await transaction.done;
  return retryAt;
}

export type SessionSyncState =
  /** Not shared with a programme: only on this computer. */
  | { kind: 'local' }
  | { kind: 'shared'; origin: string }
  | { kind: 'waiting'; origin: string; attempts: number; lastError?: string; notBefore: number }
  | { kind: 'refused'; origin: string; reason: string }
  /** The programme no longer takes this connection's token: connect again. */
  | { kind: 'disconnected'; origin: string };

/** Each session's state, for the sessions page (sessions not listed are local). */
export async function syncStates(db: Database): Promise<Map<string, SessionSyncState>> {
  const [connections, records] = await Promise.all([
    db.getAll(CONNECTIONS_STORE),
    db.getAll(SYNC_STORE),
  ]);
  const byMentee = new Map(connections.map((connection) => [connection.menteeId, connection]));
  const states = new Map<string, SessionSyncState>();
  for (const record of records) {
    const connection = byMentee.get(record.menteeId);
    if (!connection) continue;
    const { origin } = connection;
    if (connection.refused) states.set(record.sessionId, { kind: 'disconnected', origin });
    else if (record.pending) {
      const { attempts, lastError, notBefore } = record.pending;
      states.set(record.sessionId, {
        kind: 'waiting',
        origin,
        attempts,
        notBefore,
        ...(lastError ? { lastError } : {}),
      });
    } else if (record.refused) {
      states.set(record.sessionId, { kind: 'refused', origin, reason: record.refused });
    } else if (record.sent) states.set(record.sessionId, { kind: 'shared', origin });
  }
  return states;
}
