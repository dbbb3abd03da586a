// The popup's glossary search in Chromium with the built extension (`npm run bench -- popup`):
// the time from typing a typo to its card on screen, with a cold service worker (stopped before
// each run, so it starts, loads the glossary data, builds the index and searches) and with a warm
// one (the same search again: the baseline), and a ping round trip as the floor of any message.
// Typing happens as soon as the popup shows its search box; the popup's own "prepare the
// glossary" message has gone out a few milliseconds before, as it would for a fast typist.
//
// Needs `npm run build -w @mentorkit/extension` (it measures extension/dist/chromium, or
// BENCH_EXTENSION_DIR, e.g. an older build to compare against) and a Chromium (CHROME_PATH).
import { readdirSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { POPUP_PATH, launchChromiumWithExtension } from '../support/extension.ts';
import { defineBenchmarks, type Benchmark } from './benchmark.ts';
import { BENCH_EXTENSION_DIR, closeBenchBrowser, whenExtensionBuilt } from './extension-bench.ts';

const extensionDir = BENCH_EXTENSION_DIR;
const QUERY = 'kolektivavtal';
const EXPECTED_LEMMA = 'kollektivavtal';
/** A run that takes this long is broken, not slow. */
const TIMEOUT_MS = 10_000;

interface Popup {
  context: BrowserContext;
  browserSession: CDPSession;
  extensionId: string;
  page?: Page;
}

let launched: Promise<Popup> | undefined;
let userDataDir: string | undefined;

function popup(): Promise<Popup> {
  launched ??= (async () => {
    userDataDir = await mkdtemp(join(tmpdir(), 'mentorkit-bench-'));
    const context = await launchChromiumWithExtension(extensionDir, userDataDir, {
      pinnedClock: false,
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const browser = context.browser();
    if (!browser) throw new Error('No browser behind the persistent context');
    warnIfStale();
    const session: Popup = {
      context,
      browserSession: await browser.newBrowserCDPSession(),
      extensionId: new URL(worker.url()).host,
    };
    // A just-installed worker ignores being stopped until it has handled an event.
    await ping(await openPopup(session));
    return session;
  })();
  return launched;
}

/** Stops the extension's service worker; the next message starts a new one from scratch. */
async function stopServiceWorker({ browserSession, extensionId }: Popup): Promise<void> {
  const isOurs = (target: { type: string; url: string }) =>
    target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${extensionId}/`);
  // Right after the install, pending events may start it again: close until it stays closed.
  for (let tries = 0; tries < 100; tries++) {
    const { targetInfos } = await browserSession.send('Target.getTargets');
    const running = targetInfos.filter(isOurs);
    if (running.length === 0) return;
    for (const target of running) {
      await browserSession
        .send('Target.closeTarget', { targetId: target.targetId })
        .catch(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The service worker did not stop');
}

async function closePopup(session: Popup): Promise<void> {
  await session.page?.close();
  session.page = undefined;
}

async function openPopup(session: Popup): Promise<Page> {
  await closePopup(session);
  const page = await session.context.newPage();
  session.page = page;
  await page.goto(`chrome-extension://${session.extensionId}/${POPUP_PATH}`);
  await page.getByRole('searchbox', { name: 'Search the workplace glossary' }).waitFor();
  return page;
}

/**
 * Types the query in one input event and resolves once the best match's card shows its lemma;
 * rejects with what the popup shows instead after TIMEOUT_MS.
 */
function typeAndWaitForCard(page: Page, query: string): Promise<void> {
  return page.evaluate(
    ([text, lemma, timeoutMs]) =>
      new Promise<void>((resolve, reject) => {
        const shown = () =>
          document.querySelector('.glossary .card h2')?.textContent?.includes(lemma) ?? false;
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          const results = document.querySelector('#glossary-results')?.textContent ?? '';
          reject(
            new Error(`No card for "${text}" after ${timeoutMs} ms; shown: ${results.trim()}`),
          );
        }, timeoutMs);
        const input = document.querySelector<HTMLInputElement>('#glossary-search');
        if (!input) throw new Error('No search box');
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    [query, EXPECTED_LEMMA, TIMEOUT_MS] as const,
  );
}

/** Empties the search box, so that the next search renders its card anew. */
async function clearSearch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#glossary-search');
    if (!input) throw new Error('No search box');
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.locator('.glossary .card').waitFor({ state: 'detached' });
}

/** A `ping` from the popup to the service worker, answered. */
async function ping(page: Page): Promise<void> {
  const answer = await page.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean }> } };
      }
    ).chrome.runtime.sendMessage({ type: 'ping' }),
  );
  if (!answer.ok) throw new Error(`ping failed: ${JSON.stringify(answer)}`);
}

function currentPage(session: Popup): Page {
  if (!session.page) throw new Error('No popup open');
  return session.page;
}

/** Warns when a source file is newer than the build: the figures would be for old code. */
function warnIfStale(): void {
  const built = statSync(join(extensionDir, 'manifest.json')).mtimeMs;
  const sources = ['../../extension/src', '../../packages/glossary', '../../packages/core/src'];
  const newer = sources.some((folder) => {
    const root = fileURLToPath(new URL(folder, import.meta.url));
    return readdirSync(root, { recursive: true }).some(
      (file) => statSync(join(root, String(file))).mtimeMs > built,
    );
  });
  if (newer) {
    console.warn(
      `popup-search.bench: ${extensionDir} is older than its sources; rebuild with ` +
        '`npm run build -w @mentorkit/extension` for current figures.',
    );
  }
}

const WARM = `popup search (Chromium): warm service worker, type "${QUERY}" → card (baseline)`;

const benchmarks: Benchmark[] = [
  {
    name: `popup search (Chromium): cold service worker, type "${QUERY}" → card`,
    beforeEach: async () => {
      const session = await popup();
      // Closed first, so that nothing holds on to the old worker.
      await closePopup(session);
      await stopServiceWorker(session);
      await openPopup(session);
    },
    run: async () => typeAndWaitForCard(currentPage(await popup()), QUERY),
    runs: 10,
    baseline: WARM,
  },
  {
    name: WARM,
    beforeEach: async () => {
      const session = await popup();
      if (!session.page) await openPopup(session);
      await clearSearch(currentPage(session));
    },
    run: async () => typeAndWaitForCard(currentPage(await popup()), QUERY),
    runs: 30,
  },
  {
    name: 'popup (Chromium): ping round trip to the warm service worker',
    beforeEach: async () => {
      const session = await popup();
      if (!session.page) await openPopup(session);
    },
    run: async () => ping(currentPage(await popup())),
    runs: 50,
  },
];

export function teardown(): Promise<void> {
  return closeBenchBrowser(launched, userDataDir);
}

export default defineBenchmarks(whenExtensionBuilt('popup-search.bench', benchmarks));
