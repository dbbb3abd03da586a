// A follow-up with a day becomes a browser notification (issue 18), in Chromium with the built
// extension. What is asserted is durable: the session saved, the reminder recorded as shown in
// the extension's IndexedDB (meta 'remindersShown') and the notification in Chromium's own list
// right after, which it keeps because a reminder requires interaction (it does not slide away
// by itself). Nothing waits on how long a headless notification stays open.
//
// Both clocks are pinned: the pages' by the fixture (support/pinned-clock.ts), the service
// worker's here (Playwright's clock does not reach workers), so the reminder's day is the pinned
// day, whose nine o'clock has passed at the pinned noon: the planner sets its alarm for "now",
// which is in the past of the machine's real clock, so Chromium rings it at its next check.
import AxeBuilder from '@axe-core/playwright';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import {
  EXTENSION_DIR,
  expect,
  test,
  POPUP_PATH,
  useChromiumWithExtension,
  type WithChrome,
} from '../../support/extension.ts';
import { PINNED_NOW, pinnedToday } from '../../support/pinned-clock.ts';
import { readStore } from './sessions-helpers.ts';

// A second Chromium with a copy of the build, on shared machines (as the other extension specs).
test.describe.configure({ timeout: 90_000 });

type WithNotifications = {
  chrome: { notifications?: { getAll(): Promise<Record<string, boolean>> } };
};

/**
 * Pins the service worker's clock at PINNED_NOW, running on from there as the pages' does. The
 * worker's modules read `Date` from the global object when they run, so the planner sees it.
 */
function pinWorkerClock(worker: Worker): Promise<void> {
  return worker.evaluate((pinned) => {
    const Real = Date;
    const offset = Real.parse(pinned) - Real.now();
    class PinnedDate extends Real {
      constructor(...args: ConstructorParameters<DateConstructor> | []) {
        if (args.length === 0) super(Real.now() + offset);
        else super(...args);
      }
      static override now(): number {
        return Real.now() + offset;
      }
    }
    globalThis.Date = PinnedDate as DateConstructor;
  }, PINNED_NOW);
}

/** The ids of the notifications the extension shows now (Chromium's own list). */
function shownNotifications(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => {
    const { notifications } = (globalThis as unknown as WithNotifications).chrome;
    return notifications ? Object.keys(await notifications.getAll()) : [];
  });
}

/** The stored sessions' ids and the meta record of reminders shown, read from an extension page. */
async function storedReminders(page: Page): Promise<{ ids: string[]; shown: unknown }> {
  const sessions = (await readStore(page, 'sessions')) as { id: string }[];
  return {
    ids: sessions.map((session) => session.id),
    shown: await readStore(page, 'meta', 'remindersShown'),
  };
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

test('Save stores the session and is free again while the browser asks to allow notifications', async ({
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
  const save = popup.getByRole('button', { name: 'Save', exact: true });
  await save.click();
  // The browser's prompt for the optional permission stays open (nobody answers it here), yet
  // the session is saved and Save can be used again at once.
  await expect(popup.getByTestId('quick-log-status')).toContainText('with Amal');
  await expect(save).toBeEnabled();
  expect((await storedReminders(popup)).ids).toHaveLength(1);
});

test('a follow-up with a day rings once as a notification that stays', async () => {
  await withNotificationsGranted(async (context) => {
    const serviceWorker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await pinWorkerClock(serviceWorker);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${new URL(serviceWorker.url()).host}/${POPUP_PATH}`);
    const day = pinnedToday();
    await popup.getByLabel('Mentee', { exact: true }).fill('Amal');
    await popup.getByLabel('Follow-up to remember (optional)').fill('Send the CV template');
    await popup.getByLabel('Remind me on (optional)').fill(day);
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(popup.getByTestId('quick-log-status')).toContainText('with Amal');
    const [sessionId] = (await storedReminders(popup)).ids;
    expect(sessionId).toBeDefined();

    // Recorded as shown for its day once the background has rung it.
    await expect
      .poll(async () => (await storedReminders(popup)).shown, { timeout: 45_000 })
      .toEqual({ [sessionId!]: day });
    // Created before it was recorded, and still there: it waits for the mentor.
    expect(await shownNotifications(serviceWorker)).toEqual([`mentorkit-reminder:${sessionId}`]);

    // Rung once: planned again, nothing is left to ring.
    const planned = await popup.evaluate(() =>
      (globalThis as unknown as WithChrome).chrome.runtime.sendMessage({ type: 'plan-reminders' }),
    );
    expect(planned).toEqual({ ok: true, data: { planned: 0 } });
  });
});
