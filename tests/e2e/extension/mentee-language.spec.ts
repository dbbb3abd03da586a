// Each mentee has their own language (issue 18), in Chromium with the built extension: the log a
// version-1 build left, with the one language the settings had, is upgraded so that every mentee
// keeps it; the quick-log shows and sets the mentee's language, each named in the UI's language
// with its own name beside it; the popup's term card explains in the quick-log's mentee's
// language and offers the others of the mentor's mentees, by keyboard. In English (ltr) and in
// Arabic (rtl), with axe.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test, POPUP_PATH, type WithChrome } from '../../support/extension.ts';
import { readStore, seedSessions, session } from './sessions-helpers.ts';

test.describe.configure({ timeout: 90_000 });

/** Settings as the build before per-mentee languages left them: one language for all. */
async function storeOneLanguage(worker: Worker, menteeLanguage: string): Promise<void> {
  await worker.evaluate(async (language) => {
    const { chrome } = globalThis as unknown as WithChrome;
    await chrome.storage.local.set({
      settings: { version: 2, menteeLanguage: language, mentorLanguages: [] },
    });
  }, menteeLanguage);
}

/** Each mentee's language as the extension keeps it (IndexedDB, read from one of its pages). */
async function storedLanguages(page: Page): Promise<Record<string, unknown>> {
  const records = (await readStore(page, 'mentee-languages')) as {
    menteeId: string;
    language: unknown;
  }[];
  return Object.fromEntries(records.map((record) => [record.menteeId, record.language]));
}

/** Amal met last, then Bashir: a log from before per-mentee languages. */
async function seedTwoMentees(page: Page): Promise<void> {
  await seedSessions(page, [
    session({
      menteeId: 'mentee-bashir',
      menteeAlias: 'Bashir',
      date: '2026-11-10',
      createdAt: '2026-11-10T10:00:00.000Z',
      updatedAt: '2026-11-10T10:00:00.000Z',
    }),
    session({
      menteeId: 'mentee-amal',
      menteeAlias: 'Amal',
      date: '2026-11-20',
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
    }),
  ]);
}

/**
 * The popup opened on the log an earlier build left (two mentees, one language for both in the
 * settings), which it upgrades as it opens.
 */
async function popupAfterUpdate(
  context: BrowserContext,
  popupUrl: string,
  worker: Worker,
  oneLanguage: string,
): Promise<Page> {
  await storeOneLanguage(worker, oneLanguage);
  const seeder = await context.newPage();
  await seeder.goto(popupUrl);
  await seedTwoMentees(seeder);
  await seeder.close();
  const popup = await context.newPage();
  await popup.goto(popupUrl);
  return popup;
}

const isolated = (endonym: string) => `\u2068${endonym}\u2069`;

test('each mentee keeps the one language after the update, and the term card explains in the quick-log mentee’s', async ({
  context,
  extensionUrl,
  serviceWorker,
}) => {
  const popup = await popupAfterUpdate(context, extensionUrl(POPUP_PATH), serviceWorker, 'fa');
  // The upgrade (version 1 → today's) gave both mentees the settings' language.
  const mentee = popup.getByLabel('Mentee', { exact: true });
  const language = popup.getByLabel('Mentee’s language');
  await expect(mentee).toHaveValue('Amal');
  await expect(language).toHaveValue('fa');
  expect(await storedLanguages(popup)).toEqual({ 'mentee-amal': 'fa', 'mentee-bashir': 'fa' });
  // Named in English with their own names beside them: a mentor tells Dari from Persian.
  await expect(language.locator('option[value="prs"]')).toHaveText(`Dari (${isolated('دری')})`);
  await expect(language.locator('option[value="fa"]')).toHaveText(`Persian (${isolated('فارسی')})`);
  expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);

  // Bashir reads Dari: chosen with the keyboard while logging a session with him.
  await mentee.fill('Bashir');
  await language.focus();
  await language.selectOption('prs');
  await expect(language).toHaveValue('prs');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(popup.getByTestId('quick-log-status')).toContainText('with Bashir');
  expect(await storedLanguages(popup)).toEqual({ 'mentee-amal': 'fa', 'mentee-bashir': 'prs' });
  // The next entry starts from Bashir, in his language.
  await expect(mentee).toHaveValue('Bashir');
  await expect(language).toHaveValue('prs');

  // The glossary's card explains in Bashir's language, and offers Amal's.
  await popup.getByLabel('Search the workplace glossary').fill('kollektivavtal');
  const card = popup.locator('#glossary-results .card');
  await expect(card.locator('.mentee p[lang]')).toHaveAttribute('lang', 'prs');
  await expect(card.locator('.mentee p[lang]')).toHaveAttribute('dir', 'rtl');
  await expect(card.locator('dt', { hasText: 'Dari' })).toHaveText(
    `In your mentee’s language: Dari (${isolated('دری')})`,
  );
  const chooser = card.getByLabel('Explain for the mentee in');
  await expect(chooser).toHaveValue('prs');
  await expect(chooser.locator('option')).toHaveText([
    `Dari (${isolated('دری')})`,
    `Persian (${isolated('فارسی')})`,
  ]);
  expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);

  // By keyboard: the next language, and focus stays on the chooser of the card drawn again.
  await chooser.focus();
  await popup.keyboard.press('ArrowDown');
  await expect(card.locator('.mentee p[lang]')).toHaveAttribute('lang', 'fa');
  await expect(chooser).toHaveValue('fa');
  await expect(chooser).toBeFocused();

  // Another mentee in the quick-log: the card follows their language.
  await mentee.fill('Amal');
  await expect(language).toHaveValue('fa');
  await language.selectOption('prs');
  await expect(card.locator('.mentee p[lang]')).toHaveAttribute('lang', 'prs');
});

test('a lookup without a mentee chosen explains in the language of the mentee met last', async ({
  context,
  extensionUrl,
  serviceWorker,
}) => {
  await storeOneLanguage(serviceWorker, 'ti');
  const page = await context.newPage();
  await page.goto(extensionUrl(POPUP_PATH));
  await seedTwoMentees(page);
  type Answer = {
    data: {
      language: string;
      languages: string[];
      entries: { mentee?: { language: string } }[];
    };
  };
  const lookUp = (language?: string) =>
    page.evaluate(async (asked): Promise<Answer> => {
      const answer: unknown = await (
        globalThis as unknown as WithChrome
      ).chrome.runtime.sendMessage({
        type: 'lookup-term',
        text: 'kollektivavtal',
        ...(asked === undefined ? {} : { language: asked }),
      });
      return answer as Answer;
    }, language);
  // The page popover asks without a language: Amal, met last, reads Tigrinya (the upgrade's).
  const answer = await lookUp();
  expect(answer.data.language).toBe('ti');
  expect(answer.data.languages).toEqual(['ti']);
  expect(answer.data.entries[0]?.mentee?.language).toBe('ti');
  // A language asked for is the card's, whatever the mentees read.
  expect((await lookUp('ar')).data.entries[0]?.mentee?.language).toBe('ar');
});

test.describe('in Arabic (--lang=ar)', () => {
  test.use({ chromiumOptions: { args: ['--lang=ar'] } });

  test('the languages are named in Arabic beside their own names, the card right to left, and axe passes', async ({
    context,
    extensionUrl,
    serviceWorker,
  }) => {
    const popup = await popupAfterUpdate(context, extensionUrl(POPUP_PATH), serviceWorker, 'so');
    await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
    const language = popup.getByLabel('لغة المتدرّب');
    await expect(language).toHaveValue('so');
    await expect(language.locator('option[value="so"]')).toHaveText(
      `الصومالية (${isolated('Soomaali')})`,
    );
    await expect(language.locator('option[value="prs"]')).toHaveText(
      `الدارية (${isolated('دری')})`,
    );
    // Bashir reads Ukrainian from now on.
    await popup.getByLabel('المتدرّب', { exact: true }).fill('Bashir');
    await language.selectOption('uk');
    await popup.getByRole('button', { name: 'حفظ', exact: true }).click();
    await expect(popup.getByTestId('quick-log-status')).toContainText('Bashir');

    await popup.locator('#glossary-search').fill('kollektivavtal');
    const card = popup.locator('#glossary-results .card');
    await expect(card.locator('.mentee p[lang]')).toHaveAttribute('lang', 'uk');
    const chooser = card.locator('.language-choice select');
    await expect(chooser.locator('option')).toHaveText([
      `الأوكرانية (${isolated('Українська')})`,
      `الصومالية (${isolated('Soomaali')})`,
    ]);
    await expect(chooser).toHaveCSS('direction', 'rtl');
    expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
  });
});
