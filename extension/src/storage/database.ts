// The extension's IndexedDB database, through `idb`. Only the extension's own pages (popup,
// sessions page, options) and its service worker open it; a content script's IndexedDB would
// belong to the web page, so nothing here may be imported by a feature's content part
// (anything content/content-script.ts imports).
//
// Versions move step by step: MIGRATIONS[n] turns version n into n + 1 inside the upgrade
// transaction, so a database of any older version reaches today's shape in one open.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { SessionLog } from '@mentorkit/core';
import { rebuildSummary, type MenteeSummary, type UnexportedSession } from './summary.ts';
import type { ProgrammeConnection, SyncRecord } from './sync-records.ts';
import type { MenteeLanguage } from '../shared/languages.ts';

export const DB_NAME = 'mentorkit';
export const DB_VERSION = 4;

export const SESSIONS_STORE = 'sessions';
export const META_STORE = 'meta';
/** One record per mentee (summary.ts), kept in step with the sessions by every write. */
export const MENTEES_STORE = 'mentees';
/** The sessions changed since the last export, by when they were logged (summary.ts). */
export const UNEXPORTED_STORE = 'unexported';
/** The programmes the mentor connected, one per mentee (issue 18, sync-records.ts). */
export const CONNECTIONS_STORE = 'connections';
/** Per session of a connected mentee: what the programme has and what is waiting to be sent. */
export const SYNC_STORE = 'sync';
/** Each mentee's language, by mentee id (issue 18): the term card explains in it. */
export const MENTEE_LANGUAGES_STORE = 'mentee-languages';

/** Values kept in the meta store, by key. */
export interface MetaValues {
  /** When the mentor last exported a backup (ISO date-time). */
  lastExportAt: string;
  /**
   * How many records UNEXPORTED_STORE holds, kept by summary.ts with them: IndexedDB counts a
   * range by walking it, which for 10,000 sessions is most of the popup's wait.
   */
  unexportedCount: number;
  /**
   * The follow-up reminders already shown: session id → the day it was for (a moved day is
   * reminded again). Kept by features/reminders.
   */
  remindersShown: Record<string, string>;
}

export interface MentorkitDb extends DBSchema {
  sessions: {
    key: string;
    value: SessionLog;
    indexes: {
      'by-date': string;
      'by-mentee': string;
      /** [createdAt, date]: the session logged last, without reading the others. */
      'by-created': [string, string];
      /** [menteeId, date, updatedAt]: a mentee's latest session, to keep MENTEES_STORE right. */
      'by-mentee-date': [string, string, string];
    };
  };
  meta: {
    key: keyof MetaValues;
    value: MetaValues[keyof MetaValues];
  };
  mentees: {
    key: string;
    value: MenteeSummary;
  };
  unexported: {
    key: string;
    value: UnexportedSession;
    indexes: { 'by-created': number };
  };
  connections: {
    key: string;
    value: ProgrammeConnection;
  };
  sync: {
    key: string;
    value: SyncRecord;
    indexes: { 'by-mentee': string };
  };
  'mentee-languages': {
    key: string;
    value: MenteeLanguageRecord;
  };
}

/** A mentee's language; null: none chosen (the card then shows Swedish and English only). */
export interface MenteeLanguageRecord {
  menteeId: string;
  language: MenteeLanguage | null;
}

export type Database = IDBPDatabase<MentorkitDb>;
export type StoreName =
  'sessions' | 'meta' | 'mentees' | 'unexported' | 'connections' | 'sync' | 'mentee-languages';
export type UpgradeTransaction = IDBPTransaction<MentorkitDb, StoreName[], 'versionchange'>;

/**
 * What a step may need from outside the database, read before it is opened (an upgrade
 * transaction cannot wait for anything else): see storage/extension-connection.ts.
 */
export interface MigrationContext {
  /** The one mentee language of the settings before each mentee had their own (3 → 4). */
  menteeLanguage: MenteeLanguage | null;
}

const NO_CONTEXT: MigrationContext = { menteeLanguage: null };

/** One step: the database is at version `index`, leave it at `index + 1`. */
export type Migration = (
  db: Database,
  transaction: UpgradeTransaction,
  context: MigrationContext,
) => void;

export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: sessions by id, with the two ways the pages look them up.
  (db) => {
    const sessions = db.createObjectStore(SESSIONS_STORE, { keyPath: 'id' });
    sessions.createIndex('by-date', 'date');
    sessions.createIndex('by-mentee', 'menteeId');
    db.createObjectStore(META_STORE);
  },
  // 1 → 2 (issue 23): the popup opens without reading every session. Two indexes, the mentee
  // summaries and the unexported sessions, filled from the sessions already stored.
  (db, transaction) => {
    const sessions = transaction.objectStore(SESSIONS_STORE);
    sessions.createIndex('by-created', ['createdAt', 'date']);
    sessions.createIndex('by-mentee-date', ['menteeId', 'date', 'updatedAt']);
    db.createObjectStore(MENTEES_STORE, { keyPath: 'id' });
    const unexported = db.createObjectStore(UNEXPORTED_STORE, { keyPath: 'id' });
    unexported.createIndex('by-created', 'createdMs');
    // A failure aborts the upgrade: the database stays at version 1, its data untouched, and
    // opening it rejects (so `done`'s rejection is not reported a second time).
    rebuildSummary(transaction).catch(() => {
      transaction.done.catch(() => undefined);
      transaction.abort();
    });
  },
  // 2 → 3 (issue 18): the programmes the mentor connected and the sessions' sync with them.
  (db) => {
    db.createObjectStore(CONNECTIONS_STORE, { keyPath: 'menteeId' });
    const sync = db.createObjectStore(SYNC_STORE, { keyPath: 'sessionId' });
    sync.createIndex('by-mentee', 'menteeId');
  },
  // 3 → 4 (issue 18): each mentee has their own language. Every mentee already in the log keeps
  // the one language the settings had for all of them, so no card changes on the update.
  (db, transaction, context) => {
    // The mentees are read from the sessions' index, not MENTEES_STORE: from version 1, that
    // store is still being filled by 1 → 2 in this same transaction.
    db.createObjectStore(MENTEE_LANGUAGES_STORE, { keyPath: 'menteeId' });
    const languages = transaction.objectStore(MENTEE_LANGUAGES_STORE);
    const byMentee = transaction.objectStore(SESSIONS_STORE).index('by-mentee');
    const fill = async () => {
      for (
        let cursor = await byMentee.openKeyCursor(null, 'nextunique');
        cursor;
        cursor = await cursor.continue()
      ) {
        await languages.put({ menteeId: String(cursor.key), language: context.menteeLanguage });
      }
    };
    // As in 1 → 2: a failure aborts the upgrade and leaves the older version untouched.
    fill().catch(() => {
      transaction.done.catch(() => undefined);
      transaction.abort();
    });
  },
];

/** Runs every step from `oldVersion` up to `newVersion` (tests pass their own list). */
export function migrate(
  db: Database,
  transaction: UpgradeTransaction,
  oldVersion: number,
  newVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
  context: MigrationContext = NO_CONTEXT,
): void {
  for (let version = oldVersion; version < newVersion; version++) {
    const step = migrations[version];
    if (!step) throw new Error(`No migration from database version ${version}`);
    step(db, transaction, context);
  }
}

/** What another context did to our connection, for a page to tell the mentor. */
export type ConnectionEvent =
  /** Another page or the service worker still has an older version open; we wait for it. */
  | 'blocked'
  /** A newer version (another page after an update) needs us to let go: we closed. */
  | 'closed-for-upgrade'
  /** The browser closed the connection (storage cleared, disk trouble). */
  | 'terminated';

export interface OpenOptions {
  name?: string;
  version?: number;
  migrations?: readonly Migration[];
  /** Read before each open, for the steps that need it; none when not given. */
  context?: () => Promise<MigrationContext>;
  onEvent?: (event: ConnectionEvent) => void;
}

/**
 * Opens (creating or migrating) the database. When another context asks for a newer version,
 * this connection closes itself at once (`blocking`) so the upgrade is never stuck behind an
 * idle popup; callers that keep a connection use {@link createConnection}, which reopens.
 *
 * The migration context is read only when an upgrade is needed: every open but the first after
 * an install or update needs none, and reading it first (a round trip to extension storage)
 * held up the popup's first read (issue 23). So the database is opened at once; if it asks for
 * an upgrade, that attempt is aborted (the database stays as it was), the context is read and
 * the database opened again.
 */
export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const { version = DB_VERSION, migrations = MIGRATIONS } = options;
  const missing = migrations.findIndex((step, index) => index < version && !step);
  if (migrations.length < version || missing >= 0) {
    const from = missing >= 0 ? missing : migrations.length;
    throw new Error(`No migration from database version ${from}`);
  }
  if (!options.context) return openWith(options, NO_CONTEXT);
  const opened = await openWith(options, undefined);
  return opened ?? openWith(options, await options.context());
}

/**
 * One open of the database; with `context` undefined, an open that needs an upgrade is aborted
 * and gives undefined.
 */
function openWith(options: OpenOptions, context: MigrationContext): Promise<Database>;
function openWith(
  options: OpenOptions,
  context: MigrationContext | undefined,
): Promise<Database | undefined>;
async function openWith(
  options: OpenOptions,
  context: MigrationContext | undefined,
): Promise<Database | undefined> {
  const { name = DB_NAME, version = DB_VERSION, migrations = MIGRATIONS, onEvent } = options;
  let opened: Database | undefined;
  let deferred = false;
  const promise = openDB<MentorkitDb>(name, version, {
    upgrade(db, oldVersion, newVersion, transaction) {
      if (!context) {
        deferred = true;
        transaction.done.catch(() => undefined);
        transaction.abort();
        return;
      }
      migrate(db, transaction, oldVersion, newVersion ?? version, migrations, context);
    },
    blocked() {
      onEvent?.('blocked');
    },
    blocking() {
      opened?.close();
      onEvent?.('closed-for-upgrade');
    },
    terminated() {
      onEvent?.('terminated');
    },
  });
  try {
    opened = await promise;
    return opened;
  } catch (error) {
    if (deferred) return undefined;
    throw error;
  }
}

export interface Connection {
  /** The open database, reopened after another context upgraded or the browser closed it. */
  get(): Promise<Database>;
  close(): void;
}

/** A lazily opened connection that survives being closed for another context's upgrade. */
export function createConnection(options: OpenOptions = {}): Connection {
  let current: Promise<Database> | undefined;
  const onEvent = (event: ConnectionEvent) => {
    if (event !== 'blocked') current = undefined;
    options.onEvent?.(event);
  };
  return {
    get() {
      current ??= openDatabase({ ...options, onEvent }).catch((error: unknown) => {
        current = undefined;
        throw error;
      });
      return current;
    },
    close() {
      // A connection that failed to open has nothing to close; get()'s caller had its error.
      current?.then((db) => db.close()).catch(() => undefined);
      current = undefined;
    },
  };
}

/** Asks the browser not to evict our data under storage pressure. Never throws. */
export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator
    ?.storage,
): Promise<boolean> {
  try {
    if (!storage?.persist) return false;
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
