// Helpers for the term-lookup specs: do what the background does for a lookup (inject the
// content script into the tab, send `show-lookup`), read the popover through its closed shadow
// root from the content script's isolated world, and click inside it at its real position.
import type { Page, Worker } from '@playwright/test';
import { CONTENT_SCRIPT_PATH, type WithChrome } from '../../support/extension.ts';

export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (pageUrl) => {
    const { chrome } = globalThis as unknown as WithChrome;
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    if (tab?.id === undefined) throw new Error(`No tab for ${pageUrl}`);
    return tab.id;
  }, url);
}

/** What background/lookup.ts does for the context menu (focus false) or the shortcut (true). */
export async function showLookup(
  worker: Worker,
  tabId: number,
  text: unknown,
  focus = false,
): Promise<unknown> {
  return worker.evaluate(
    async ({ tabId, file, text, focus }) => {
      const { chrome } = globalThis as unknown as WithChrome;
      await chrome.scripting.executeScript({ target: { tabId }, files: [file] });
      return chrome.tabs.sendMessage(tabId, { type: 'show-lookup', text, focus });
    },
    { tabId, file: CONTENT_SCRIPT_PATH, text, focus },
  );
}

/** Runs `body(arg)` in the content script's isolated world (where `chrome.dom` exists). */
export async function inContentScriptWorld<Arg, Result>(
  worker: Worker,
  tabId: number,
  body: (arg: Arg) => Result | Promise<Result>,
  arg: Arg,
): Promise<Awaited<Result>> {
  const run = async (tabId: number, func: (arg: unknown) => unknown, arg: unknown) => {
    const { chrome } = globalThis as unknown as WithChrome;
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId },
      func,
      args: [arg],
    });
    return injection?.result;
  };
  // Functions cannot cross into evaluate() as values, so the whole call goes as source: `body`
  // is a function literal there (no eval), and tabId and arg are JSON, as executeScript needs.
  return worker.evaluate<Awaited<Result>>(
    `(${run.toString()})(${JSON.stringify(tabId)}, ${body.toString()}, ${JSON.stringify(arg ?? null)})`,
  );
}

export interface PopoverSnapshot {
  text: string;
  lemmas: string[];
  found: string[];
  menteeTerm: { text: string; lang: string; dir: string } | null;
  machineLabel: boolean;
  related: string[];
  elements: { img: number; script: number };
  /** Focus is in the popover. */
  focused: boolean;
  /** Buttons and links under 24 × 24 CSS pixels (WCAG 2.5.8), with their sizes. */
  smallTargets: string[];
  rect: { top: number; left: number; width: number; height: number };
}

/** The popover as the mentor sees it, or null when there is none. */
export function popover(worker: Worker, tabId: number): Promise<PopoverSnapshot | null> {
  return inContentScriptWorld(
    worker,
    tabId,
    () => {
      const { chrome } = globalThis as unknown as WithChrome;
      const host = document.querySelector('mentorkit-overlay');
      const root = host && chrome.dom.openOrClosedShadowRoot(host);
      const section = root?.querySelector('.popover');
      if (!host || !root || !section) return null;
      const texts = (selector: string) =>
        [...root.querySelectorAll(selector)].map((element) =>
          (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
        );
      const mentee = root.querySelector('.mentee p');
      const box = section.getBoundingClientRect();
      return {
        text: (section.textContent ?? '').replace(/\s+/g, ' ').trim(),
        lemmas: texts('.lemma'),
        found: texts('.found-form'),
        menteeTerm: mentee
          ? {
              text: (root.querySelector('.mentee-term')?.textContent ?? '').trim(),
              lang: mentee.getAttribute('lang') ?? '',
              dir: mentee.getAttribute('dir') ?? '',
            }
          : null,
        machineLabel: root.querySelector('.machine') !== null,
        related: texts('.related button'),
        elements: {
          img: root.querySelectorAll('img').length,
          script: root.querySelectorAll('script').length,
        },
        focused: document.activeElement === host,
        smallTargets: [...root.querySelectorAll('button, a[href]')].flatMap((element) => {
          const { width, height } = element.getBoundingClientRect();
          return width < 23.5 || height < 23.5
            ? [`${element.localName} "${element.textContent?.trim()}": ${width} × ${height}`]
            : [];
        }),
        rect: { top: box.top, left: box.left, width: box.width, height: box.height },
      };
    },
    undefined,
  );
}

/** Centre of the first element in the popover matching `selector` with `text` (if given). */
export function popoverPoint(
  worker: Worker,
  tabId: number,
  selector: string,
  text?: string,
): Promise<{ x: number; y: number } | null> {
  return inContentScriptWorld(
    worker,
    tabId,
    ({ selector, text }) => {
      const { chrome } = globalThis as unknown as WithChrome;
      const host = document.querySelector('mentorkit-overlay');
      const root = host && chrome.dom.openOrClosedShadowRoot(host);
      const element = [...(root?.querySelectorAll(selector) ?? [])].find(
        (candidate) => text === undefined || candidate.textContent?.trim() === text,
      );
      if (!element) return null;
      // The popover scrolls when a card is long.
      element.scrollIntoView({ block: 'nearest' });
      const box = element.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    { selector, text },
  );
}

export async function clickInPopover(
  page: Page,
  worker: Worker,
  tabId: number,
  selector: string,
  text?: string,
): Promise<void> {
  const point = await popoverPoint(worker, tabId, selector, text);
  if (!point) throw new Error(`Nothing in the popover matches ${selector} ${text ?? ''}`);
  await page.mouse.click(point.x, point.y);
}

/** Selects the text of the element matching `selector` without moving focus. */
export async function selectTextOf(page: Page, selector: string): Promise<void> {
  await page.evaluate((selector) => {
    const element = document.querySelector(selector);
    if (!element) throw new Error(`No ${selector}`);
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, selector);
}

export async function setMenteeLanguage(worker: Worker, language: string | null): Promise<void> {
  await worker.evaluate(async (menteeLanguage) => {
    const { chrome } = globalThis as unknown as WithChrome;
    await chrome.storage.local.set({ settings: { version: 1, menteeLanguage } });
  }, language);
}
