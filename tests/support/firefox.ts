// Playwright fixtures for suites in a real Firefox: the widgets on the demo's pages, and the built
// Firefox extension (extension/dist/firefox). Playwright drives only its own patched Firefox
// builds, which no machine of ours may download (support/find-browser.js), so these tests drive
// the Firefox on the machine over WebDriver BiDi with puppeteer-core, and use Playwright only as
// the test runner.
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { requireFirefox } from './find-browser.js';
import { PINNED_NOW, pinDate } from './pinned-clock.ts';
import { useWebPage, type WebPage } from './web-page.ts';

export { expect } from '@playwright/test';
export type { Page as FirefoxPage } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = fileURLToPath(
  new URL('../../extension/dist/firefox', import.meta.url),
);

/** The add-on id the Firefox manifest declares (browser_specific_settings.gecko.id). */
function geckoId(): string {
  const manifest = JSON.parse(readFileSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`, 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return manifest.browser_specific_settings.gecko.id;
}

/**
 * Firefox gives each installed add-on a random internal UUID, the host of its moz-extension://
 * pages; this pref fixes it, so that a test knows where the extension's pages are.
 */
const EXTENSION_UUID = '6a1c0b1e-7e8f-4b55-9a61-3c1d2e4f5a6b';

/** The extension's page at `path` (a path in the build, e.g. src/popup/popup.html). */
export function extensionPageUrl(path: string): string {
  return `moz-extension://${EXTENSION_UUID}/${path}`;
}

/**
 * `browser` as code passed to `page.evaluate` in an extension page sees it. Evaluated functions
 * are serialised, so they read it as `const { browser } = globalThis as unknown as WithBrowser;`.
 */
export type WithBrowser = { browser: WebExtensionApi };

/**
 * A copy of the build in a temporary folder whose manifest grants `hostPermissions` at install
 * (what the mentor's "Allow" grants; a test cannot click Firefox's prompt).
 */
async function useBuildWithHosts(
  hostPermissions: string[],
  use: (extensionDir: string) => Promise<void>,
): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'mentorkit-firefox-'));
  try {
    await cp(FIREFOX_EXTENSION_DIR, root, { recursive: true });
    const manifestPath = join(root, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
    manifest.host_permissions = hostPermissions;
    await writeFile(manifestPath, JSON.stringify(manifest));
    await use(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

interface FirefoxFixtures {
  /** Whether `firefox` has our extension installed (default); a spec sets it with `test.use`. */
  withExtension: boolean;
  /** Host permissions granted to the extension at install; a spec sets them with `test.use`. */
  hostPermissions: string[];
  /** A headless Firefox with a fresh profile and, `withExtension`, only our extension. */
  firefox: Browser;
  /** Opens `url` (relative to the demo server's) in a new tab, once it has loaded. */
  openPage: (url: string) => Promise<Page>;
  /** A local server for pages of the test's own (support/web-page.ts). */
  webPage: WebPage;
  /** Opens the extension's page at `path` in a new tab and resolves once it has loaded. */
  openExtensionPage: (path: string) => Promise<Page>;
  /**
   * What went wrong in the pages opened so far: uncaught errors, console errors and, in the
   * pages of `openPage`, CSP violations.
   */
  pageErrors: string[];
}

export const test = base.extend<FirefoxFixtures>({
  withExtension: [true, { option: true }],
  hostPermissions: [[], { option: true }],

  firefox: async ({ withExtension, hostPermissions }, use) => {
    const runWith = async (extensionDir: string | undefined) => {
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: requireFirefox(),
        headless: true,
        // Without it, WebDriver BiDi may not navigate to moz-extension:// pages.
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: EXTENSION_UUID }),
        },
      });
      try {
        // Installs the unpacked folder as a temporary add-on, which runs from that folder:
        // Firefox reads and checks its manifest and starts its background script, as
        // `about:debugging` would.
        if (extensionDir) await browser.installExtension(extensionDir);
        await use(browser);
      } finally {
        await browser.close();
      }
    };
    if (!withExtension) await runWith(undefined);
    else if (hostPermissions.length === 0) await runWith(FIREFOX_EXTENSION_DIR);
    else await useBuildWithHosts(hostPermissions, runWith);
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture uses from this pattern
  pageErrors: async ({}, use) => {
    await use([]);
  },

  // eslint-disable-next-line no-empty-pattern -- see above
  webPage: async ({}, use) => {
    await useWebPage(use);
  },

  openPage: async ({ firefox, pageErrors, baseURL }, use) => {
    await use(async (url) => {
      const page = await firefox.newPage();
      reportErrors(page, url, pageErrors);
      // The same day as the Chromium suites and the demo server's seeded data.
      await page.evaluateOnNewDocument(pinDate, PINNED_NOW);
      // A CSP violation is an error too: the demo's pages promise none.
      await page.evaluateOnNewDocument(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.effectiveDirective} ${event.blockedURI}`);
        });
      });
      await page.goto(new URL(url, baseURL).href);
      return page;
    });
  },

  openExtensionPage: async ({ firefox, pageErrors }, use) => {
    await use(async (path) => {
      const page = await firefox.newPage();
      reportErrors(page, path, pageErrors);
      const url = extensionPageUrl(path);
      await page.evaluateOnNewDocument(pinDate, PINNED_NOW);
      // Firefox reports no load event of a moz-extension:// page over BiDi (it loads in the
      // extension process), so Puppeteer's wait for one would time out: navigate waiting for no
      // lifecycle event (`[]`), then poll the page itself.
      await page.goto(url, { waitUntil: [] });
      await page.waitForFunction(
        (expected) => location.href === expected && document.readyState === 'complete',
        {},
        url,
      );
      return page;
    });
  },
});

/** Adds what goes wrong in `page` (uncaught errors, console errors) to `errors`. */
function reportErrors(page: Page, label: string, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(`${label}: ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${label}: ${message.text()}`);
  });
}

/**
 * The text of the first element matching `selector` in `page`, or '' while there is none; for
 * `expect.poll(() => textOf(page, selector)).toContain(…)`.
 */
export function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => element.textContent?.trim() ?? '').catch(() => '');
}

// The axe-core that @axe-core/playwright depends on, so that both suites run the same rules.
const requireFromAxePlaywright = createRequire(
  createRequire(import.meta.url).resolve('@axe-core/playwright'),
);
const axeSource = readFileSync(requireFromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations in `page`, as "rule: how many elements". The same axe-core that
 * @axe-core/playwright runs in the Chromium suites, evaluated in the page over WebDriver BiDi.
 */
export function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async (source) => {
    // Indirect eval: axe's source defines `window.axe` in the page's global scope.
    (0, eval)(source);
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
    const results = await axe.run(document);
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`);
  }, axeSource);
}

interface AxeResults {
  violations: { id: string; nodes: unknown[] }[];
}
