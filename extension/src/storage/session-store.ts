// Reading and writing sessions. Every record is validated with the core SessionLog schema before
// it is written, so the database never holds something an export or a partner could not read.
import { SessionLogSchema, type SessionLog } from '@mentorkit/core';
import { META_STORE, SESSIONS_STORE, type Database, type MetaValues } from './database.ts';

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

/** Adds or replaces one session (validated). */
export async function putSession(db: Database, session: SessionLog): Promise<SessionLog> {
  const valid = validateSession(session);
  await db.put(SESSIONS_STORE, valid);
  return valid;
}

/** Deletes one session and returns it, so that the caller can offer undo. */
export async function deleteSession(db: Database, id: string): Promise<SessionLog | undefined> {
  const transaction = db.transaction(SESSIONS_STORE, 'readwrite');
  const existing = await transaction.store.get(id);
  if (existing) await transaction.store.delete(id);
  await transaction.done;
  return existing;
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
  const transaction = db.transaction(SESSIONS_STORE, 'readwrite');
  try {
    if (replace) await transaction.store.clear();
    for (const session of valid) await transaction.store.put(session);
    await transaction.done;
  } catch (error) {
    try {
      transaction.abort();
    } catch {
      // Already finished or aborted.
    }
    throw error;
  }
}

/** Removes every session; returns them for undo. */
export async function clearSessions(db: Database): Promise<SessionLog[]> {
  const transaction = db.transaction(SESSIONS_STORE, 'readwrite');
  const all = await transaction.store.getAll();
  await transaction.store.clear();
  await transaction.done;
  return all;
}

export async function getMeta<K extends keyof MetaValues>(
  db: Database,
  key: K,
): Promise<MetaValues[K] | undefined> {
  return db.get(META_STORE, key);
}

export async function setMeta<K extends keyof MetaValues>(
  db: Database,
  key: K,
  value: MetaValues[K],
): Promise<void> {
  await db.put(META_STORE, value, key);
}

export interface Mentee {
  id: string;
  alias: string;
  /** The date of the latest session with them. */
  lastMet: string;
  sessions: number;
}

/** The mentees seen in `sessions`, most recently met first; the latest alias wins. */
export function menteesOf(sessions: readonly SessionLog[]): Mentee[] {
  const byId = new Map<string, Mentee & { latestKey: string }>();
  for (const session of sessions) {
    const key = `${session.date}|${session.updatedAt}`;
    const known = byId.get(session.menteeId);
    if (!known) {
      byId.set(session.menteeId, {
        id: session.menteeId,
        alias: session.menteeAlias,
        lastMet: session.date,
        sessions: 1,
        latestKey: key,
      });
      continue;
    }
    known.sessions++;
    if (key > known.latestKey) {
      known.latestKey = key;
      known.alias = session.menteeAlias;
      known.lastMet = session.date;
    }
  }
  return [...byId.values()]
    .sort((a, b) => compare(b.latestKey, a.latestKey) || compare(a.alias, b.alias))
    .map(({ id, alias, lastMet, sessions: count }) => ({ id, alias, lastMet, sessions: count }));
}
