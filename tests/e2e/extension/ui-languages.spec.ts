// The extension's pages in the browser's UI language. `--lang` picks the extension's catalogue
// in headless Chromium on Linux (LANG/LANGUAGE in the environment do not). Such a Chromium may
// have no resources of its own for the language (Debian's chromium has only en-US.pak without
// chromium-l10n), so getUILanguage() and @@bidi_dir stay en-US/ltr: the pages take lang and dir
// from the catalogue (extension/src/shared/i18n.ts), which these tests check.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, OPTIONS_PATH, POPUP_PATH } from '../../support/extension.ts';
import { SESSIONS_PATH } from './sessions-helpers.ts';

/** The html element's lang and dir, and the direction main is laid out in. */
async function expectDirection(page: Page, lang: RegExp, dir: 'ltr' | 'rtl'): Promise<void> {
  const root = page.locator('html');
  await expect(root).toHaveAttribute('lang', lang);
  await expect(root).toHaveAttribute('dir', dir);
  await expect(page.locator('main')).toHaveCSS('direction', dir);
}

/** The x of the first two chips of a chip group: in rtl the first is to the right. */
async function firstTwoChipsX(page: Page, group: string): Promise<[number, number]> {
  const chips = page.getByRole('group', { name: group }).locator('.chip');
  const first = await chips.nth(0).boundingBox();
  const second = await chips.nth(1).boundingBox();
  if (!first || !second) throw new Error(`The chips of “${group}” are not laid out`);
  return [first.x, second.x];
}

test.describe('in Arabic (--lang=ar)', () => {
  test.use({ chromiumOptions: { args: ['--lang=ar'] } });

  test('the popup is in Arabic, right to left, and passes axe', async ({
    context,
    extensionUrl,
  }) => {
    const popup = await context.newPage();
    await popup.goto(extensionUrl(POPUP_PATH));

    await expectDirection(popup, /^ar/, 'rtl');
    await expect(popup.getByRole('form', { name: 'تسجيل جلسة' })).toBeVisible();
    await expect(popup.getByRole('link', { name: 'الإعدادات' })).toBeVisible();
    await expect(popup.getByLabel('المتدرّب', { exact: true })).toBeVisible();
    const [first, second] = await firstTwoChipsX(popup, 'المواضيع');
    expect(first).toBeGreaterThan(second);
    expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
  });

  test('the options page is in Arabic, right to left, and passes axe', async ({
    context,
    extensionUrl,
  }) => {
    const options = await context.newPage();
    await options.goto(extensionUrl(OPTIONS_PATH));

    await expectDirection(options, /^ar/, 'rtl');
    await expect(options).toHaveTitle('إعدادات Mentorkit');
    await expect(
      options.getByRole('heading', { level: 1, name: 'إعدادات Mentorkit' }),
    ).toBeVisible();
    await expect(options.getByLabel('لغة المتدرّب الجديد')).toBeVisible();
    // The languages keep their own names and direction whatever the UI language.
    await expect(
      options
        .getByRole('group', { name: 'اللغات التي تتحدثها' })
        .getByRole('checkbox', { name: 'Українська' }),
    ).toBeVisible();
    expect((await new AxeBuilder({ page: options }).analyze()).violations).toEqual([]);
  });

  test('the sessions page is in Arabic, right to left, and passes axe', async ({
    context,
    extensionUrl,
  }) => {
    const sessions = await context.newPage();
    await sessions.goto(extensionUrl(SESSIONS_PATH));

    await expectDirection(sessions, /^ar/, 'rtl');
    await expect(sessions).toHaveTitle('جلسات الإرشاد');
    await expect(sessions.getByRole('heading', { name: 'المجاميع' })).toBeVisible();
    // The monthly chart runs in the reading direction: the oldest month rightmost.
    const monthsX = await sessions
      .locator('svg.chart text')
      .evaluateAll((labels) => labels.map((label) => Number(label.getAttribute('x'))));
    expect(monthsX).toHaveLength(12);
    expect(monthsX[0]).toBeGreaterThan(monthsX[11]!);
    expect((await new AxeBuilder({ page: sessions }).analyze()).violations).toEqual([]);
  });
});

// The other catalogues: the popup's form in the language, laid out in its direction.
const OTHER_LANGUAGES = [
  { tag: 'fa', name: 'Persian', dir: 'rtl', form: 'ثبت جلسه', topics: 'موضوع\u200cها' },
  { tag: 'uk', name: 'Ukrainian', dir: 'ltr', form: 'Записати зустріч', topics: 'Теми' },
] as const;

for (const { tag, name, dir, form, topics } of OTHER_LANGUAGES) {
  test.describe(`in ${name} (--lang=${tag})`, () => {
    test.use({ chromiumOptions: { args: [`--lang=${tag}`] } });

    test(`the popup is in ${name}, ${dir}, and passes axe`, async ({ context, extensionUrl }) => {
      const popup = await context.newPage();
      await popup.goto(extensionUrl(POPUP_PATH));

      await expectDirection(popup, new RegExp(`^${tag}`), dir);
      await expect(popup.getByRole('form', { name: form })).toBeVisible();
      const [first, second] = await firstTwoChipsX(popup, topics);
      expect(first > second).toBe(dir === 'rtl');
      expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
    });
  });
}
