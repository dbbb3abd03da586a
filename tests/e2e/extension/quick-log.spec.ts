import AxeBuilder from '@axe-core/playwright';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test, POPUP_PATH } from '../../support/extension.ts';
import {
  SESSIONS_PATH,
  launchProfile,
  readSessions,
  seedSessions,
  session,
  today,
} from './sessions-helpers.ts';

// Several pages, axe runs and browser restarts per test, on shared machines.
test.describe.configure({ timeout: 90_000 });

/** Presses Tab until `target` has focus (at most 10 times). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 10; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('a mentor logs a session from the popup by keyboard alone, and can undo it', async ({
  context,
  extensionUrl,
}) => {
  const popup = await context.newPage();
  await popup.goto(extensionUrl(POPUP_PATH));
  const mentee = popup.getByLabel('Mentee', { exact: true });
  await expect(mentee).toBeFocused();
  expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);

  // A new mentee: typing an alias creates them.
  await popup.keyboard.type('Amal');
  await expect(popup.getByLabel('Date')).toHaveValue(today());
  // Past the date and the optional start time (each is several fields for the keyboard) to the
  // duration chips, where 60 is checked.
  await tabTo(popup, popup.getByRole('radio', { name: '60 min' }));
  await popup.keyboard.press('ArrowLeft'); // 45
  await expect(popup.getByRole('radio', { name: '45 min' })).toBeChecked();
  await popup.keyboard.press('Tab'); // custom minutes
  await popup.keyboard.press('Tab'); // mode
  await popup.keyboard.press('ArrowDown'); // video
  await expect(popup.getByLabel('How you met')).toHaveValue('video');
  await popup.keyboard.press('Tab'); // first topic chip: CV
  await popup.keyboard.press('Space');
  await expect(popup.getByRole('checkbox', { name: 'CV' })).toBeChecked();
  await popup.keyboard.press('Enter');

  const status = popup.getByTestId('quick-log-status');
  await expect(status).toContainText('Saved: 45 min with Amal.');
  const [saved] = await readSessions(popup);
  expect(saved).toMatchObject({
    menteeAlias: 'Amal',
    date: today(),
    durationMinutes: 45,
    mode: 'video',
    topics: ['cv'],
    notes: '',
    needsAttention: false,
  });
  // Ready for the next one, with the same mentee, duration and mode.
  await expect(mentee).toBeFocused();
  await expect(mentee).toHaveValue('Amal');
  await expect(popup.getByRole('checkbox', { name: 'CV' })).not.toBeChecked();
  expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);

  // Undo sits just before the form.
  await popup.keyboard.press('Shift+Tab');
  await expect(popup.getByRole('button', { name: 'Undo' })).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(status).toHaveText('Undone: the session was removed.');
  expect(await readSessions(popup)).toEqual([]);
});

test('notes take new lines; Ctrl+Enter saves, with the flag and follow-up apart', async ({
  context,
  extensionUrl,
}) => {
  const popup = await context.newPage();
  await popup.goto(extensionUrl(POPUP_PATH));
  await expect(popup.getByLabel('Mentee', { exact: true })).toBeFocused();
  await popup.keyboard.type('Bashir');
  await popup.getByLabel('Needs coordinator attention').check();
  await popup.getByLabel('Follow-up to remember (optional)').fill('Send the CV template');
  await popup.getByRole('radio', { name: '4', exact: true }).check();
  const notes = popup.getByLabel('Notes');
  await notes.focus();
  await popup.keyboard.type('First line');
  await popup.keyboard.press('Enter');
  await popup.keyboard.type('second line');
  await expect(popup.getByTestId('quick-log-status')).toHaveText('');
  await popup.keyboard.press('Control+Enter');
  await expect(popup.getByTestId('quick-log-status')).toContainText('with Bashir');
  expect(await readSessions(popup)).toEqual([
    expect.objectContaining({
      notes: 'First line\nsecond line',
      needsAttention: true,
      followUp: 'Send the CV template',
      rating: 4,
      durationMinutes: 60,
    }),
  ]);
});

test('a routine entry takes at most 5 keystrokes or clicks after opening', async ({
  context,
  extensionUrl,
}) => {
  const setup = await context.newPage();
  await setup.goto(extensionUrl(POPUP_PATH));
  await seedSessions(setup, [
    session({ menteeAlias: 'Bashir', menteeId: 'mentee-bashir', date: '2026-10-01' }),
    session({ durationMinutes: 45, mode: 'video', createdAt: '2026-11-10T09:00:00.000Z' }),
  ]);
  await setup.close();

  const popup = await context.newPage();
  await popup.goto(extensionUrl(POPUP_PATH));
  await expect(popup.getByLabel('Mentee', { exact: true })).toHaveValue('Amal');
  await expect(popup.getByLabel('Mentee', { exact: true })).toBeFocused();

  let actions = 0;
  const click = async (name: string, role: 'checkbox' | 'radio') => {
    actions++;
    await popup.getByRole(role, { name }).click();
  };
  const press = async (key: string) => {
    actions++;
    await popup.keyboard.press(key);
  };
  // The usual: the last mentee, duration and mode; today; one topic.
  await click('Interview', 'checkbox');
  await press('Enter');

  await expect(popup.getByTestId('quick-log-status')).toContainText('Saved: 45 min with Amal.');
  expect(actions).toBeLessThanOrEqual(5);
  const stored = await readSessions(popup);
  expect(stored).toHaveLength(3);
  expect(stored.find((entry) => entry.date === today())).toMatchObject({
    menteeId: 'mentee-amal',
    menteeAlias: 'Amal',
    durationMinutes: 45,
    mode: 'video',
    topics: ['interview'],
  });
  // Recent mentees are offered first.
  expect(
    await popup
      .locator('#ql-mentees option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value)),
  ).toEqual(['Amal', 'Bashir']);
});

test('what the mentor types while the popup opens is kept when the sessions arrive', async ({
  context,
  extensionUrl,
}) => {
  const sessionsPage = await context.newPage();
  await sessionsPage.goto(extensionUrl(SESSIONS_PATH));
  await seedSessions(sessionsPage, [session({ menteeAlias: 'Bashir' })]);
  // Opened by the extension again, so the database is at its current version.
  await sessionsPage.reload();
  await expect(sessionsPage.getByRole('heading', { name: /with Bashir/ })).toBeVisible();

  // This page holds every store in a read-write transaction (kept alive by a chain of
  // requests), so the popup's first read waits until the test lets it go: the popup opens, the
  // mentor types, then the sessions arrive, however fast or slow the machine is.
  await sessionsPage.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('mentorkit');
        open.onerror = () => reject(open.error ?? new Error('could not open'));
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction([...db.objectStoreNames], 'readwrite');
          const store = transaction.objectStore(db.objectStoreNames[0]!);
          const held = globalThis as { releaseDatabase?: boolean };
          const keepAlive = () => {
            if (!held.releaseDatabase) store.count().onsuccess = keepAlive;
          };
          keepAlive();
          resolve();
        };
      }),
  );

  const popup = await context.newPage();
  await popup.goto(extensionUrl(POPUP_PATH));
  const mentee = popup.getByLabel('Mentee', { exact: true });
  await mentee.fill('Amal');
  await popup.getByLabel('Notes', { exact: true }).fill('CV');
  // Nothing has arrived yet: Bashir is not offered.
  await expect(popup.locator('#ql-mentees option')).toHaveCount(0);

  await sessionsPage.evaluate(() => {
    (globalThis as { releaseDatabase?: boolean }).releaseDatabase = true;
  });
  // The sessions arrived (Bashir is offered), and the entry typed is still there: the last
  // mentee logged does not replace it.
  await expect(popup.locator('#ql-mentees option')).toHaveCount(1);
  await expect(mentee).toHaveValue('Amal');
  await expect(popup.getByLabel('Notes', { exact: true })).toHaveValue('CV');
});

test('the popup names what is wrong and keeps the entry', async ({ context, extensionUrl }) => {
  const popup = await context.newPage();
  await popup.goto(extensionUrl(POPUP_PATH));
  await expect(popup.getByLabel('Mentee', { exact: true })).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('alert')).toHaveText(
    'Write the mentee’s alias (at most 100 characters).',
  );
  await expect(popup.getByLabel('Mentee', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await popup.keyboard.type('Amal');
  await popup.getByLabel('Minutes').fill('700');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('alert')).toContainText('whole minutes from 1 to 600');
  await expect(popup.getByLabel('Minutes')).toBeFocused();
  expect(await readSessions(popup)).toEqual([]);
});

test('a logged session survives closing and reopening the browser', async () => {
  const userDataDir = await mkdtemp(join(tmpdir(), 'mentorkit-reopen-'));
  try {
    const first = await launchProfile(userDataDir);
    const popup = await first.context.newPage();
    await popup.goto(first.extensionUrl(POPUP_PATH));
    await expect(popup.getByLabel('Mentee', { exact: true })).toBeFocused();
    await popup.keyboard.type('Amal');
    await popup.getByRole('radio', { name: '30 min' }).check();
    await popup.keyboard.press('Enter');
    await expect(popup.getByTestId('quick-log-status')).toContainText('Saved: 30 min with Amal.');
    await first.context.close();

    const second = await launchProfile(userDataDir);
    const page = await second.context.newPage();
    await page.goto(second.extensionUrl(SESSIONS_PATH));
    await expect(page.locator('.session-list > li')).toHaveCount(1);
    await expect(page.locator('.session-list > li h3')).toContainText('with Amal');
    await expect(page.locator('.session-list > li')).toContainText('30 min');
    await second.context.close();
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
});
