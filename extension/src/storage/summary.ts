// What the popup shows about the stored sessions, kept so that opening it never reads them all:
// one record per mentee (alias, last met, how many sessions) and the sessions changed since the
// last export (for the backup reminder), both updated in the same transaction as every write of
// session-store.ts, so they cannot disagree with the sessions; and the session logged last, read
// from the `by-created` index. Store names are literals here (not database.ts's constants) so
// that the two modules do not import each other at run time.
import type { SessionLog } from '@mentorkit/core';
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { MentorkitDb, MetaValues, StoreName } from './database.ts';

/** A mentee as the forms' list of mentees shows them. */
export interface Mentee {
  id: string;
  alias: string;
  /** The date of the latest session with them. */
  lastMet: string;
  sessions: number;
}

export interface MenteeSummary extends Mentee {
  /** `date|updatedAt` of their latest session: the list's order. */
  latestKey: string;
  /** The latest session's id: of two with the same latestKey, the higher id's alias counts. */
  latestId: string;
}

/** A session changed after the last export; `createdMs` is when it was logged. */
export interface UnexportedSession {
  id: string;
  createdMs: number;
}

/** The stores a write of sessions changes, in one transaction. */
export const SESSION_WRITE_STORES: StoreName[] = ['sessions', 'mentees', 'unexported', 'meta'];

type WriteTransaction = IDBPTransaction<MentorkitDb, StoreName[], 'readwrite' | 'versionchange'>;

/**
 * Which session counts as a mentee's latest: the latest date, then the latest edit, then the
 * higher id (as the `by-mentee-date` index's last entry). Dates have one length, and no valid
 * updatedAt is the start of another, so comparing the joined text compares the fields in turn.
 */
export function summaryOf(session: SessionLog, sessions: number): MenteeSummary {
  return {
    id: session.menteeId,
    alias: session.menteeAlias,
    lastMet: session.date,
    sessions,
    latestKey: `${session.date}|${session.updatedAt}`,
    latestId: session.id,
  };
}

/** Whether `a` is from a later session than `b`. */
export function isLater(a: MenteeSummary, b: MenteeSummary): boolean {
  return (
    compare(a.latestKey, b.latestKey) > 0 ||
    (a.latestKey === b.latestKey && a.latestId > b.latestId)
  );
}

/** Most recently met first; equal ones by alias, then by id (so any input gives one order). */
export function sortMentees(mentees: MenteeSummary[]): Mentee[] {
  return mentees
    .sort(
      (a, b) =>
        compare(b.latestKey, a.latestKey) || compare(a.alias, b.alias) || compare(a.id, b.id),
    )
    .map(({ id, alias, lastMet, sessions }) => ({ id, alias, lastMet, sessions }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The backup reminder's rule: sessions changed after the export (never exported: all). */
function exportedMs(lastExportAt: string | undefined): number {
  return lastExportAt ? Date.parse(lastExportAt) : -Infinity;
}

function unexportedEntry(session: SessionLog, exported: number): UnexportedSession | undefined {
  const createdMs = Date.parse(session.createdAt);
  // NaN is no valid key; such a session never counted for the reminder either.
  if (!(Date.parse(session.updatedAt) > exported) || !Number.isFinite(createdMs)) return undefined;
  return { id: session.id, createdMs };
}

/** One summary per mentee in `sessions`, in no particular order. */
export function summariseMentees(sessions: readonly SessionLog[]): MenteeSummary[] {
  const byId = new Map<string, MenteeSummary>();
  for (const session of sessions) {
    const known = byId.get(session.menteeId);
    const summary = summaryOf(session, (known?.sessions ?? 0) + 1);
    if (!known || isLater(summary, known)) byId.set(session.menteeId, summary);
    else known.sessions++;
  }
  return [...byId.values()];
}

/** How a write changes the mentees' session counts: +1 added, -1 removed, 0 edited. */
export class MenteeChanges {
  readonly deltas = new Map<string, number>();
  /** `before` was stored (or nothing), `after` is stored now (or nothing). */
  record(before: SessionLog | undefined, after: SessionLog | undefined): this {
    if (before) this.deltas.set(before.menteeId, (this.deltas.get(before.menteeId) ?? 0) - 1);
    if (after) this.deltas.set(after.menteeId, (this.deltas.get(after.menteeId) ?? 0) + 1);
    return this;
  }
}

/**
 * Updates the records of the mentees a write touched: the count by the change (IndexedDB would
 * count a mentee's sessions by walking them), the latest session from the `by-mentee-date`
 * index; a mentee left without sessions is removed.
 */
export async function refreshMentees(
  transaction: WriteTransaction,
  changes: MenteeChanges,
): Promise<void> {
  const sessions = transaction.objectStore('sessions');
  const mentees = transaction.objectStore('mentees');
  for (const [id, delta] of changes.deltas) {
    const count = ((await mentees.get(id))?.sessions ?? 0) + delta;
    // [id] is below every [id, date, updatedAt] and [id, []] above (arrays sort after strings).
    const range = IDBKeyRange.bound([id], [id, []]);
    const latest =
      count > 0 ? await sessions.index('by-mentee-date').openCursor(range, 'prev') : null;
    if (!latest) {
      await mentees.delete(id);
      continue;
    }
    await mentees.put(summaryOf(latest.value, count));
  }
}

async function readMeta<K extends keyof MetaValues>(
  transaction: IDBPTransaction<MentorkitDb, StoreName[], IDBTransactionMode>,
  key: K,
): Promise<MetaValues[K] | undefined> {
  return (await transaction.objectStore('meta').get(key)) as MetaValues[K] | undefined;
}

/**
 * Records whether each written session now needs a backup (`written`), or no longer exists
 * (`deleted`), keeping the count of entries with them.
 */
export async function refreshUnexported(
  transaction: WriteTransaction,
  written: readonly SessionLog[],
  deleted: readonly string[] = [],
): Promise<void> {
  const exported = exportedMs(await readMeta(transaction, 'lastExportAt'));
  const unexported = transaction.objectStore('unexported');
  let count = (await readMeta(transaction, 'unexportedCount')) ?? 0;
  type Change = [id: string, entry: UnexportedSession | undefined];
  const changes = [
    ...written.map((session): Change => [session.id, unexportedEntry(session, exported)]),
    ...deleted.map((id): Change => [id, undefined]),
  ];
  for (const [id, entry] of changes) {
    const had = (await unexported.getKey(id)) !== undefined;
    if (entry) await unexported.put(entry);
    else if (had) await unexported.delete(id);
    count += Number(entry !== undefined) - Number(had);
  }
  await transaction.objectStore('meta').put(count, 'unexportedCount');
}

/** After every session was removed. */
export async function clearSummary(transaction: WriteTransaction): Promise<void> {
  await transaction.objectStore('mentees').clear();
  await transaction.objectStore('unexported').clear();
  await transaction.objectStore('meta').put(0, 'unexportedCount');
}

/**
 * Builds both summaries anew from every stored session: when the database is upgraded to keep
 * them, after a replacing import or a clear, and after an export (which changes which sessions
 * need a backup; it has read them all anyway).
 */
export async function rebuildSummary(transaction: WriteTransaction): Promise<void> {
  const all = await transaction.objectStore('sessions').getAll();
  const exported = exportedMs(await readMeta(transaction, 'lastExportAt'));
  const mentees = transaction.objectStore('mentees');
  const unexported = transaction.objectStore('unexported');
  await clearSummary(transaction);
  const writes: Promise<unknown>[] = [];
  // A put can also throw at once (a key that is no key): as a rejection, like the others.
  const put = (start: () => Promise<unknown>) => writes.push(Promise.resolve().then(start));
  let count = 0;
  for (const session of all) {
    const entry = unexportedEntry(session, exported);
    if (entry) put(() => unexported.put(entry));
    if (entry) count++;
  }
  put(() => transaction.objectStore('meta').put(count, 'unexportedCount'));
  for (const mentee of summariseMentees(all)) put(() => mentees.put(mentee));
  // Every write settled first: after one fails, the others reject too (the transaction aborts).
  const failed = (await Promise.allSettled(writes)).find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

export const BACKUP_REMINDER_DAYS = 30;

/** What the popup needs, read in one transaction without reading every session. */
export interface PopupSummary {
  /** Most recently met first. */
  mentees: Mentee[];
  /** The session logged last (by createdAt, then date): the form starts from it. */
  lastLogged: SessionLog | undefined;
  /** Sessions logged over 30 days ago and changed since the last export. */
  needingBackup: number;
}

export async function readPopupSummary(
  db: IDBPDatabase<MentorkitDb>,
  now: Date,
): Promise<PopupSummary> {
  const transaction = db.transaction(['sessions', 'mentees', 'unexported', 'meta'], 'readonly');
  const cutoff = now.getTime() - BACKUP_REMINDER_DAYS * 24 * 60 * 60 * 1000;
  // The unexported sessions logged in the last 30 days are few (a month's sessions at most);
  // the older ones are all the others, whose number is kept, not counted.
  const [mentees, last, unexported, recent] = await Promise.all([
    transaction.objectStore('mentees').getAll(),
    transaction.objectStore('sessions').index('by-created').openCursor(null, 'prev'),
    readMeta(transaction, 'unexportedCount'),
    transaction
      .objectStore('unexported')
      .index('by-created')
      .count(IDBKeyRange.lowerBound(cutoff, true)),
  ]);
  return {
    mentees: sortMentees(mentees),
    lastLogged: last?.value,
    needingBackup: (unexported ?? 0) - recent,
  };
}
