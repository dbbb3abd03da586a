// Reading and writing sessions. Every record is validated with the core SessionLog schema before
// it is written, so the database never holds something an export or a partner could not read.
import { SessionLogSchema, type SessionLog } from '@mentorkit/core';
import type { IDBPTransaction } from 'idb';
import {
  META_STORE,
  SESSIONS_STORE,
  type Database,
  type MentorkitDb,
  type MetaValues,
  type StoreName,
} from './database.ts';
import {
  MenteeChanges,
  SESSION_WRITE_STORES,
  clearSummary,
  rebuildSummary,
  refreshMentees,
  refreshUnexported,
  sortMentees,
  summariseMentees,
  type Mentee,
} from './summary.ts';

export class InvalidSessionError extends Error {
  /** Dotted paths of the fields that are wrong. */
  readonly fields: string[];
  constructor(fields: string[], detail: string) {
    super(`Invalid session: ${detail}`);
    this.name = 'InvalidSessionError';
    this.fields = fields;
  }
}

/** Returns a validated copy of `candidate` or throws {@link InvalidSessionError}. */
export function validateSession(candidate: unknown): SessionLog {
  const result = SessionLogSchema.safeParse(candidate);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => issue.path.map(String).join('.') || 'session');
  const detail = result.error.issues
    .map((issue) => `${issue.path.map(String).join('.') || 'session'}: ${issue.message}`)
    .join('; ');
  throw new InvalidSessionError([...new Set(fields)], detail);
}

/** All sessions, newest date first (then newest created first). */
export async function listSessions(db: Database): Promise<SessionLog[]> {
  const sessions = await db.getAll(SESSIONS_STORE);
  return sortSessions(sessions);
}

export function sortSessions(sessions: SessionLog[]): SessionLog[] {
  return sessions.sort(
    (a, b) =>
      compare(b.date, a.date) ||
      compare(b.startTime ?? '', a.startTime ?? '') ||
      compare(b.createdAt, a.createdAt) ||
      compare(a.id, b.id),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export async function getSession(db: Database, id: string): Promise<SessionLog | undefined> {
  return db.get(SESSIONS_STORE, id);
}

type WriteTransaction = IDBPTransaction<MentorkitDb, StoreName[], 'readwrite'>;

/**
 * Runs `work` in one transaction over the sessions and their summaries (summary.ts), so that a
 * write and the summaries' update land together or not at all.
 */
async function write<T>(db: Database, work: (transaction: WriteTransaction) => Promise<T>) {
  const transaction = db.transaction(SESSION_WRITE_STORES, 'readwrite');
  try {
    const result = await work(transaction);
    await transaction.done;
    return result;
  } catch (error) {
    try {
      transaction.abort();
    } catch {
      // Already finished or aborted.
    }
    throw error;
  }
}

/** Adds or replaces one session (validated). */
export async function putSession(db: Database, session: SessionLog): Promise<SessionLog> {
  const valid = validateSession(session);
  await write(db, async (transaction) => {
    const sessions = transaction.objectStore(SESSIONS_STORE);
    const before = await sessions.get(valid.id);
    await sessions.put(valid);
    await refreshMentees(transaction, new MenteeChanges().record(before, valid));
    await refreshUnexported(transaction, [valid]);
  });
  return valid;
}

/** Deletes one session and returns it, so that the caller can offer undo. */
export async function deleteSession(db: Database, id: string): Promise<SessionLog | undefined> {
  return write(db, async (transaction) => {
    const sessions = transaction.objectStore(SESSIONS_STORE);
    const existing = await sessions.get(id);
    if (!existing) return undefined;
    await sessions.delete(id);
    await refreshUnexported(transaction, [], [id]);
    await refreshMentees(transaction, new MenteeChanges().record(existing, undefined));
    return existing;
  });
}

/**
 * Writes many sessions in one transaction: all of them or, if any is invalid or a write fails,
 * none. With `replace`, everything stored before is removed in the same transaction.
 */
export async function writeSessions(
  db: Database,
  sessions: readonly SessionLog[],
  { replace }: { replace: boolean },
): Promise<void> {
  const valid = sessions.map(validateSession);
  await write(db, async (transaction) => {
    const store = transaction.objectStore(SESSIONS_STORE);
    if (replace) {
      await store.clear();
      for (const session of valid) await store.put(session);
      await rebuildSummary(transaction);
      return;
    }
    const changes = new MenteeChanges();
    for (const session of valid) {
      const before = await store.get(session.id);
      changes.record(before, session);
      await store.put(session);
    }
    await refreshMentees(transaction, changes);
    await refreshUnexported(transaction, valid);
  });
}

/** Removes every session; returns them for undo. */
export async function clearSessions(db: Database): Promise<SessionLog[]> {
  return write(db, async (transaction) => {
    const all = await transaction.objectStore(SESSIONS_STORE).getAll();
    await transaction.objectStore(SESSIONS_STORE).clear();
    await clearSummary(transaction);
    return all;
  });
}

export async function getMeta<K extends keyof MetaValues>(
  db: Database,
  key: K,
): Promise<MetaValues[K] | undefined> {
  // The meta store holds each key's own type (MetaValues); idb types its values as their union.
  return (await db.get(META_STORE, key)) as MetaValues[K] | undefined;
}

/**
 * Stores a meta value. A new `lastExportAt` changes which sessions need a backup, so the
 * summaries are rebuilt with it in the same transaction.
 */
export async function setMeta<K extends keyof MetaValues>(
  db: Database,
  key: K,
  value: MetaValues[K],
): Promise<void> {
  if (key !== 'lastExportAt') {
    await db.put(META_STORE, value, key);
    return;
  }
  await write(db, async (transaction) => {
    await transaction.objectStore(META_STORE).put(value, key);
    await rebuildSummary(transaction);
  });
}

export type { Mentee } from './summary.ts';

/** The mentees seen in `sessions`, most recently met first; the latest session's alias wins. */
export function menteesOf(sessions: readonly SessionLog[]): Mentee[] {
  return sortMentees(summariseMentees(sessions));
}
