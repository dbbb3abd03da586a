// The content script is not declared in the manifest: the background injects it into the tab
// where the mentor asked for a lookup. These tests do what the background does (executeScript,
// then `show-lookup`) after "clicking" the toolbar button, which grants activeTab.
import type { Page, Worker } from '@playwright/test';
import { expect, test, CONTENT_SCRIPT_PATH, type WithChrome } from '../../support/extension.ts';

const PAGE = `<!doctype html>
<html lang="sv">
  <head><meta charset="utf-8"><title>Anställningsavtal</title></head>
  <body>
    <p>Du omfattas av <span id="term">kollektivavtalet</span> från första dagen.</p>
    <p id="markup">&lt;img src=x onerror="window.pwned = true"&gt;</p>
    <button id="page-button">Sidans knapp</button>
  </body>
</html>`;

async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (pageUrl) => {
    const { chrome } = globalThis as unknown as WithChrome;
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    if (tab?.id === undefined) throw new Error(`No tab for ${pageUrl}`);
    return tab.id;
  }, url);
}

/** What background/lookup.ts does: inject the content script, then ask it to show the popover. */
async function showLookup(worker: Worker, tabId: number, text: unknown): Promise<unknown> {
  return worker.evaluate(
    async ({ tabId, file, text }) => {
      const { chrome } = globalThis as unknown as WithChrome;
      await chrome.scripting.executeScript({ target: { tabId }, files: [file] });
      return chrome.tabs.sendMessage(tabId, { type: 'show-lookup', text });
    },
    { tabId, file: CONTENT_SCRIPT_PATH, text },
  );
}

/** Runs `body` in the content script's isolated world and returns its result. */
async function inContentScriptWorld<Result>(
  worker: Worker,
  tabId: number,
  body: () => Result | Promise<Result>,
): Promise<Awaited<Result>> {
  const run = async (tabId: number, func: () => unknown) => {
    const { chrome } = globalThis as unknown as WithChrome;
    const [injection] = await chrome.scripting.executeScript({ target: { tabId }, func });
    return injection?.result;
  };
  // Functions cannot cross into evaluate() as values, so the whole call goes as source: `body`
  // is a function literal there (no eval), and tabId is JSON.
  return worker.evaluate<Awaited<Result>>(
    `(${run.toString()})(${JSON.stringify(tabId)}, ${body.toString()})`,
  );
}

/** The popover's text, read through the closed shadow root (only extensions can). */
function popoverText(worker: Worker, tabId: number) {
  return inContentScriptWorld(worker, tabId, () => {
    const { chrome } = globalThis as unknown as WithChrome;
    const host = document.querySelector('mentorkit-overlay');
    const root = host && chrome.dom.openOrClosedShadowRoot(host);
    return root?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  });
}

async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // Select the term as a mentor would before choosing "Look up".
  await page.locator('#term').selectText();
}

test.describe('content script', () => {
  test('has no access to a page until the mentor invokes the extension', async ({
    page,
    serviceWorker,
    webPage,
    invokeAction,
  }) => {
    const url = webPage.serve(PAGE);
    await openPage(page, url);
    // Without host access the tab's URL is hidden from us, so find it as the active tab.
    const tabId = await serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as WithChrome;
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return { id: tab?.id, url: tab?.url };
    });
    expect(tabId).toEqual({ id: expect.any(Number), url: undefined });
    const inject = () =>
      serviceWorker
        .evaluate(
          async ({ tabId, file }) => {
            const { chrome } = globalThis as unknown as WithChrome;
            await chrome.scripting.executeScript({ target: { tabId }, files: [file] });
            return 'injected';
          },
          { tabId: tabId.id ?? -1, file: CONTENT_SCRIPT_PATH },
        )
        .catch((error: Error) => error.message);

    expect(await inject()).toMatch(/Cannot access contents of the page/);

    await invokeAction(page);
    expect(await inject()).toBe('injected');
    expect(await tabIdOf(serviceWorker, url)).toBe(tabId.id);
  });

  test('shows the lookup in a closed shadow root, answered by the service worker', async ({
    page,
    serviceWorker,
    webPage,
    invokeAction,
  }) => {
    const url = webPage.serve(PAGE);
    await openPage(page, url);
    await invokeAction(page);
    const tabId = await tabIdOf(serviceWorker, url);

    // The popover's text comes from the background's answer to the content script's
    // `lookup-term` message; without an answer it would show an error instead.
    expect(await showLookup(serviceWorker, tabId, 'kollektivavtalet')).toEqual({
      ok: true,
      data: { shown: true },
    });
    await expect(page.locator('mentorkit-overlay')).toHaveCount(1);
    expect(await page.locator('mentorkit-overlay').evaluate((host) => host.shadowRoot)).toBeNull();
    await expect
      .poll(() => popoverText(serviceWorker, tabId))
      .toMatch(
        /^Mentorkit · workplace glossary Close kollektivavtal noun Form in the text: kollektivavtalet /,
      );

    // Injected again for a second lookup: still one popover, and Escape closes it.
    await showLookup(serviceWorker, tabId, 'OB-tillägg');
    await expect.poll(() => popoverText(serviceWorker, tabId)).toMatch(/ Close OB-tillägg noun /);
    await expect(page.locator('mentorkit-overlay')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.locator('mentorkit-overlay')).toHaveCount(0);
  });

  test('inserts page text as text, never as HTML', async ({
    page,
    serviceWorker,
    webPage,
    invokeAction,
  }) => {
    const url = webPage.serve(PAGE);
    await openPage(page, url);
    await invokeAction(page);
    const tabId = await tabIdOf(serviceWorker, url);
    const markup = await page.locator('#markup').textContent();

    await showLookup(serviceWorker, tabId, markup);
    await expect.poll(() => popoverText(serviceWorker, tabId)).toContain(markup ?? 'missing');
    const images = await inContentScriptWorld(serviceWorker, tabId, () => {
      const { chrome } = globalThis as unknown as WithChrome;
      const host = document.querySelector('mentorkit-overlay');
      return host ? chrome.dom.openOrClosedShadowRoot(host)?.querySelectorAll('img').length : -1;
    });
    expect(images).toBe(0);
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
  });

  test('a message from the content script reaches the service worker; a bad shape is refused', async ({
    page,
    serviceWorker,
    webPage,
    invokeAction,
  }) => {
    const url = webPage.serve(PAGE);
    await openPage(page, url);
    await invokeAction(page);
    const tabId = await tabIdOf(serviceWorker, url);
    await showLookup(serviceWorker, tabId, 'kollektivavtalet');

    const answers = await inContentScriptWorld(serviceWorker, tabId, async () => {
      const { chrome } = globalThis as unknown as WithChrome;
      const send = (message: unknown) => chrome.runtime.sendMessage(message);
      return {
        ping: await send({ type: 'ping' }),
        lookup: await send({ type: 'lookup-term', text: ' semester ' }),
        missingText: await send({ type: 'lookup-term' }),
        unknownType: await send({ type: 'delete-all-sessions' }),
        notAnObject: await send('ping'),
        notForTheBackground: await send({ type: 'show-lookup', text: 'x' }),
      };
    });

    expect(answers.ping).toEqual({ ok: true, data: { extensionVersion: '0.1.0' } });
    expect(answers.lookup).toEqual({
      ok: true,
      data: {
        text: 'semester',
        entries: [expect.objectContaining({ lemma: 'semester' })],
        // A new profile: no mentee's language yet, so the card offers no chooser.
        language: null,
        languages: [],
      },
    });
    expect(answers.missingText).toEqual({
      ok: false,
      error: expect.stringMatching(/^Invalid message: text: /),
    });
    expect(answers.unknownType).toEqual({
      ok: false,
      error: expect.stringMatching(/^Invalid message: type: /),
    });
    expect(answers.notAnObject).toEqual({
      ok: false,
      error: expect.stringMatching(/^Invalid message: /),
    });
    expect(answers.notForTheBackground).toEqual({
      ok: false,
      error: 'The background does not handle "show-lookup" messages',
    });
  });
});
