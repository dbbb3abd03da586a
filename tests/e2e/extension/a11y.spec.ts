// Issue 24: the extension's pages beyond axe. Every interactive element of the popup, the
// options page and the sessions page at least 24 × 24 CSS pixels; every text readable in forced
// colours; axe dark on the real dark canvas (support/a11y-checks.ts, the widgets' checks); the
// chips' states told apart in forced colours; text at the size the pages ask for; no overflow at
// 320 px with text spacing; live regions that hold what a screen reader says after each action.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import {
  expect,
  test,
  OPTIONS_PATH,
  POPUP_PATH,
  type WithChrome,
} from '../../support/extension.ts';
import { extensionPagePasses } from '../../support/a11y-checks.ts';
import { SESSIONS_PATH, seedSessions, session, type StoredSession } from './sessions-helpers.ts';

test.describe.configure({ timeout: 90_000 });

/** A live region is heard when its text changes only if it was in the accessibility tree before. */
async function expectLiveRegionInTree(region: Locator): Promise<void> {
  await expect(region).toBeAttached();
  expect(await region.evaluate((el) => getComputedStyle(el).display)).not.toBe('none');
  expect(await region.evaluate((el) => el.checkVisibility())).toBe(true);
}

/** Elements wider than the viewport or sticking out of it, as "tag#id: right edge". */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((el) => {
        const rect = el.getBoundingClientRect();
        return rect.width > 0 && (rect.right > width + 0.5 || rect.left < -0.5);
      })
      .map(
        (el) => `${el.localName}${el.id ? `#${el.id}` : ''}: ${el.getBoundingClientRect().right}`,
      );
  });
}

/** The sessions page with `sessions` stored, as an earlier visit left them. */
async function sessionsPageWith(
  context: BrowserContext,
  extensionUrl: (path: string) => string,
  sessions: StoredSession[],
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(extensionUrl(SESSIONS_PATH));
  await seedSessions(page, sessions);
  await page.reload();
  return page;
}

/** WCAG 1.4.12's text spacing, as a bookmarklet sets it. */
async function applyTextSpacing(page: Page): Promise<void> {
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`;
    document.head.append(style);
  });
}

test('the popup: targets, forced colours and dark, with a saved session and a search result', async ({
  context,
  extensionUrl,
}) => {
  const popup = await context.newPage();
  await popup.goto(extensionUrl(POPUP_PATH));
  const mentee = popup.getByLabel('Mentee', { exact: true });
  await expect(mentee).toBeFocused();
  // Chrome gives extension pages `body { font-size: 75% }`: 11.25 px text unless overridden.
  expect(await mentee.evaluate((el) => getComputedStyle(el).fontSize)).toBe('15px');
  expect(
    await popup
      .getByText('Topics', { exact: true })
      .evaluate((el) => getComputedStyle(el).fontSize),
  ).toBe('15px');

  await mentee.fill('Amal');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByTestId('quick-log-status')).toContainText('Saved');
  await popup.getByLabel('Search the workplace glossary').fill('kollektivavtal');
  await expect(popup.getByRole('button', { name: 'fackförbund' })).toBeVisible();

  await extensionPagePasses(popup);
});

test('the chips show checked and unchecked apart in forced colours, with the real input', async ({
  context,
  extensionUrl,
}) => {
  const popup = await context.newPage();
  await popup.goto(extensionUrl(POPUP_PATH));
  await popup.getByRole('checkbox', { name: 'CV' }).check();
  await popup.emulateMedia({ forcedColors: 'active' });

  const look = (name: string) =>
    popup.locator('label.chip', { hasText: name }).evaluate((chip) => {
      const input = chip.querySelector('input')!;
      const style = getComputedStyle(chip);
      const rect = input.getBoundingClientRect();
      return {
        checked: input.checked,
        chip: `${style.backgroundColor} ${style.color} ${style.borderColor} ${style.borderWidth}`,
        input: { opacity: getComputedStyle(input).opacity, width: rect.width, height: rect.height },
      };
    });
  const cv = await look('CV');
  const interview = await look('Interview');
  expect([cv.checked, interview.checked]).toEqual([true, false]);
  // The state shows twice over: the chip is painted differently, and the input itself shows.
  expect(cv.chip).not.toBe(interview.chip);
  for (const { input } of [cv, interview]) {
    expect(input.opacity).toBe('1');
    expect(input.width).toBeGreaterThanOrEqual(12);
    expect(input.height).toBeGreaterThanOrEqual(12);
  }
});

test('the options page: targets, forced colours, dark, and no overflow at 320 px with text spacing', async ({
  context,
  extensionUrl,
  serviceWorker,
}) => {
  // A site turned on, so that the sites list and its controls are there too.
  await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WithChrome;
    await chrome.storage.local.set({
      sites: { version: 1, sites: [{ origin: 'http://127.0.0.1', highlight: true }] },
    });
  });
  const options = await context.newPage();
  await options.goto(extensionUrl(OPTIONS_PATH));
  await expect(options.getByRole('group', { name: 'Languages you speak' })).toBeVisible();
  await expect(options.getByText('127.0.0.1').first()).toBeVisible();
  await extensionPagePasses(options);

  await options.setViewportSize({ width: 320, height: 800 });
  await applyTextSpacing(options);
  expect(await overflowing(options)).toEqual([]);
});

test('the sessions page: targets, forced colours and dark, with sessions listed and one edited', async ({
  context,
  extensionUrl,
}) => {
  const page = await sessionsPageWith(context, extensionUrl, [session()]);
  const edit = page.getByRole('button', { name: /^Edit/ });
  await expect(edit).toBeVisible();
  await extensionPagePasses(page);
  await edit.click();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await extensionPagePasses(page);
});

test('Cancel while editing a session gives focus back to its Edit button', async ({
  context,
  extensionUrl,
}) => {
  const page = await sessionsPageWith(context, extensionUrl, [session()]);
  const edit = page.locator('[id^="edit-"]').first();
  await edit.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Mentee', { exact: true })).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await expect(edit).toBeFocused();
});

test('what a screen reader hears: the quick-log status, its error and the glossary results', async ({
  context,
  extensionUrl,
}) => {
  const popup = await context.newPage();
  await popup.goto(extensionUrl(POPUP_PATH));
  const status = popup.getByTestId('quick-log-status');
  await expectLiveRegionInTree(status);
  await expect(status).toHaveText('');

  // The error is the field's description, and the field is invalid: heard on focus as well.
  const mentee = popup.getByLabel('Mentee', { exact: true });
  await mentee.fill('');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(mentee).toBeFocused();
  await expect(mentee).toHaveAttribute('aria-invalid', 'true');
  await expect(mentee).toHaveAccessibleDescription(
    /^Write the mentee’s alias \(at most 100 characters\)\./,
  );
  await expect(popup.getByRole('alert')).toHaveText(
    'Write the mentee’s alias (at most 100 characters).',
  );

  await mentee.fill('Amal');
  await popup.keyboard.press('Enter');
  await expect(status).toHaveText(/^Saved: 60 min with Amal\.\s*Undo\s*$/);
  await expect(mentee).toHaveAttribute('aria-invalid', 'false');
  await expect(mentee).toHaveAccessibleDescription(/^Recent mentees are suggested first/);

  // Glossary search: the live region says how many terms and which one is shown.
  const searchStatus = popup.getByTestId('glossary-search-status');
  await expectLiveRegionInTree(searchStatus);
  await popup.getByLabel('Search the workplace glossary').fill('kollektivavtal');
  await expect(searchStatus).toHaveText(/^Terms found: \d+\. Showing: kollektivavtal\.$/);
  await popup.getByLabel('Search the workplace glossary').fill('qqqqzzzz');
  await expect(searchStatus).toHaveText('No terms found.');
});

test('what a screen reader hears on the sessions page: the count follows the filters', async ({
  context,
  extensionUrl,
}) => {
  const page = await context.newPage();
  await page.goto(extensionUrl(SESSIONS_PATH));
  const count = page.getByTestId('sessions-count');
  await expectLiveRegionInTree(count);
  await expect(count).toHaveText('No sessions yet. Log your first one with the form.');
  await seedSessions(page, [session({ topics: ['cv'] }), session({ topics: ['interview'] })]);
  await page.reload();
  await expectLiveRegionInTree(count);
  await expect(count).toHaveText('Showing 2 of 2 sessions.');
  await page.getByLabel('Topic').selectOption('cv');
  await expect(count).toHaveText('Showing 1 of 2 sessions.');
  await page.getByLabel('Topic').selectOption('network');
  await expect(count).toHaveText('No session matches these filters.');
});
