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

/** Writes sessions straight into the database, as an earlier visit would have left them. */
export async function seedSessions(page: Page, sessions: StoredSession[]): Promise<void> {
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mentorkit', 1);
      request.onupgradeneeded = () => {
        const store = request.result.createObjectStore('sessions', { keyPath: 'id' });
        store.createIndex('by-date', 'date');
        store.createIndex('by-mentee', 'menteeId');
        request.result.createObjectStore('meta');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
    const transaction = db.transaction('sessions', 'readwrite');
    for (const record of records) transaction.objectStore('sessions').put(record);
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () =>
        reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    });
    db.close();
  }, sessions);
}

/** Every stored session, sorted by id. */
export async function readSessions(page: Page): Promise<StoredSession[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mentorkit');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
    if (!db.objectStoreNames.contains('sessions')) {
      db.close();
      return [];
    }
    const all = await new Promise<StoredSession[]>((resolve, reject) => {
      const request = db.transaction('sessions').objectStore('sessions').getAll();
      request.onsuccess = () => resolve(request.result as StoredSession[]);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
    db.close();
    return all.sort((a, b) => (a.id < b.id ? -1 : 1));
  });
}

/** A valid stored session (the extension's own test sessions), with `overrides`. */
export function session(overrides: Record<string, unknown> = {}): StoredSession {
  return { ...makeSession(), ...overrides };
}

/** Today in the browser's (pinned) calendar, as the form fills it in. */
export const today = pinnedToday;
