// Sites the mentor turned the glossary on for: double-click lookup and highlighting of every
// known term (CSS Custom Highlight API), following page changes. Turning a site on asks the
// optional host permission, which a test cannot click through; so this spec runs a copy of the
// built extension whose manifest already grants http://127.0.0.1/* (what the mentor's "Allow"
// does), then turns the site on the way the popup does: by storing it.
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {
  EXTENSION_DIR,
  OPTIONS_PATH,
  expect,
  test as base,
  useChromiumWithExtension,
  type WithChrome,
} from '../../support/extension.ts';
import { inContentScriptWorld, popover, tabIdOf } from './lookup-helpers.ts';

const TEST_HOSTS = 'http://127.0.0.1/*';

const test = base.extend<{ context: BrowserContext }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const root = await mkdtemp(join(tmpdir(), 'mentorkit-sites-'));
    const extensionDir = join(root, 'extension');
    await cp(EXTENSION_DIR, extensionDir, { recursive: true });
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
    manifest.host_permissions = [TEST_HOSTS];
    await writeFile(manifestPath, JSON.stringify(manifest));
    try {
      await useChromiumWithExtension(extensionDir, join(root, 'profile'), use);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
});

/** A Swedish page with known terms (also the Firefox suite's). */
const ARTICLE = readFileSync(
  new URL('../../fixtures/extension/swedish-article.html', import.meta.url),
  'utf8',
);

/** What the popup's toggle stores once the permission is granted. */
async function turnOnSite(worker: Worker, highlight: boolean): Promise<void> {
  await worker.evaluate(async (highlight) => {
    const { chrome } = globalThis as unknown as WithChrome;
    await chrome.storage.local.set({
      sites: { version: 1, sites: [{ origin: 'http://127.0.0.1', highlight }] },
    });
  }, highlight);
  // The background registers the content script for the site.
  await expect
    .poll(() =>
      worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as WithChrome;
        const scripts = await chrome.scripting.getRegisteredContentScripts();
        return scripts.flatMap((script) => script.matches ?? []);
      }),
    )
    .toEqual(['http://127.0.0.1/*']);
}

/** The highlighted words, in page order, read in the content script's world. */
function highlighted(worker: Worker, tabId: number): Promise<string[]> {
  return inContentScriptWorld(
    worker,
    tabId,
    () => {
      const highlight = CSS.highlights.get('mentorkit-term');
      if (!highlight) return [];
      return [...highlight]
        .map((range) => range as Range)
        .filter((range) => range.startContainer.isConnected)
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
        .map((range) => range.toString());
    },
    undefined,
  );
}

test('double-click looks up a word on a site the mentor turned on', async ({
  page,
  serviceWorker,
  webPage,
}) => {
  await turnOnSite(serviceWorker, false);
  const url = webPage.serve(ARTICLE);
  await page.goto(url);
  const tabId = await tabIdOf(serviceWorker, url);

  const word = page.getByText('Skyddsombudet', { exact: false });
  const box = await word.boundingBox();
  if (!box) throw new Error('No paragraph');
  // The first word of the paragraph.
  await expect
    .poll(async () => {
      await page.mouse.dblclick(box.x + 20, box.y + box.height / 2);
      return (await popover(serviceWorker, tabId))?.lemmas ?? [];
    })
    .toEqual(['skyddsombud']);
  const shown = await popover(serviceWorker, tabId);
  expect(shown?.found).toEqual(['Skyddsombudet']);
  // Opened by the mouse: focus stays on the page.
  expect(shown?.focused).toBe(false);
  // Issue 24 (WCAG 2.4.3): Tab from the word goes into the popover, not past the rest of the
  // page (the form field after the paragraph) to the popover at the end of the document.
  await page.keyboard.press('Tab');
  expect((await popover(serviceWorker, tabId))?.focused).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.locator('mentorkit-overlay')).toHaveCount(0);
  await page.mouse.dblclick(box.x + 20, box.y + box.height / 2);
  await expect
    .poll(async () => (await popover(serviceWorker, tabId))?.lemmas)
    .toEqual(['skyddsombud']);

  // Double-clicking in a form field edits it; no lookup.
  await page.keyboard.press('Escape');
  await expect(page.locator('mentorkit-overlay')).toHaveCount(0);
  await page.locator('#field').dblclick();
  await page.waitForTimeout(300);
  await expect(page.locator('mentorkit-overlay')).toHaveCount(0);

  // A page's own script cannot open a lookup: it selects a word and dispatches a dblclick.
  await page.evaluate(() => {
    const paragraph = [...document.querySelectorAll('p')].find((p) =>
      p.textContent?.includes('Skyddsombudet'),
    );
    if (!paragraph?.firstChild) throw new Error('No paragraph');
    const range = document.createRange();
    range.setStart(paragraph.firstChild, 0);
    range.setEnd(paragraph.firstChild, 'Skyddsombudet'.length);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    paragraph.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
  });
  await page.waitForTimeout(300);
  await expect(page.locator('mentorkit-overlay')).toHaveCount(0);

  // No highlighting unless the mentor chose it.
  expect(await highlighted(serviceWorker, tabId)).toEqual([]);
});

test('highlights every known term without changing the page, and follows page changes', async ({
  page,
  serviceWorker,
  webPage,
}) => {
  await turnOnSite(serviceWorker, true);
  const url = webPage.serve(ARTICLE);
  await page.goto(url);
  const tabId = await tabIdOf(serviceWorker, url);
  const before = await page.evaluate(() => document.body.innerHTML);

  await expect
    .poll(() => highlighted(serviceWorker, tabId))
    .toEqual(['anställda', 'kollektivavtalet', 'OB-tillägg', 'Skyddsombudet', 'skyddsrond']);
  // No DOM rewriting: the page's markup is what it was.
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);

  // Text the page adds later (a single-page app) is highlighted too; removed text is dropped.
  await page.evaluate(() => {
    const added = document.createElement('p');
    added.textContent = 'Glöm inte sjukanmälan och läkarintyget.';
    document.querySelector('main')?.append(added);
    document.getElementById('second')?.remove();
    const first = document.getElementById('first')?.firstChild;
    if (first instanceof Text) first.data = 'Nu gäller semesterersättningen.';
  });
  await expect
    .poll(() => highlighted(serviceWorker, tabId))
    .toEqual(['semesterersättningen', 'sjukanmälan', 'läkarintyget']);

  // Turning highlighting off removes it at once, without a reload.
  await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WithChrome;
    await chrome.storage.local.set({
      sites: { version: 1, sites: [{ origin: 'http://127.0.0.1', highlight: false }] },
    });
  });
  await expect.poll(() => highlighted(serviceWorker, tabId)).toEqual([]);
});

test('the options page lists the sites, turns highlighting on and removes a site with undo', async ({
  context,
  serviceWorker,
  extensionUrl,
}) => {
  await turnOnSite(serviceWorker, false);
  const options = await context.newPage();
  await options.goto(extensionUrl(OPTIONS_PATH));
  const section = options.locator('section.sites');
  await expect(section.getByRole('heading', { name: 'Sites with the glossary' })).toBeVisible();
  await expect(section.getByRole('listitem')).toHaveCount(1);
  await section.getByRole('checkbox', { name: 'Highlight known terms on 127.0.0.1' }).check();
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () => {
        const { chrome } = globalThis as unknown as WithChrome;
        return (await chrome.storage.local.get('sites')).sites;
      }),
    )
    .toEqual({ version: 1, sites: [{ origin: 'http://127.0.0.1', highlight: true }] });
  expect(
    (await new AxeBuilder({ page: options }).include('section.sites').analyze()).violations,
  ).toEqual([]);

  await section.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
  await expect(section.getByText('No sites yet.')).toBeVisible();
  await expect(section.getByRole('status')).toContainText('Removed 127.0.0.1.');
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () => {
        const { chrome } = globalThis as unknown as WithChrome;
        return chrome.scripting.getRegisteredContentScripts();
      }),
    )
    .toEqual([]);

  // Undo asks for the site again (granted here) and puts it back as it was.
  await section.getByRole('button', { name: 'Undo' }).click();
  await expect(section.getByRole('listitem')).toHaveCount(1);
  await expect(
    section.getByRole('checkbox', { name: 'Highlight known terms on 127.0.0.1' }),
  ).toBeChecked();
});

test('highlights a 1 MB page of Swedish text in the background, in batches', async ({
  page,
  serviceWorker,
  webPage,
}) => {
  test.setTimeout(90_000);
  await turnOnSite(serviceWorker, true);
  const paragraph =
    'Enligt kollektivavtalet får du OB-tillägg på helger. Skyddsombudet går skyddsrond, ' +
    'och karensavdraget syns på lönespecifikationen efter sjukanmälan. ';
  const count = Math.ceil(1_000_000 / paragraph.length);
  const body = Array.from({ length: count }, (_, i) => `<p>${i}: ${paragraph}</p>`).join('');
  const url = webPage.serve(
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"></head><body>${body}</body></html>`,
  );
  const started = Date.now();
  await page.goto(url);
  const tabId = await tabIdOf(serviceWorker, url);
  const perParagraph = (await highlightedIn(serviceWorker, tabId, 1)).length;
  expect(perParagraph).toBeGreaterThanOrEqual(6);
  await expect
    .poll(() => highlightCount(serviceWorker, tabId), { timeout: 60_000 })
    .toBe(perParagraph * count);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `Highlighted ${perParagraph * count} terms in ${count} paragraphs (1 MB) in ${seconds.toFixed(1)} s`,
  );
  // The page stays responsive meanwhile: the work is done in idle time between batches.
  expect(await page.evaluate(() => document.querySelectorAll('p').length)).toBe(count);
});

function highlightCount(worker: Worker, tabId: number): Promise<number> {
  return inContentScriptWorld(
    worker,
    tabId,
    () => CSS.highlights.get('mentorkit-term')?.size ?? 0,
    undefined,
  );
}

/** The highlighted words in the page's paragraph number `index`, once it has any. */
async function highlightedIn(worker: Worker, tabId: number, index: number): Promise<string[]> {
  let words: string[] = [];
  await expect
    .poll(async () => {
      words = await inContentScriptWorld(
        worker,
        tabId,
        (index) => {
          const paragraph = document.querySelectorAll('p')[index];
          const highlight = CSS.highlights.get('mentorkit-term');
          if (!paragraph || !highlight) return [];
          return [...highlight]
            .map((range) => range as Range)
            .filter((range) => paragraph.contains(range.startContainer))
            .map((range) => range.toString());
        },
        index,
      );
      return words.length;
    })
    .toBeGreaterThan(0);
  return words;
}

/**
 * Evaluates `expression` in the extension's real popup (opened by the toolbar button over the
 * page, so the popup sees the page's tab) as if the mentor did it: with a user gesture, which
 * permissions.request needs. Playwright does not expose a popup as a Page, so this talks CDP.
 */
async function inPopup(context: BrowserContext, expression: string): Promise<unknown> {
  const browser = context.browser();
  if (!browser) throw new Error('No browser behind the persistent context');
  const session = await browser.newBrowserCDPSession();
  try {
    let popup: string | undefined;
    await expect
      .poll(async () => {
        const { targetInfos } = await session.send('Target.getTargets');
        popup = targetInfos.find((target) =>
          target.url.endsWith('/src/popup/popup.html'),
        )?.targetId;
        return popup;
      })
      .toBeDefined();
    const { sessionId } = await session.send('Target.attachToTarget', {
      targetId: popup as string,
      flatten: false,
    });
    const answer = new Promise<string>((resolve) => {
      session.on('Target.receivedMessageFromTarget', (event) => {
        if (event.sessionId === sessionId) resolve(event.message);
      });
    });
    await session.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({
        id: 1,
        method: 'Runtime.evaluate',
        params: { expression, returnByValue: true, userGesture: true, awaitPromise: true },
      }),
    });
    const parsed = JSON.parse(await answer) as { result?: { result?: { value?: unknown } } };
    return parsed.result?.result?.value;
  } finally {
    await session.detach();
  }
}

function storedSites(worker: Worker): Promise<unknown> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WithChrome;
    return (await chrome.storage.local.get('sites')).sites;
  });
}

async function waitForPopupToggle(context: BrowserContext): Promise<void> {
  await expect
    .poll(() => inPopup(context, `document.getElementById('site-enabled') !== null`))
    .toBe(true);
}

test('the popup’s “use on this site” toggle turns double-click lookup and highlighting on at once', async ({
  context,
  page,
  serviceWorker,
  webPage,
  invokeAction,
}) => {
  const url = webPage.serve(ARTICLE);
  await page.goto(url);
  await invokeAction(page);
  await waitForPopupToggle(context);
  expect(
    await inPopup(context, `document.querySelector('label[for=site-enabled]').textContent`),
  ).toBe('Use the glossary on 127.0.0.1');

  await inPopup(context, `document.getElementById('site-enabled').click()`);
  await expect
    .poll(() => storedSites(serviceWorker))
    .toEqual({
      version: 1,
      sites: [{ origin: 'http://127.0.0.1', highlight: false }],
    });
  await expect
    .poll(() => inPopup(context, `document.querySelector('.site-status')?.textContent.trim()`))
    .toBe('Double-click a word on the site to look it up.');

  // Works in the open tab without a reload.
  const tabId = await tabIdOf(serviceWorker, url);
  await doubleClickFirstWord(page, 'Skyddsombudet');
  await expect
    .poll(async () => {
      await doubleClickFirstWord(page, 'Skyddsombudet');
      return (await popover(serviceWorker, tabId))?.lemmas ?? [];
    })
    .toEqual(['skyddsombud']);
  await page.keyboard.press('Escape');

  // Highlighting, chosen in the popup, starts at once too.
  await invokeAction(page);
  await waitForPopupToggle(context);
  await inPopup(context, `document.getElementById('site-highlight').click()`);
  await expect.poll(() => highlighted(serviceWorker, tabId)).toContain('kollektivavtalet');

  // Off again: the site leaves the list and the page goes quiet.
  await inPopup(context, `document.getElementById('site-enabled').click()`);
  await expect.poll(() => storedSites(serviceWorker)).toEqual({ version: 1, sites: [] });
  await expect.poll(() => highlighted(serviceWorker, tabId)).toEqual([]);
});

async function doubleClickFirstWord(page: Page, text: string): Promise<void> {
  const box = await page.getByText(text, { exact: false }).boundingBox();
  if (!box) throw new Error(`No ${text} on the page`);
  await page.mouse.dblclick(box.x + 20, box.y + box.height / 2);
}
