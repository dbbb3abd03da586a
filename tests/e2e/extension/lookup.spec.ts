// Term lookup on a page and in the popup, with the built extension: the background's lookup path
// (inject the content script, `show-lookup`) after "clicking" the toolbar button, which grants
// activeTab as the context menu and the shortcut do. The glossary answers from the service worker.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  expect,
  test,
  POPUP_PATH,
  type WebPage,
  type WithChrome,
} from '../../support/extension.ts';
import {
  clickInPopover,
  inContentScriptWorld,
  popover,
  selectTextOf,
  setMenteeLanguage,
  showLookup,
  tabIdOf,
} from './lookup-helpers.ts';

const ARTICLE = `
  <p>Du omfattas av <span id="term">kollektivavtalet</span> från första dagen.</p>
  <p>Vid sjukdom gör arbetsgivaren ett <span id="karens">karensavdrag</span>.</p>
  <p id="unknown">Smörgåstårta</p>
  <p><button id="page-button" type="button">Sidans knapp</button></p>
`;

function pageWith(body: string, head = ''): string {
  return `<!doctype html>
<html lang="sv">
  <head><meta charset="utf-8"><title>Anställning</title>${head}</head>
  <body>${body}</body>
</html>`;
}

async function openArticle(page: Page, webPage: WebPage, html = pageWith(ARTICLE)) {
  const url = webPage.serve(html);
  await page.goto(url);
  return url;
}

test.describe('term lookup on a page', () => {
  test('looks up an inflected form: lemma, form found, both explanations, the mentee’s language', async ({
    page,
    serviceWorker,
    webPage,
    invokeAction,
  }) => {
    await setMenteeLanguage(serviceWorker, 'ar');
    const url = await openArticle(page, webPage);
    await page.focus('#page-button');
    await selectTextOf(page, '#term');
    await invokeAction(page);
    const tabId = await tabIdOf(serviceWorker, url);

    expect(await showLookup(serviceWorker, tabId, 'kollektivavtalet')).toEqual({
      ok: true,
      data: { shown: true },
    });
    await expect
      .poll(async () => (await popover(serviceWorker, tabId))?.lemmas)
      .toEqual(['kollektivavtal']);
    const shown = await popover(serviceWorker, tabId);
    expect(shown?.found).toEqual(['kollektivavtalet']);
    expect(shown?.text).toContain('noun');
    expect(shown?.text).toContain('In plain Swedish');
    expect(shown?.text).toContain('In English');
    expect(shown?.menteeTerm).toEqual({ text: 'اتفاقية العمل الجماعية', lang: 'ar', dir: 'rtl' });
    expect(shown?.machineLabel).toBe(true);
    expect(shown?.text).toContain('Machine-assisted translation');
    expect(shown?.related).toContain('fackförbund');
    // Issue 24: related terms, copy, source and close at least 24 × 24 (they were 20 px tall).
    expect(shown?.smallTargets).toEqual([]);

    // Opened by the mouse (the context menu): focus stays where the mentor was.
    expect(shown?.focused).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-button');

    // At the selection: just below (or above) the selected word.
    const selected = await page.locator('#term').boundingBox();
    expect(selected).not.toBeNull();
    const box = shown?.rect;
    expect(box && selected && Math.abs(box.left - selected.x)).toBeLessThan(40);
    expect(
      box &&
        selected &&
        (box.top >= selected.y + selected.height || box.top + box.height <= selected.y),
    ).toBe(true);

    // "Copy explanation" puts the card's text on the clipboard, for a chat with the mentee.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: webPage.origin,
    });
    await clickInPopover(page, serviceWorker, tabId, '.copy');
    await expect
      .poll(async () => (await popover(serviceWorker, tabId))?.text)
      .toContain('Explanation copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^kollektivavtal: .+\n\(English\) A collective agreement/);
    expect(copied).toContain('اتفاقية العمل الجماعية');

    // A related term is a link to its own card.
    await clickInPopover(page, serviceWorker, tabId, '.related button', 'fackförbund');
    await expect
      .poll(async () => (await popover(serviceWorker, tabId))?.lemmas)
      .toEqual(['fackförbund']);

    // A click outside closes it.
    await page.mouse.click(5, 5);
    await expect(page.locator('mentorkit-overlay')).toHaveCount(0);
  });

  test('the shortcut’s lookup is keyboard reachable: focus in, Tab through, Escape gives focus back', async ({
    page,
    serviceWorker,
    webPage,
    invokeAction,
  }) => {
    const url = await openArticle(page, webPage);
    await page.focus('#page-button');
    await selectTextOf(page, '#karens');
    await invokeAction(page);
    const tabId = await tabIdOf(serviceWorker, url);

    await showLookup(serviceWorker, tabId, 'karensavdraget', true);
    await expect.poll(async () => (await popover(serviceWorker, tabId))?.focused).toBe(true);
    expect((await popover(serviceWorker, tabId))?.lemmas).toEqual(['karensavdrag']);
    // The card says which law paragraph its explanation rests on (issue 21).
    expect((await popover(serviceWorker, tabId))?.text).toContain(
      '6 § lagen (1991:1047) om sjuklön',
    );
    // The sjuklön law's text is not kept in the repository yet: no check is claimed.
    expect((await popover(serviceWorker, tabId))?.text).toContain(
      'Explanation not yet checked against the source',
    );

    // Tab moves through the popover's own controls (close, related terms, copy, source).
    await page.keyboard.press('Tab');
    const focusedLabel = () =>
      inContentScriptWorld(
        serviceWorker,
        tabId,
        () => {
          const { chrome } = globalThis as unknown as WithChrome;
          const host = document.querySelector('mentorkit-overlay');
          const root = host && chrome.dom.openOrClosedShadowRoot(host);
          return root?.activeElement?.textContent?.trim() ?? null;
        },
        undefined,
      );
    expect(await focusedLabel()).toBe('Close');
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).not.toBeNull();

    await page.keyboard.press('Escape');
    await expect(page.locator('mentorkit-overlay')).toHaveCount(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-button');
  });

  test('a word not in the glossary says so and offers the closest terms', async ({
    page,
    serviceWorker,
    webPage,
    invokeAction,
  }) => {
    const url = await openArticle(page, webPage);
    await invokeAction(page);
    const tabId = await tabIdOf(serviceWorker, url);

    await showLookup(serviceWorker, tabId, 'kollektivavtl');
    await expect
      .poll(async () => (await popover(serviceWorker, tabId))?.text)
      .toContain('is not in the glossary');
    await clickInPopover(page, serviceWorker, tabId, '.closest button', 'kollektivavtal');
    await expect
      .poll(async () => (await popover(serviceWorker, tabId))?.lemmas)
      .toEqual(['kollektivavtal']);
  });

  test('page text with script payloads is shown as text, never run', async ({
    page,
    serviceWorker,
    webPage,
    invokeAction,
  }) => {
    const payloads = [
      '<img src=x onerror="window.pwned = true">',
      '<script>window.pwned = true</script>',
      '"><svg onload="window.pwned = true">',
    ];
    const escaped = payloads
      .map((payload) => payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
      .map((payload, index) => `<p id="payload-${index}">${payload}</p>`)
      .join('');
    const url = await openArticle(
      page,
      webPage,
      pageWith(`${escaped}<p id="mixed">kollektivavtalet &lt;img src=x onerror=alert(1)&gt;</p>`),
    );
    await invokeAction(page);
    const tabId = await tabIdOf(serviceWorker, url);

    for (const [index, payload] of payloads.entries()) {
      const text = await page.locator(`#payload-${index}`).textContent();
      expect(text).toBe(payload);
      await showLookup(serviceWorker, tabId, text);
      await expect.poll(async () => (await popover(serviceWorker, tabId))?.text).toContain(payload);
      expect((await popover(serviceWorker, tabId))?.elements).toEqual({ img: 0, script: 0 });
    }

    // A term next to a payload: the card for the term, the payload still only text.
    const mixed = await page.locator('#mixed').textContent();
    await showLookup(serviceWorker, tabId, mixed);
    await expect
      .poll(async () => (await popover(serviceWorker, tabId))?.lemmas)
      .toContain('kollektivavtal');
    expect((await popover(serviceWorker, tabId))?.elements).toEqual({ img: 0, script: 0 });
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
  });

  test('a page that styles everything aggressively does not change the popover', async ({
    page,
    serviceWorker,
    webPage,
    invokeAction,
  }) => {
    const aggressive = `<style>
      * { all: unset !important; color: red !important; font-size: 40px !important;
          font-family: serif !important; line-height: 3 !important; }
      html { font-size: 40px !important; }
      mentorkit-overlay, mentorkit-overlay * { display: none !important; }
      section, h2, p, button, dl, dt, dd, ul, li, a, span {
        padding: 50px !important; margin: 30px !important; border: 5px solid lime !important;
        background: yellow !important; width: 10px !important; }
    </style>`;
    const styleOf = async (html: string) => {
      const url = await openArticle(page, webPage, html);
      await invokeAction(page);
      const tabId = await tabIdOf(serviceWorker, url);
      await showLookup(serviceWorker, tabId, 'kollektivavtalet');
      await expect
        .poll(async () => (await popover(serviceWorker, tabId))?.lemmas)
        .toEqual(['kollektivavtal']);
      return inContentScriptWorld(
        serviceWorker,
        tabId,
        () => {
          const { chrome } = globalThis as unknown as WithChrome;
          const host = document.querySelector('mentorkit-overlay');
          const root = host && chrome.dom.openOrClosedShadowRoot(host);
          const pick = (selector: string) => {
            const element = root?.querySelector(selector);
            if (!element) return null;
            const style = getComputedStyle(element);
            const box = element.getBoundingClientRect();
            return {
              width: Math.round(box.width),
              height: Math.round(box.height),
              display: style.display,
              color: style.color,
              background: style.backgroundColor,
              font: `${style.fontSize} ${style.fontFamily} ${style.lineHeight}`,
              padding: style.padding,
              margin: style.margin,
              border: style.borderTopWidth,
            };
          };
          return {
            popover: pick('.popover'),
            lemma: pick('.lemma'),
            explanation: pick('.explanation-sv'),
            copy: pick('.copy'),
            related: pick('.related button'),
          };
        },
        undefined,
      );
    };

    const plain = await styleOf(pageWith(ARTICLE));
    const styled = await styleOf(pageWith(ARTICLE, aggressive));
    expect(plain.popover?.width).toBeGreaterThan(100);
    expect(styled).toEqual(plain);
  });
});

test.describe('glossary search in the popup', () => {
  test('finds a term typed with a typo and shows its card', async ({ context, extensionUrl }) => {
    const popup = await context.newPage();
    await popup.goto(extensionUrl(POPUP_PATH));
    const search = popup.getByRole('searchbox', { name: 'Search the workplace glossary' });
    await search.fill('kolektivavtal');
    const card = popup.locator('.glossary .card').first();
    await expect(card.getByRole('heading', { level: 2 })).toHaveText('kollektivavtal');
    // The quick-log form, ready once the sessions are read, leaves the search its focus and
    // its text (it once took both when the machine was slow).
    await expect(popup.getByRole('combobox', { name: 'Mentee', exact: true })).toHaveValue('');
    await expect(search).toBeFocused();
    await expect(card).toContainText('In plain Swedish');
    await expect(card).toContainText('In English');

    // Related terms open their own card; other matches are one click away.
    await card.getByRole('button', { name: 'fackförbund' }).click();
    await expect(popup.locator('.glossary .card .lemma')).toHaveText('fackförbund');

    await search.fill('zzzzqqq');
    await expect(popup.getByRole('status').filter({ hasText: 'No terms found.' })).toBeVisible();

    await search.fill('OB tillägget');
    await expect(popup.locator('.glossary .card .lemma').first()).toHaveText('OB-tillägg');
    expect(
      (await new AxeBuilder({ page: popup }).include('.glossary').analyze()).violations,
    ).toEqual([]);
  });
});
