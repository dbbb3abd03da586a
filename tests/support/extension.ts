// Playwright fixtures for the built Chromium extension (extension/dist/chromium): a persistent
// Chromium profile with only our extension loaded, its service worker and id, a local web page
// to inject into, and a way to "click the toolbar button" so that activeTab is granted.
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  test as base,
  chromium,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { CHROME_ARGS, requireChrome } from './find-browser.js';
import { pinClock } from './pinned-clock.ts';
import { useWebPage, type WebPage } from './web-page.ts';

export type { WebPage } from './web-page.ts';

export { expect } from '@playwright/test';

export const EXTENSION_DIR = fileURLToPath(
  new URL('../../extension/dist/chromium', import.meta.url),
);

/** Where crxjs writes the pages: at the path of their source. */
export const POPUP_PATH = 'src/popup/popup.html';
export const OPTIONS_PATH = 'src/options/options.html';
/** The IIFE build of extension/src/content/content-script.ts, injected with scripting.executeScript. */
export const CONTENT_SCRIPT_PATH = 'src/content/content-script.js';

/**
 * `chrome` as code passed to `worker.evaluate` or `scripting.executeScript({ func })` sees it.
 * The promise-returning parts match webextension-polyfill's types; `dom` is Chromium's own.
 */
export type ChromeApi = WebExtensionApi & {
  dom: { openOrClosedShadowRoot(element: Element): ShadowRoot | null };
};

/**
 * Evaluated functions are serialised, so they cannot close over anything: they read the API as
 * `const { chrome } = globalThis as unknown as WithChrome;`.
 */
export type WithChrome = { chrome: ChromeApi };

export interface ChromiumOptions {
  /** More command-line switches, e.g. `--lang=ar` for the extension's Arabic catalogue. */
  args?: string[];
  /**
   * The pages' clock starts at PINNED_NOW (support/pinned-clock.ts), as tests need; false for
   * the real clock, as benchmarks need (a faked clock also fakes `performance.now()` and timers).
   */
  pinnedClock?: boolean;
}

interface ExtensionFixtures {
  /** How Chromium is launched; a spec changes it with `test.use({ chromiumOptions: … })`. */
  chromiumOptions: ChromiumOptions;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  extensionUrl: (path: string) => string;
  webPage: WebPage;
  /** Does what a click on the toolbar button does for `page`: grants activeTab. */
  invokeAction: (page: Page) => Promise<void>;
}

/**
 * A persistent Chromium profile in `userDataDir` (new or reused) that has only the unpacked
 * extension in `extensionDir` loaded, its pages' clock pinned unless `options` say not. The
 * caller closes it.
 */
export async function launchChromiumWithExtension(
  extensionDir: string,
  userDataDir: string,
  options: ChromiumOptions = {},
): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: requireChrome(),
    headless: true,
    args: [
      // Playwright's defaults include --disable-extensions; this lets ours through.
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // For CDP's Extensions.triggerAction (invokeAction below).
      '--enable-unsafe-extension-debugging',
      ...CHROME_ARGS,
      ...(options.args ?? []),
    ],
  });
  if (options.pinnedClock ?? true) await pinClock(context);
  return context;
}

/**
 * Runs `use` with `launchChromiumWithExtension`'s profile; closes it and deletes the profile
 * afterwards.
 */
export async function useChromiumWithExtension(
  extensionDir: string,
  userDataDir: string,
  use: (context: BrowserContext) => Promise<void>,
  options: ChromiumOptions = {},
): Promise<void> {
  const context = await launchChromiumWithExtension(extensionDir, userDataDir, options);
  try {
    await use(context);
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

export const test = base.extend<ExtensionFixtures>({
  chromiumOptions: [{}, { option: true }],

  context: async ({ chromiumOptions }, use) => {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(
        `No built extension in ${EXTENSION_DIR}. Run: npm run build -w @mentorkit/extension`,
      );
    }
    const userDataDir = await mkdtemp(join(tmpdir(), 'mentorkit-extension-'));
    await useChromiumWithExtension(EXTENSION_DIR, userDataDir, use, chromiumOptions);
  },

  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  extensionUrl: async ({ extensionId }, use) => {
    await use((path) => `chrome-extension://${extensionId}/${path}`);
  },

  // eslint-disable-next-line no-empty-pattern
  webPage: async ({}, use) => {
    await useWebPage(use);
  },

  invokeAction: async ({ context, extensionId }, use) => {
    await use(async (page) => {
      const browser = context.browser();
      if (!browser) throw new Error('No browser behind the persistent context');
      const session = await browser.newBrowserCDPSession();
      try {
        // triggerAction wants the tab target (the parent of the page target), found by its URL.
        const { targetInfos } = await session.send('Target.getTargets', {
          filter: [{ type: 'tab' }],
        });
        const tabs = targetInfos.filter((target) => target.url === page.url());
        const tab = tabs[0];
        if (tabs.length !== 1 || !tab) {
          throw new Error(`Expected one tab at ${page.url()}, found ${tabs.length}`);
        }
        await session.send('Extensions.triggerAction', {
          id: extensionId,
          targetId: tab.targetId,
        });
      } finally {
        await session.detach();
      }
    });
  },
});
