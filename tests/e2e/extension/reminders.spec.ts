// A follow-up with a day becomes a browser notification (issue 18), in Chromium with the built
// extension: the mentor sets the day in the popup, the browser allows notifications at the
// first reminder (an optional permission, asked in the Save click), and the background rings it
// once. The service worker keeps the real clock (Playwright pins pages' clocks, not a worker's),
// so the follow-up is dated the day before the worker's own today: a reminder whose nine
// o'clock has passed rings at once, whatever the time of day the test runs (the day-by-day
// planning on a pinned clock is reminders/plan.test.ts).
import AxeBuilder from '@axe-core/playwright';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import {
  EXTENSION_DIR,
  expect,
  test,
  POPUP_PATH,
  useChromiumWithExtension,
  type WithChrome,
} from '../../support/extension.ts';
// A second Chromium with a copy of the build, on shared machines (as the other extension specs).
test.describe.configure({ timeout: 90_000 });

/** Yesterday in the worker's own calendar, `YYYY-MM-DD`. */
function workerYesterday(worker: Worker): Promise<string> {
  return worker.evaluate(() => {
    const day = new Date();
    day.setDate(day.getDate() - 1);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${day.getFullYear()}-${two(day.getMonth() + 1)}-${two(day.getDate())}`;
  });
}

type WithNotifications = {
  chrome: { notifications?: { getAll(): Promise<Record<string, boolean>> } };
};

/** The ids of the notifications the extension shows now (Chromium's own list). */
function shownNotifications(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => {
    const { notifications } = (globalThis as unknown as WithNotifications).chrome;
    return notifications ? Object.keys(await notifications.getAll()) : [];
  });
}

/**
 * The built extension with `notifications` granted at install: Playwright cannot answer
 * Chromium's prompt for an optional permission, so this copy of the build lists it among the
 * required ones (the request in the Save click then resolves at once). Everything else is the
 * build as shipped.
 */
async function withNotificationsGranted(use: (context: BrowserContext) => Promise<void>) {
  const folder = await mkdtemp(join(tmpdir(), 'mentorkit-reminders-'));
  try {
    const extension = join(folder, 'extension');
    await cp(EXTENSION_DIR, extension, { recursive: true });
    const manifestPath = join(extension, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
      permissions: string[];
      optional_permissions?: string[];
    };
    expect(manifest.optional_permissions).toContain('notifications');
    manifest.permissions.push('notifications');
    manifest.optional_permissions = manifest.optional_permissions!.filter(
      (permission) => permission !== 'notifications',
    );
    await writeFile(manifestPath, JSON.stringify(manifest));
    await useChromiumWithExtension(extension, join(folder, 'profile'), use);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

test('the day to be reminded appears with a follow-up, and Save asks to allow notifications', async ({
  context,
  extensionUrl,
}) => {
  const popup = await context.newPage();
  await popup.goto(extensionUrl(POPUP_PATH));
  await popup.getByLabel('Mentee', { exact: true }).fill('Amal');
  // Nothing to be reminded of without a follow-up.
  await expect(popup.getByLabel('Remind me on (optional)')).toHaveCount(0);
  await popup.getByLabel('Follow-up to remember (optional)').fill('Send the CV template');
  await popup.getByLabel('Remind me on (optional)').fill('2026-11-30');
  expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  // Saved whatever the browser's answer (its prompt waits for the mentor).
  await expect(popup.getByTestId('quick-log-status')).toContainText('with Amal');
});

test('a follow-up with a day rings once as a notification', async () => {
  await withNotificationsGranted(async (context) => {
    const serviceWorker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${new URL(serviceWorker.url()).host}/${POPUP_PATH}`);
    await popup.getByLabel('Mentee', { exact: true }).fill('Amal');
    await popup.getByLabel('Follow-up to remember (optional)').fill('Send the CV template');
    await popup.getByLabel('Remind me on (optional)').fill(await workerYesterday(serviceWorker));
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(popup.getByTestId('quick-log-status')).toContainText('with Amal');
    await expect
      .poll(() => shownNotifications(serviceWorker), { timeout: 45_000 })
      .toEqual([expect.stringMatching(/^mentorkit-reminder:/)]);

    // Rung once: planned again, nothing is left to ring.
    const planned = await popup.evaluate(() =>
      (globalThis as unknown as WithChrome).chrome.runtime.sendMessage({ type: 'plan-reminders' }),
    );
    expect(planned).toEqual({ ok: true, data: { planned: 0 } });
  });
});
