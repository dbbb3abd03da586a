// Opening the popup with 10,000 sessions stored, in Chromium with the built extension
// (`npm run bench -- "popup open"`): what a mentor waits for when they click the toolbar button.
// - its data read: the popup's own read (readPopupSummary, bundled here from the extension's
//   source with esbuild: open the database, read the mentees, the session logged last and the
//   backup count), run in a page of the extension that does nothing else;
// - beside it, the baseline: the 20 newest sessions by the `by-date` index, read by plain
//   IndexedDB calls in the same kind of page (also opening the database first), as any list of
//   recent sessions needs at least;
// - the popup interactive: from the start of its navigation until the mentee field has focus
//   and the last logged mentee in it, checked on every frame by a script the page runs first;
// - beside it, the baseline: the same popup in a profile without sessions, interactive when the
//   mentee field has focus (the page's own start: its modules, its first render, opening an
//   empty database), so that the figure separates starting the page from reading the data;
// - saving one session as the quick-log does (putSession, bundled from the extension's source:
//   the session and the summaries in one transaction) with 10,000 stored, beside a plain `put`
//   of a session into the same store, in a page of the extension that does nothing else.
// Each run opens a fresh page; the sessions are seeded as a version-1 build left them, and the
// first popup upgrades the database before anything is measured.
//
// Needs `npm run build -w @mentorkit/extension` (extension/dist/chromium, or
// BENCH_EXTENSION_DIR) and a Chromium (CHROME_PATH).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { build } from 'esbuild';
import { POPUP_PATH, launchChromiumWithExtension } from '../support/extension.ts';
import { SESSIONS_PATH, seedSessions, session } from '../e2e/extension/sessions-helpers.ts';
import { defineBenchmarks, type Benchmark } from './benchmark.ts';
import { BENCH_EXTENSION_DIR, closeBenchBrowser, whenExtensionBuilt } from './extension-bench.ts';

const extensionDir = BENCH_EXTENSION_DIR;
const COUNT = 10_000;
/** A run that takes this long is broken, not slow. */
const TIMEOUT_MS = 10_000;

interface Browser {
  context: BrowserContext;
  url: (path: string) => string;
}

/** A Chromium with the built extension, in a profile of its own. */
interface Profile {
  launched?: Promise<Browser>;
  userDataDir?: string;
}
/** With COUNT sessions stored. */
const seeded: Profile = {};
/** With none (the popup's start-up, without data). */
const empty: Profile = {};
let page: Page | undefined;

function launch(profile: Profile, count: number): Promise<Browser> {
  profile.launched ??= (async () => {
    profile.userDataDir = await mkdtemp(join(tmpdir(), 'mentorkit-bench-popup-'));
    const context = await launchChromiumWithExtension(extensionDir, profile.userDataDir, {
      pinnedClock: false,
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const url = (path: string) => `chrome-extension://${id}/${path}`;
    // Records when the popup is ready for typing, from the start of its navigation: the mentee
    // field has focus and, when sessions are stored, the last logged mentee in it.
    await context.addInitScript((withSessions) => {
      if (!location.pathname.endsWith('/popup.html')) return;
      const check = () => {
        const mentee = document.getElementById('ql-mentee') as HTMLInputElement | null;
        if (mentee && document.activeElement === mentee && (mentee.value !== '' || !withSessions)) {
          (window as unknown as { interactiveAt: number }).interactiveAt = performance.now();
        } else requestAnimationFrame(check);
      };
      check();
    }, count > 0);
    const setup = await context.newPage();
    await setup.goto(url(SESSIONS_PATH));
    await seedSessions(
      setup,
      Array.from({ length: count }, (_, i) =>
        session({
          id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
          menteeId: `mentee-${i % 40}`,
          menteeAlias: `Mentee ${i % 40}`,
          date: new Date(Date.UTC(2025, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10),
          createdAt: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
          notes: i % 3 ? `Talked about the CV, "the letter"; next time ${i}` : '',
        }),
      ),
    );
    await setup.close();
    // The upgrade (once, after an update) builds the summaries from every session.
    const first = await context.newPage();
    await first.goto(url(POPUP_PATH));
    await first.waitForFunction(
      () => (window as unknown as { interactiveAt?: number }).interactiveAt,
      undefined,
      { timeout: 120_000 },
    );
    await first.close();
    return { context, url };
  })();
  return profile.launched;
}

async function freshPage(path: string, profile = seeded): Promise<Page> {
  await page?.close();
  const { context, url } = await launch(profile, profile === seeded ? COUNT : 0);
  page = await context.newPage();
  await page.goto(url(path));
  return page;
}

/** Opens the popup and waits until it is interactive; gives the time from navigation. */
async function openPopup(profile: Profile): Promise<number> {
  const popup = await freshPage(POPUP_PATH, profile);
  return popup.evaluate(
    (timeoutMs) =>
      new Promise<number>((resolve, reject) => {
        const started = performance.now();
        const wait = () => {
          const interactive = (window as unknown as { interactiveAt?: number }).interactiveAt;
          if (interactive !== undefined) resolve(interactive);
          else if (performance.now() - started > timeoutMs) {
            reject(new Error(`The popup was not ready after ${timeoutMs} ms`));
          } else setTimeout(wait, 5);
        };
        wait();
      }),
    TIMEOUT_MS,
  );
}

const STORAGE_DIR = fileURLToPath(new URL('../../extension/src/storage/', import.meta.url));
let storageScript: Promise<string> | undefined;

/**
 * The popup's read and the quick-log's save, from the extension's source, as a script that
 * defines `popupDataRead` and `saveSession`.
 */
function popupStorageScript(): Promise<string> {
  storageScript ??= build({
    stdin: {
      contents: `
        import { openDatabase } from './database.ts';
        import { readPopupSummary } from './summary.ts';
        import { putSession } from './session-store.ts';
        window.popupDataRead = async () => {
          const started = performance.now();
          const db = await openDatabase();
          const summary = await readPopupSummary(db, new Date());
          const ms = performance.now() - started;
          db.close();
          return { ms, mentees: summary.mentees.length, last: summary.lastLogged?.id };
        };
        window.saveSession = async (session, plain) => {
          const db = await openDatabase();
          const started = performance.now();
          if (plain) {
            const transaction = db.transaction('sessions', 'readwrite');
            await transaction.objectStore('sessions').put(session);
            await transaction.done;
          } else await putSession(db, session);
          const ms = performance.now() - started;
          db.close();
          return ms;
        };`,
      resolveDir: STORAGE_DIR,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    conditions: ['mentorkit-source'],
    logLevel: 'error',
  }).then((bundle) => bundle.outputFiles[0]?.text ?? '');
  return storageScript;
}

/** The popup's own read in a page of the extension that does nothing else. */
async function popupDataRead(): Promise<number> {
  const script = await popupStorageScript();
  const blank = await freshPage('manifest.json');
  // Evaluated over the DevTools protocol: the extension's CSP refuses inline script tags.
  await blank.evaluate(script);
  const { ms, mentees, last } = await blank.evaluate(() =>
    (
      window as unknown as {
        popupDataRead(): Promise<{ ms: number; mentees: number; last?: string }>;
      }
    ).popupDataRead(),
  );
  if (mentees !== 40 || !last) throw new Error(`The popup read ${mentees} mentees, last ${last}`);
  return ms;
}

/** The baseline: open the database and read the 20 newest sessions by the date index. */
async function newestTwenty(): Promise<number> {
  const blank = await freshPage('manifest.json');
  const { ms, count } = await blank.evaluate(async () => {
    const started = performance.now();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mentorkit');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    });
    const newest = await new Promise<unknown[]>((resolve, reject) => {
      const found: unknown[] = [];
      const request = db
        .transaction('sessions')
        .objectStore('sessions')
        .index('by-date')
        .openCursor(null, 'prev');
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor || found.length === 20) return resolve(found);
        found.push(cursor.value);
        cursor.continue();
      };
      request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
    });
    const ms = performance.now() - started;
    db.close();
    return { ms, count: newest.length };
  });
  if (count !== 20) throw new Error(`The baseline read ${count} sessions, not 20`);
  return ms;
}

let saved = 0;

/**
 * Saves one new session (a mentee already known, logged now) as the quick-log does, or with a
 * plain `put` (`plain`), in a page of the extension that does nothing else; gives the time from
 * the start of the write until its transaction completed (the database already open, as in the
 * popup when the mentor saves).
 */
async function saveOne(plain: boolean): Promise<number> {
  const script = await popupStorageScript();
  const blank = await freshPage('manifest.json');
  await blank.evaluate(script);
  const now = new Date();
  saved += 1;
  const stored = session({
    id: `00000000-0000-4000-a000-${String(saved).padStart(12, '0')}`,
    menteeId: `mentee-${saved % 40}`,
    menteeAlias: `Mentee ${saved % 40}`,
    date: now.toISOString().slice(0, 10),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    notes: 'Went through the application letter together',
  });
  return blank.evaluate(
    ([one, plainPut]) =>
      (
        window as unknown as { saveSession(s: unknown, plain: boolean): Promise<number> }
      ).saveSession(one, plainPut),
    [stored, plain] as const,
  );
}

const BASELINE = `popup open (Chromium): the 20 newest of ${COUNT} by index (baseline)`;
const EMPTY_POPUP =
  'popup open (Chromium): interactive without sessions, from navigation (baseline)';
const PLAIN_PUT = `quick-log save (Chromium): a plain put of one session, ${COUNT} stored (baseline)`;

const benchmarks: Benchmark[] = [
  {
    name: `popup open (Chromium): its data read with ${COUNT} sessions`,
    run: popupDataRead,
    measuresItself: true,
    runs: 30,
    baseline: BASELINE,
  },
  { name: BASELINE, run: newestTwenty, measuresItself: true, runs: 30 },
  {
    name: `popup open (Chromium): interactive with ${COUNT} sessions, from navigation`,
    run: () => openPopup(seeded),
    measuresItself: true,
    runs: 30,
    baseline: EMPTY_POPUP,
  },
  { name: EMPTY_POPUP, run: () => openPopup(empty), measuresItself: true, runs: 30 },
  {
    name: `quick-log save (Chromium): one session as the popup saves it, ${COUNT} stored`,
    run: () => saveOne(false),
    measuresItself: true,
    runs: 30,
    baseline: PLAIN_PUT,
  },
  { name: PLAIN_PUT, run: () => saveOne(true), measuresItself: true, runs: 30 },
];

export async function teardown(): Promise<void> {
  await page?.close();
  await closeBenchBrowser(seeded.launched, seeded.userDataDir);
  await closeBenchBrowser(empty.launched, empty.userDataDir);
}

export default defineBenchmarks(whenExtensionBuilt('popup-open.bench', benchmarks));
