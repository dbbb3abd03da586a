// The popup reads summaries kept beside the sessions (extension/src/storage/summary.ts) instead
// of every session: what it shows (the mentees, the form started from the session logged last,
// the backup reminder) must follow every change made elsewhere, in the real extension, starting
// from a database that a version-1 build left (seedSessions), which the extension upgrades.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { expect, test, OPTIONS_PATH, POPUP_PATH } from '../../support/extension.ts';
import { sessionsToJson } from '../../../extension/src/features/backup/json-backup.ts';
import { SESSIONS_PATH, seedSessions, session } from './sessions-helpers.ts';

test.describe.configure({ timeout: 90_000 });

/** Opens the popup and returns what it shows once its form is filled. */
async function popupShows(context: BrowserContext, url: string) {
  const popup = await context.newPage();
  await popup.goto(url);
  const mentee = popup.getByLabel('Mentee', { exact: true });
  await expect(mentee).not.toHaveValue('');
  const shown = {
    mentee: await mentee.inputValue(),
    mentees: await popup
      .locator('#ql-mentees option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value)),
    reminder: (await popup.getByTestId('backup-reminder').count())
      ? await popup.getByTestId('backup-reminder').innerText()
      : '',
  };
  await popup.close();
  return shown;
}

const logged = (day: string) => ({
  createdAt: `${day}T10:00:00.000Z`,
  updatedAt: `${day}T10:00:00.000Z`,
});

test('the popup shows what a delete, an import and a restore changed, after the upgrade', async ({
  context,
  extensionUrl,
}) => {
  const popupUrl = extensionUrl(POPUP_PATH);
  const log = await context.newPage();
  await log.goto(extensionUrl(SESSIONS_PATH));
  const amal = session({
    menteeId: 'mentee-amal',
    menteeAlias: 'Amal',
    date: '2026-10-01',
    ...logged('2026-10-01'),
  });
  await seedSessions(log, [
    amal,
    session({
      menteeId: 'mentee-bashir',
      menteeAlias: 'Bashir',
      date: '2026-09-15',
      durationMinutes: 90,
      ...logged('2026-10-02'),
    }),
  ]);

  // Upgraded on first open: Bashir's was logged last; Amal was met last; both need a backup.
  expect(await popupShows(context, popupUrl)).toEqual({
    mentee: 'Bashir',
    mentees: ['Amal', 'Bashir'],
    reminder: expect.stringContaining('not yet in a backup: 2.') as unknown as string,
  });

  await log.reload();
  const bashirs = log.locator('.session-list > li').filter({ hasText: 'Bashir' });
  await bashirs.getByRole('button', { name: /^Delete the session/ }).click();
  await expect(log.getByTestId('sessions-status')).toContainText(
    'Deleted the session with Bashir.',
  );
  expect(await popupShows(context, popupUrl)).toEqual({
    mentee: 'Amal',
    mentees: ['Amal'],
    reminder: expect.stringContaining('not yet in a backup: 1.') as unknown as string,
  });

  // An import (merge): Amal renamed in her session, and a new mentee logged since.
  const directory = await mkdtemp(join(tmpdir(), 'mentorkit-popup-summary-'));
  try {
    const file = join(directory, 'backup.json');
    const carin = session({
      menteeId: 'mentee-carin',
      menteeAlias: 'Carin',
      date: '2026-11-20',
      ...logged('2026-11-20'),
    });
    await writeFile(
      file,
      sessionsToJson(
        [{ ...amal, menteeAlias: 'Amal K', updatedAt: '2026-11-21T09:00:00.000Z' }, carin] as never,
        '2026-11-21T10:00:00.000Z',
      ),
    );
    const options = await context.newPage();
    await options.goto(extensionUrl(OPTIONS_PATH));
    await options.getByLabel('Choose a CSV file or a JSON backup').setInputFiles(file);
    await expect(options.getByTestId('import-preview')).toBeVisible();
    await options.getByRole('radio', { name: /^Merge/ }).check();
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(options.getByTestId('data-status')).toContainText('Sessions imported');
    const afterImport = {
      mentee: 'Carin',
      mentees: ['Carin', 'Amal K'],
      reminder: expect.stringContaining('not yet in a backup: 1.') as unknown as string,
    };
    expect(await popupShows(context, popupUrl)).toEqual(afterImport);

    // Delete everything: the popup starts empty; Undo restores it: the popup as before.
    await options.getByLabel('Type DELETE to delete every session').fill('DELETE');
    await options.getByRole('button', { name: 'Delete every session' }).click();
    await expect(options.getByTestId('data-status')).toContainText('Sessions deleted: 2.');
    const empty = await context.newPage();
    await empty.goto(popupUrl);
    await expect(empty.getByLabel('Mentee', { exact: true })).toBeFocused();
    await expect(empty.getByLabel('Mentee', { exact: true })).toHaveValue('');
    await expect(empty.locator('#ql-mentees option')).toHaveCount(0);
    await expect(empty.getByTestId('backup-reminder')).toHaveCount(0);
    await empty.close();
    await options.getByTestId('data-status').getByRole('button', { name: 'Undo' }).click();
    await expect(options.getByTestId('data-status')).toHaveText(
      'Undone: your sessions are as they were.',
    );
    expect(await popupShows(context, popupUrl)).toEqual(afterImport);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});
