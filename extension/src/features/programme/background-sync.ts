// The programme sync's background part: runs the queue (sync-queue.ts) when a page says that
// sessions changed or opened ('sync-sessions'), when the browser starts, and when the retry
// alarm rings. The alarm is set for the next waiting change, so a worker that was stopped is
// woken for it; nothing is kept in memory between runs but the promise of the run under way
// (two triggers at once share one run).
import browser from 'webextension-polyfill';
import type { Routes } from '../../background/message-router.ts';
import type { Feature } from '../../shared/feature.ts';
import { listen } from '../../shared/listen.ts';
import { errorText } from '../../shared/messages.ts';
import { extensionConnection } from '../../storage/extension-connection.ts';
import { sitePattern } from '../sites/sites.ts';
import { announceSyncChange } from './sync-channel.ts';
import { flush, reconcile, type FlushResult } from './sync-queue.ts';

export const SYNC_ALARM = 'mentorkit-sync';

const connection = extensionConnection();
let running: Promise<FlushResult> | undefined;

async function runOnce(everything: boolean): Promise<FlushResult> {
  const db = await connection.get();
  const deps = { now: () => Date.now(), newKey: () => crypto.randomUUID() };
  await reconcile(db, deps);
  const result = await flush(
    db,
    (input, init) => fetch(input, init),
    deps,
    (origin) => browser.permissions.contains({ origins: [sitePattern(origin)] }),
    { everything },
  );
  if (result.nextDue === undefined) await browser.alarms.clear(SYNC_ALARM);
  // An alarm cannot ring sooner than 30 seconds from now in Chrome; the queue waits that long.
  else
    await browser.alarms.create(SYNC_ALARM, {
      when: Math.max(result.nextDue, Date.now() + 30_000),
    });
  announceSyncChange();
  return result;
}

/**
 * Runs the sync, or joins the run under way. `everything`: also what waits out its back-off
 * (a page asked: the mentor is there, perhaps online again).
 */
export async function syncNow(everything = false): Promise<FlushResult> {
  // A run under way may have passed over a change that waits; the page's ask runs again after.
  while (running) await running.catch(() => undefined);
  running = runOnce(everything).finally(() => {
    running = undefined;
  });
  return running;
}

function syncInBackground(): void {
  syncNow().catch((error: unknown) => {
    console.warn('Mentorkit: the programme sync failed:', errorText(error));
  });
}

/** Pages ask after every change of the sessions and when they open. */
export const programmeSyncRoutes: Routes = {
  'sync-sessions': {
    from: ['extension-page'],
    handle: async () => {
      const { sent } = await syncNow(true);
      return { sent };
    },
  },
};

export const programmeSync: Feature = {
  name: 'programme sync',
  init(signal) {
    listen(
      browser.alarms.onAlarm,
      (alarm) => {
        if (alarm.name === SYNC_ALARM) syncInBackground();
      },
      signal,
    );
    listen(browser.runtime.onStartup, syncInBackground, signal);
  },
};
