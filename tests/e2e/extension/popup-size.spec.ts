// The popup at Chrome's largest popup size, 400 × 600 (issue 18): the glossary's search box and
// the quick-log's Save are on screen without scrolling, in Swedish and in Arabic (rtl), and Save
// stays on screen while the mentor scrolls to the last field.
import type { Locator } from '@playwright/test';
import { expect, test, POPUP_PATH } from '../../support/extension.ts';

const POPUP = { width: 400, height: 600 };

/** The box lies wholly inside the popup's 400 × 600. */
async function expectOnScreen(locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  expect(box, 'no box: not rendered').not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(POPUP.height);
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(POPUP.width);
}

for (const [language, save, search] of [
  ['sv', 'Spara', 'Sök i arbetslivsordlistan'],
  ['ar', 'حفظ', 'ابحث في مسرد مصطلحات العمل'],
] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ chromiumOptions: { args: [`--lang=${language}`] } });

    test(`Save and the glossary search are on screen at 400 × 600 (${language})`, async ({
      context,
      extensionUrl,
    }) => {
      const page = await context.newPage();
      await page.setViewportSize(POPUP);
      await page.goto(extensionUrl(POPUP_PATH));
      const saveButton = page.getByRole('button', { name: save, exact: true });
      const searchBox = page.getByRole('searchbox', { name: search });
      await expect(saveButton).toBeVisible();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await expectOnScreen(searchBox);
      await expectOnScreen(saveButton);
      // The form is longer than the popup: Save stays while the mentor scrolls to its end.
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(
        POPUP.height,
      );
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expectOnScreen(saveButton);
    });
  });
}
