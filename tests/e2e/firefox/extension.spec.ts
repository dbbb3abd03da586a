// The extension's Firefox build in a real Firefox (support/firefox.ts): Firefox accepts
// its manifest, runs its background script, its pages work with Firefox's own IndexedDB,
// storage.local and messaging, and its content script runs on a site the mentor turned on. The
// Chromium suites (e2e/extension) test each feature in depth; these check that the same features
// run in Firefox (docs/decisions/0004 lists what they leave to Chromium).
import { readFileSync } from 'node:fs';
import {
  axeViolations,
  expect,
  test,
  textOf,
  type FirefoxPage,
  type WithBrowser,
} from '../../support/firefox.ts';

const POPUP_PATH = 'src/popup/popup.html';
const OPTIONS_PATH = 'src/options/options.html';
const SESSIONS_PATH = 'src/sessions/sessions.html';

/** A Swedish page with known terms (also the Chromium suite's, e2e/extension/lookup-sites). */
const ARTICLE = readFileSync(
  new URL('../../fixtures/extension/swedish-article.html', import.meta.url),
  'utf8',
);

// A browser start and an add-on install per test, on shared machines.
test.describe.configure({ timeout: 60_000 });

test.afterEach(({ pageErrors }) => {
  expect(pageErrors).toEqual([]);
});

/** The page's `lang` and `dir`, as the extension set them from its catalogue. */
function languageOf(page: FirefoxPage): Promise<string[]> {
  return page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
}

test('a session logged in the popup is stored in IndexedDB and listed on the sessions page', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage(POPUP_PATH);
  expect(await textOf(popup, 'h1')).toBe('Mentorkit');
  expect(await languageOf(popup)).toEqual(['en', 'ltr']);
  expect(await axeViolations(popup)).toEqual([]);

  // The mentee field has focus when the popup opens: type an alias and save with Enter.
  await popup.waitForFunction(() => document.activeElement?.id.endsWith('-mentee'));
  await popup.keyboard.type('Amal');
  await popup.keyboard.press('Enter');
  await expect
    .poll(() => textOf(popup, '[data-testid="quick-log-status"]'))
    .toContain('Saved: 60 min with Amal.');

  // Another page of the extension reads it from the same database.
  const sessions = await openExtensionPage(SESSIONS_PATH);
  await expect.poll(() => textOf(sessions, '.session-list > li')).toContain('Amal');
  expect(await sessions.$$eval('.session-list > li', (items) => items.length)).toBe(1);
  expect(await axeViolations(sessions)).toEqual([]);
});

test('the popup’s glossary search gets its answer from the background script', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage(POPUP_PATH);
  // With a typo: the fuzzy search runs in the background script.
  await popup.type('#glossary-search', 'kolektivavtal');
  await expect.poll(() => textOf(popup, '.glossary .card h2')).toBe('kollektivavtal');
  expect(await textOf(popup, '.glossary .card')).toContain('In plain Swedish');

  await popup.$eval('#glossary-search', (input) => ((input as HTMLInputElement).value = ''));
  await popup.type('#glossary-search', 'zzzzqqq');
  await expect.poll(() => textOf(popup, '.glossary [role="status"]')).toBe('No terms found.');
  expect(await textOf(popup, '#glossary-results')).toBe('');
});

test('a setting is kept in storage.local and shown again when the page is opened again', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage(OPTIONS_PATH);
  expect(await textOf(options, 'h1')).toBe('Mentorkit settings');
  expect(await axeViolations(options)).toEqual([]);
  await expect
    .poll(() => textOf(options, '[data-testid="stored-settings"]'))
    .toContain('"menteeLanguage": null');

  await options.select('#mentee-language', 'fa');
  await expect
    .poll(() => textOf(options, '[data-testid="stored-settings"]'))
    .toContain('"menteeLanguage": "fa"');

  const reopened = await openExtensionPage(OPTIONS_PATH);
  await expect
    .poll(() => reopened.$eval('#mentee-language', (select) => (select as HTMLSelectElement).value))
    .toBe('fa');
});

test.describe('on a site the mentor turned the glossary on for', () => {
  // What the mentor's "Allow" grants when turning the site on.
  test.use({ hostPermissions: ['http://127.0.0.1/*'] });

  /** The highlighted words in page order. The page's own world sees the document's highlights. */
  function highlighted(page: FirefoxPage): Promise<string[]> {
    return page.evaluate(() => {
      const highlight = CSS.highlights.get('mentorkit-term');
      if (!highlight) return [];
      return [...highlight]
        .map((range) => range as Range)
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
        .map((range) => range.toString());
    });
  }

  const overlays = (page: FirefoxPage) =>
    page.evaluate(() => document.querySelectorAll('mentorkit-overlay').length);

  test('the content script highlights the known terms, and a double-click opens the lookup', async ({
    firefox,
    openExtensionPage,
    webPage,
  }) => {
    const options = await openExtensionPage(OPTIONS_PATH);
    // What the popup's toggle stores once the permission is granted.
    await options.evaluate(async () => {
      const { browser } = globalThis as unknown as WithBrowser;
      await browser.storage.local.set({
        sites: { version: 1, sites: [{ origin: 'http://127.0.0.1', highlight: true }] },
      });
    });
    // The background script registers the content script for the site.
    await expect
      .poll(() =>
        options.evaluate(async () => {
          const { browser } = globalThis as unknown as WithBrowser;
          const scripts = await browser.scripting.getRegisteredContentScripts();
          return scripts.flatMap((script) => script.matches ?? []);
        }),
      )
      .toEqual(['http://127.0.0.1/*']);
    await expect.poll(() => textOf(options, 'section.sites li')).toContain('127.0.0.1');

    const page = await firefox.newPage();
    await page.goto(webPage.serve(ARTICLE));
    await expect
      .poll(() => highlighted(page))
      .toEqual(['anställda', 'kollektivavtalet', 'OB-tillägg', 'Skyddsombudet', 'skyddsrond']);

    // A double-click on the first word of the second paragraph opens the lookup popover; Escape
    // closes it.
    const box = await page.$eval('#second', (paragraph) => {
      const { x, y, height } = paragraph.getBoundingClientRect();
      return { x, y, height };
    });
    await expect
      .poll(async () => {
        await page.mouse.click(box.x + 20, box.y + box.height / 2, { count: 2 });
        return overlays(page);
      })
      .toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => overlays(page)).toBe(0);
  });
});
