import AxeBuilder from '@axe-core/playwright';
import { expect, test, POPUP_PATH } from '../../support/extension.ts';
import { PINNED_NOW, localDateKey } from '../../support/pinned-clock.ts';
import { SESSIONS_PATH, readSessions, seedSessions, session } from './sessions-helpers.ts';

// Several pages, axe runs and browser restarts per test, on shared machines.
test.describe.configure({ timeout: 90_000 });

/** A day `months` before the pinned today's month (the chart shows the last months). */
const monthsAgo = (months: number, day = 10) => {
  const now = new Date(PINNED_NOW);
  return localDateKey(new Date(now.getFullYear(), now.getMonth() - months, day));
};

/** The newest of the seeded sessions: the one the edit test changes. */
const cvSession = session({
  date: monthsAgo(0, 1),
  durationMinutes: 60,
  topics: ['cv'],
  notes: 'Went through the CV',
});

const seeded = [
  cvSession,
  session({ date: monthsAgo(1), durationMinutes: 90, topics: ['interview'], needsAttention: true }),
  session({
    menteeId: 'mentee-bashir',
    menteeAlias: 'Bashir',
    date: monthsAgo(2),
    durationMinutes: 30,
    mode: 'phone',
    topics: ['network', 'cv'],
    followUp: 'Ask about the union',
  }),
];

test.beforeEach(async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  await page.goto(extensionUrl(SESSIONS_PATH));
  await seedSessions(page, seeded);
  await page.close();
});

test('the log lists sessions by date with filters, totals and a 12-month chart', async ({
  context,
  extensionUrl,
}) => {
  const page = await context.newPage();
  await page.goto(extensionUrl(SESSIONS_PATH));
  await expect(page.getByRole('heading', { level: 1, name: 'Mentoring sessions' })).toBeVisible();
  const items = page.locator('.session-list > li');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('Went through the CV');
  await expect(items.nth(1)).toContainText('Needs coordinator attention');
  await expect(items.nth(2)).toContainText('Follow up: Ask about the union');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const filters = page.getByRole('group', { name: 'Filter the sessions' });
  await filters.getByLabel('Mentee').selectOption({ label: 'Bashir' });
  await expect(items).toHaveCount(1);
  await expect(page.getByText('Showing 1 of 3 sessions.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(items).toHaveCount(3);
  await filters.getByLabel('Topic').selectOption({ label: 'CV' });
  await expect(items).toHaveCount(2);
  await filters.getByLabel('Topic').selectOption({ label: 'All' });
  await filters.getByLabel('Month').selectOption({ index: 2 });
  await expect(items).toHaveCount(1);
  await expect(items).toContainText('90 min');

  const perMentee = page.getByTestId('mentee-totals');
  await expect(perMentee.getByRole('row', { name: /Amal/ })).toContainText('2');
  await expect(perMentee.getByRole('row', { name: /Amal/ })).toContainText('2.5');
  await expect(perMentee.getByRole('row', { name: /Bashir/ })).toContainText('0.5');
  const perMonth = page.getByTestId('month-totals');
  await expect(perMonth.locator('tbody tr')).toHaveCount(12);
  await expect(perMonth.locator('tbody tr').first().locator('td').first()).toHaveText('1');
  await expect(page.locator('svg.chart rect')).toHaveCount(12);
  // Left to right in English: the oldest month first.
  const monthsX = await page
    .locator('svg.chart text')
    .evaluateAll((labels) => labels.map((label) => Number(label.getAttribute('x'))));
  expect(monthsX[0]).toBeLessThan(monthsX[11]!);
});

test('a session is edited, deleted and brought back with undo, by keyboard', async ({
  context,
  extensionUrl,
}) => {
  const page = await context.newPage();
  await page.goto(extensionUrl(SESSIONS_PATH));
  const first = page.locator('.session-list > li').first();
  await expect(first).toContainText('60 min');

  await first.getByRole('button', { name: /^Edit the session/ }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Edit the session' })).toBeVisible();
  await expect(page.getByLabel('Mentee', { exact: true }).first()).toBeFocused();
  await page.getByRole('radio', { name: '90 min' }).check();
  await page.getByLabel('Notes').fill('Went through the CV and the cover letter');
  await page.getByRole('button', { name: 'Save changes' }).press('Enter');
  await expect(page.getByTestId('sessions-status')).toHaveText('Changes saved.');
  await expect(first).toContainText('90 min');
  await expect(first).toContainText('cover letter');
  const edited = (await readSessions(page)).find((entry) => entry.id === cvSession.id);
  expect(edited).toMatchObject({ durationMinutes: 90, createdAt: cvSession.createdAt });
  expect(edited?.updatedAt).not.toBe(cvSession.updatedAt);

  await first.getByRole('button', { name: /^Delete the session/ }).press('Enter');
  await expect(page.getByTestId('sessions-status')).toContainText('Deleted the session with Amal.');
  await expect(page.locator('.session-list > li')).toHaveCount(2);
  expect(await readSessions(page)).toHaveLength(2);
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sessions-status')).toHaveText('The session is back.');
  await expect(page.locator('.session-list > li')).toHaveCount(3);
  expect((await readSessions(page)).find((entry) => entry.id === cvSession.id)).toEqual(edited);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('the popup links to the log, which shows what the popup saved', async ({
  context,
  extensionUrl,
}) => {
  const log = await context.newPage();
  await log.goto(extensionUrl(SESSIONS_PATH));
  await expect(log.locator('.session-list > li')).toHaveCount(3);

  const popup = await context.newPage();
  await popup.goto(extensionUrl(POPUP_PATH));
  await expect(popup.getByLabel('Mentee', { exact: true })).toHaveValue('Amal');
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('quick-log-status')).toContainText('Saved');
  // The open log hears about it and reloads its list.
  await expect(log.locator('.session-list > li')).toHaveCount(4);

  const [opened] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('link', { name: 'All sessions and totals' }).click(),
  ]);
  await expect(opened).toHaveURL(extensionUrl(SESSIONS_PATH));
});

test('the log opened as the context menu opens it (#new) has the form ready', async ({
  context,
  extensionUrl,
  serviceWorker,
}) => {
  // Headless Chromium cannot open a context menu; open the tab the click handler opens
  // (background/quick-log.ts) from the service worker.
  const [opened] = await Promise.all([
    context.waitForEvent('page'),
    serviceWorker.evaluate(
      async (url) => {
        const { chrome } = globalThis as unknown as {
          chrome: { tabs: { create(options: { url: string }): Promise<unknown> } };
        };
        await chrome.tabs.create({ url });
      },
      extensionUrl(`${SESSIONS_PATH}#new`),
    ),
  ]);
  await expect(opened.getByLabel('Mentee', { exact: true }).first()).toBeFocused();
});

test('with 10,000 sessions the popup and the log stay quick (prints the timings)', async ({
  context,
  extensionUrl,
}) => {
  const setup = await context.newPage();
  await setup.goto(extensionUrl(SESSIONS_PATH));
  await seedSessions(
    setup,
    Array.from({ length: 10_000 }, (_, i) =>
      session({
        id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
        menteeId: `mentee-${i % 40}`,
        menteeAlias: `Mentee ${i % 40}`,
        date: new Date(Date.UTC(2025, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10),
        notes: i % 3 ? `Talked about the CV, "the letter"; next time ${i}` : '',
      }),
    ),
  );
  await setup.close();
  // The first open after an update upgrades the database, which builds the popup's summaries
  // from every session (once; its time is not the popup's): done before the timing.
  const upgrade = await context.newPage();
  await upgrade.goto(extensionUrl(POPUP_PATH));
  await expect(upgrade.getByLabel('Mentee', { exact: true })).not.toHaveValue('', {
    timeout: 60_000,
  });
  await upgrade.close();

  const popup = await context.newPage();
  let started = Date.now();
  await popup.goto(extensionUrl(POPUP_PATH));
  await expect(popup.getByLabel('Mentee', { exact: true })).toBeFocused();
  await expect(popup.getByLabel('Mentee', { exact: true })).not.toHaveValue('');
  const popupMs = Date.now() - started;

  const log = await context.newPage();
  started = Date.now();
  await log.goto(extensionUrl(SESSIONS_PATH));
  await expect(log.getByText('Showing 10003 of 10003 sessions.')).toBeVisible({
    timeout: 20_000,
  });
  await expect(log.getByTestId('month-totals').locator('tbody tr')).toHaveCount(12);
  const logMs = Date.now() - started;
  // A figure for people to read (wall time in the test runner), never asserted: the machines
  // running this are shared and noisy.
  console.log(
    `10,000 sessions: popup interactive in ${popupMs} ms; log page listed and totalled in ${logMs} ms`,
  );
});
