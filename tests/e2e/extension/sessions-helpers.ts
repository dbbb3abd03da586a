// Helpers for the quick-log, sessions and backup specs: sessions written to and read from the
// extension's IndexedDB from one of its pages, and a second browser profile (fresh, or the same
// one reopened) for the specs that close the browser or start from nothing.
import type { BrowserContext, Page } from '@playwright/test';
import { EXTENSION_DIR, launchChromiumWithExtension } from '../../support/extension.ts';
import { pinnedToday } from '../../support/pinned-clock.ts';
import { makeSession } from '../../../extension/src/storage/testing/sessions.ts';

/** The shape stored (core's SessionLog), kept loose here: the specs compare what they wrote. */
export type StoredSession = Record<string, unknown> & { id: string };

export const SESSIONS_PATH = 'src/sessions/sessions.html';

export interface Profile {
  context: BrowserContext;
  extensionUrl: (path: string) => string;
}

/** Launches Chromium with the built extension on `userDataDir` (new or reused). */
export async function launchProfile(userDataDir: string): Promise<Profile> {
  const context = await launchChromiumWithExtension(EXTENSION_DIR, userDataDir);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return { context, extensionUrl: (path) => `chrome-extension://${id}/${path}` };
}

/**
 * Writes sessions straight into the database, as a version-1 build (before issue 23's summaries)
 * would have left them, beside what is stored already: so the extension's upgrade to today's
 * version, which builds its summaries from these sessions, runs in Chromium whenever a spec
 * seeds. A database already upgraded is read, deleted (the extension's pages let go of it, as
 * for any upgrade, and reopen it when next used) and written again at version 1.
 */
export async function seedSessions(page: Page, sessions: StoredSession[]): Promise<void> {
  await page.evaluate(async (records) => {
    const done = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      });
    const openVersion1 = () => {
      const open = indexedDB.open('mentorkit', 1);
      open.onupgradeneeded = () => {
        const store = open.result.createObjectStore('sessions', { keyPath: 'id' });
        store.createIndex('by-date', 'date');
        store.createIndex('by-mentee', 'menteeId');
        open.result.createObjectStore('meta');
      };
      return done(open);
    };
    let kept: unknown[] = [];
    let meta: [IDBValidKey, unknown][] = [];
    let db: IDBDatabase | undefined;
    // A page of the extension may open (and upgrade) it at any moment, even right after the
    // delete: then read it and try again.
    for (let attempt = 0; !db; attempt++) {
      try {
        db = await openVersion1();
      } catch (error) {
        const upgraded = error instanceof DOMException && error.name === 'VersionError';
        if (!upgraded || attempt === 5) throw error;
        const current = await done(indexedDB.open('mentorkit'));
        const transaction = current.transaction(['sessions', 'meta']);
        const metaStore = transaction.objectStore('meta');
        const [sessions, keys, values] = await Promise.all([
          done(transaction.objectStore('sessions').getAll()),
          done(metaStore.getAllKeys()),
          done(metaStore.getAll()),
        ]);
        // Kept from the first read: later ones only see what that one wrote back.
        if (attempt === 0) {
          kept = sessions;
          meta = keys.map((key, i) => [key, values[i]]);
        }
        current.close();
        await done(indexedDB.deleteDatabase('mentorkit'));
      }
    }
    const transaction = db.transaction(['sessions', 'meta'], 'readwrite');
    for (const record of [...kept, ...records]) transaction.objectStore('sessions').put(record);
    for (const [key, value] of meta) transaction.objectStore('meta').put(value, key);
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () =>
        reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    });
    db.close();
  }, sessions);
}

/**
 * The records of one of the extension's IndexedDB stores, or the one under `key` (undefined
 * when there is none), read from one of its pages. A store the database does not have yet
 * reads as empty.
 */
export async function readStore(page: Page, store: string, key?: string): Promise<unknown> {
  return page.evaluate(
    async ([name, wanted]) => {
      const done = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
        });
      const db = await done(indexedDB.open('mentorkit'));
      try {
        if (!db.objectStoreNames.contains(name)) return wanted === undefined ? [] : undefined;
        const records = db.transaction(name).objectStore(name);
        const found: unknown = await done(
          wanted === undefined ? records.getAll() : records.get(wanted),
        );
        return found;
      } finally {
        db.close();
      }
    },
    [store, key] as const,
  );
}

/** Every stored session, sorted by id. */
export async function readSessions(page: Page): Promise<StoredSession[]> {
  const all = (await readStore(page, 'sessions')) as StoredSession[];
  return all.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** A valid stored session (the extension's own test sessions), with `overrides`. */
export function session(overrides: Record<string, unknown> = {}): StoredSession {
  return { ...makeSession(), ...overrides };
}

/** Today in the browser's (pinned) calendar, as the form fills it in. */
export const today = pinnedToday;
