import AxeBuilder from '@axe-core/playwright';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, OPTIONS_PATH, POPUP_PATH } from '../../support/extension.ts';
import {
  SESSIONS_PATH,
  launchProfile,
  readSessions,
  seedSessions,
  session,
} from './sessions-helpers.ts';

// Several pages, axe runs and browser restarts per test, on shared machines.
test.describe.configure({ timeout: 90_000 });

const awkward = [
  session({ notes: 'Sa "hej", sen; gick vi\nvidare till CV:t', menteeAlias: '=Amal' }),
  session({
    menteeId: 'mentee-bashir',
    menteeAlias: 'Bashir Ö',
    date: '2026-10-01',
    startTime: '08:30',
    durationMinutes: 90,
    mode: 'workplace-visit',
    topics: ['degree-validation', 'language', 'other'],
    notes: "'citat' och – tankstreck, العربية",
    rating: 5,
    needsAttention: true,
    followUp: '+46 kontakta facket',
  }),
  session({ date: '2025-12-24', topics: [], notes: '   ' }),
];

async function exportFile(page: Page, button: string, directory: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = join(directory, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

async function importFile(page: Page, path: string, mode: 'Merge' | 'Replace' = 'Merge') {
  await page.getByLabel('Choose a CSV file or a JSON backup').setInputFiles(path);
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await page.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('data-status')).toContainText('Sessions imported');
}

test('CSV and JSON exports import into a fresh profile unchanged', async ({
  context,
  extensionUrl,
}) => {
  const directory = await mkdtemp(join(tmpdir(), 'mentorkit-backup-'));
  try {
    const log = await context.newPage();
    await log.goto(extensionUrl(SESSIONS_PATH));
    await seedSessions(log, awkward);
    const original = await readSessions(log);

    const options = await context.newPage();
    await options.goto(extensionUrl(OPTIONS_PATH));
    await expect(options.getByRole('heading', { name: 'Your data' })).toBeVisible();
    expect((await new AxeBuilder({ page: options }).analyze()).violations).toEqual([]);
    const csv = await exportFile(options, 'Export CSV', directory);
    await expect(options.getByTestId('data-status')).toHaveText('Sessions exported: 3.');
    const json = await exportFile(options, 'Download a JSON backup', directory);
    expect(csv).toMatch(/mentorkit-sessions-\d{4}-\d\d-\d\d\.csv$/);

    const csvBytes = await readFile(csv);
    expect(csvBytes.subarray(0, 3).toString('hex')).not.toBe('efbbbf');
    expect(csvBytes.toString('utf8').split('\r\n')[0]).toMatch(/^id,menteeId,menteeAlias,/);
    expect(JSON.parse(await readFile(json, 'utf8'))).toMatchObject({
      format: 'mentorkit-sessions',
      formatVersion: 1,
    });

    const fresh = await launchProfile(join(directory, 'profile'));
    try {
      const page = await fresh.context.newPage();
      await page.goto(fresh.extensionUrl(OPTIONS_PATH));
      for (const file of [json, csv]) {
        await importFile(page, file, 'Replace');
        expect(await readSessions(page)).toEqual(original);
      }
      // Merging the same file again changes nothing.
      await page.getByLabel('Choose a CSV file or a JSON backup').setInputFiles(json);
      await expect(page.getByTestId('import-preview')).toContainText(
        '3 sessions: 0 new, 0 changed, 3 unchanged',
      );
    } finally {
      await fresh.context.close();
    }
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});

test.describe('the table for Excel, for a Swedish mentor (--lang=sv)', () => {
  test.use({ chromiumOptions: { args: ['--lang=sv'] } });

  test('has Swedish headers and values, notes only when ticked, and is not imported back', async ({
    context,
    extensionUrl,
  }) => {
    const directory = await mkdtemp(join(tmpdir(), 'mentorkit-table-'));
    try {
      const options = await context.newPage();
      await options.goto(extensionUrl(OPTIONS_PATH));
      await seedSessions(options, awkward);
      const before = await readSessions(options);
      await expect(options.getByRole('heading', { name: 'Dina data' })).toBeVisible();

      const plain = await exportFile(options, 'Exportera en tabell för Excel', directory);
      expect(plain).toMatch(/-excel\.csv$/);
      const bytes = await readFile(plain);
      expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
      const [header, ...rows] = bytes.toString('utf8').slice(1).split('\r\n');
      expect(header).toMatch(/^Datum;Starttid;Minuter;Adept;/);
      expect(header).not.toContain('Anteckningar');
      // Bashir's visit, in words: the mode, the topics, "Ja" for needs attention.
      const bashir = rows.find((row) => row.includes('Bashir Ö')) ?? '';
      expect(bashir).toContain('2026-10-01;08:30;90;Bashir Ö;');
      expect(bashir).not.toContain('workplace-visit');
      expect(bashir).toContain(';Ja;');
      expect(bytes.toString('utf8')).not.toContain('tankstreck');

      await options.getByRole('checkbox', { name: 'Ta med mina anteckningar i tabellen' }).check();
      const withNotes = await exportFile(options, 'Exportera en tabell för Excel', directory);
      const text = await readFile(withNotes, 'utf8');
      expect(text.split('\r\n')[0]).toMatch(/;Anteckningar$/);
      expect(text).toContain("'citat' och – tankstreck, العربية");

      // For reading, not for restoring: the import says so, and nothing changes.
      await options
        .getByLabel('Välj en CSV-fil eller en JSON-säkerhetskopia')
        .setInputFiles(withNotes);
      await expect(options.getByTestId('import-errors')).toContainText(
        'det här är ingen CSV-export av träffar',
      );
      expect(await readSessions(options)).toEqual(before);
      expect((await new AxeBuilder({ page: options }).analyze()).violations).toEqual([]);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});

test('a broken file changes nothing and names its bad lines', async ({ context, extensionUrl }) => {
  const directory = await mkdtemp(join(tmpdir(), 'mentorkit-broken-'));
  try {
    const options = await context.newPage();
    await options.goto(extensionUrl(OPTIONS_PATH));
    await seedSessions(options, awkward);
    const before = await readSessions(options);

    const csv = await exportFile(options, 'Export CSV', directory);
    // Line 1 is the header; the first session spans lines 2-3 (its notes hold a new line, which
    // split('\r\n') keeps inside one element), the second is on line 4.
    const lines = (await readFile(csv, 'utf8'))
      .split('\r\n')
      .map((line, index) =>
        index === 1
          ? line.replace(',video,', ',teleport,')
          : index === 2
            ? line.replace(',2026-10-01,', ',2026-10-32,')
            : line,
      );
    const broken = join(directory, 'broken.csv');
    await writeFile(broken, lines.join('\r\n'));

    await options.getByLabel('Choose a CSV file or a JSON backup').setInputFiles(broken);
    const errors = options.getByTestId('import-errors').getByRole('listitem');
    await expect(errors).toHaveText([
      'Line 2: “mode” is missing or not valid.',
      'Line 4: “date” is missing or not valid.',
    ]);
    await expect(options.getByText('Nothing was imported from broken.csv.')).toBeVisible();
    await expect(options.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
    expect(await readSessions(options)).toEqual(before);
    expect((await new AxeBuilder({ page: options }).analyze()).violations).toEqual([]);

    const notJson = join(directory, 'backup.json');
    await writeFile(notJson, '{\n  "format": "mentorkit-sessions",\n  "sessions": [\n');
    await options.getByLabel('Choose a CSV file or a JSON backup').setInputFiles(notJson);
    await expect(errors).toHaveText([/^Line \d+: this is not valid JSON\.$/]);
    expect(await readSessions(options)).toEqual(before);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});

test('delete everything needs the typed word and can be undone', async ({
  context,
  extensionUrl,
}) => {
  const options = await context.newPage();
  await options.goto(extensionUrl(OPTIONS_PATH));
  await seedSessions(options, awkward);
  const before = await readSessions(options);

  const button = options.getByRole('button', { name: 'Delete every session' });
  await expect(button).toBeDisabled();
  await options.getByLabel('Type DELETE to delete every session').fill('delet');
  await expect(button).toBeDisabled();
  await options.getByLabel('Type DELETE to delete every session').fill('DELETE');
  await button.click();
  await expect(options.getByTestId('data-status')).toContainText('Sessions deleted: 3.');
  expect(await readSessions(options)).toEqual([]);

  await options.getByTestId('data-status').getByRole('button', { name: 'Undo' }).click();
  await expect(options.getByTestId('data-status')).toHaveText(
    'Undone: your sessions are as they were.',
  );
  expect(await readSessions(options)).toEqual(before);
});

test('the popup reminds to back up old unexported sessions until they are exported', async ({
  context,
  extensionUrl,
}) => {
  const options = await context.newPage();
  await options.goto(extensionUrl(OPTIONS_PATH));
  await seedSessions(options, [
    session({ createdAt: '2025-01-10T10:00:00.000Z', updatedAt: '2025-01-10T10:00:00.000Z' }),
  ]);

  const popup = await context.newPage();
  await popup.goto(extensionUrl(POPUP_PATH));
  await expect(popup.getByTestId('backup-reminder')).toContainText(
    'Sessions older than 30 days not yet in a backup: 1.',
  );
  await popup.close();

  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Download a JSON backup' }).click(),
  ]);
  await download.cancel();
  await expect(options.getByTestId('data-status')).toHaveText('Sessions exported: 1.');

  const again = await context.newPage();
  await again.goto(extensionUrl(POPUP_PATH));
  await expect(again.getByLabel('Mentee', { exact: true })).toHaveValue('Amal');
  await expect(again.getByTestId('backup-reminder')).toHaveCount(0);
});
