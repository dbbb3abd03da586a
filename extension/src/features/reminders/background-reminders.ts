// The follow-up reminders' background part: one alarm per planned reminder (plan.ts), set again
// whenever a page says sessions changed ('plan-reminders'), when the browser starts and when the
// extension is installed or updated (alarms may not outlive a restart). When one rings, the
// mentor gets a notification with the follow-up, if they allowed notifications; a click on it
// opens the sessions page. Each reminder is shown once for its day (meta 'remindersShown').
import browser from 'webextension-polyfill';
import type { Notifications } from 'webextension-polyfill';
import type { Routes } from '../../background/message-router.ts';
import type { Feature } from '../../shared/feature.ts';
import { t } from '../../shared/i18n.ts';
import { listen } from '../../shared/listen.ts';
import { errorText } from '../../shared/messages.ts';
import { SESSIONS_PAGE_PATH } from '../../shared/page-paths.ts';
import { extensionConnection } from '../../storage/extension-connection.ts';
import { getMeta, getSession, listSessions, setMeta } from '../../storage/session-store.ts';
import { plannedReminders } from './plan.ts';

const ALARM_PREFIX = 'mentorkit-reminder:';
const NOTIFICATION_PREFIX = 'mentorkit-reminder:';

const connection = extensionConnection();

/** Sets an alarm for each planned reminder and clears the others; returns how many are set. */
export async function planReminders(now = new Date()): Promise<number> {
  const db = await connection.get();
  const shown = (await getMeta(db, 'remindersShown')) ?? {};
  const planned = plannedReminders(await listSessions(db), shown, now);
  const wanted = new Map(planned.map((reminder) => [ALARM_PREFIX + reminder.sessionId, reminder]));
  for (const alarm of await browser.alarms.getAll()) {
    if (alarm.name.startsWith(ALARM_PREFIX) && !wanted.has(alarm.name)) {
      await browser.alarms.clear(alarm.name);
    }
  }
  for (const [name, reminder] of wanted) {
    const existing = await browser.alarms.get(name);
    if (existing?.scheduledTime !== reminder.when) {
      await browser.alarms.create(name, { when: reminder.when });
    }
  }
  return planned.length;
}

type ReminderOptions = Notifications.CreateNotificationOptions;

/**
 * A reminder stays until the mentor clicks or closes it (`requireInteraction`): one that slides
 * away while they look elsewhere has reminded nobody. A browser whose schema refuses the option
 * (it is Chromium's) shows the notification without it.
 */
async function showReminder(id: string, options: ReminderOptions): Promise<void> {
  try {
    // Not in the polyfill's types, which follow Firefox's schema.
    const sticky: ReminderOptions & { requireInteraction: boolean } = {
      ...options,
      requireInteraction: true,
    };
    await browser.notifications.create(id, sticky);
  } catch {
    await browser.notifications.create(id, options);
  }
}

/** Shows the reminder of session `sessionId`, once for its day, when notifications are allowed. */
async function ring(sessionId: string): Promise<void> {
  const db = await connection.get();
  const session = await getSession(db, sessionId);
  const shown = (await getMeta(db, 'remindersShown')) ?? {};
  if (!session?.followUp || !session.followUpOn || shown[sessionId] === session.followUpOn) return;
  if (await browser.permissions.contains({ permissions: ['notifications'] })) {
    await showReminder(NOTIFICATION_PREFIX + sessionId, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: t('reminderTitle', session.menteeAlias),
      message: session.followUp,
    });
  }
  // Shown, or not allowed: either way not rung again for this day (the follow-up stays in its
  // session). One entry per session: a moved day replaces the old one.
  await setMeta(db, 'remindersShown', { ...shown, [sessionId]: session.followUpOn });
}

function inBackground(work: () => Promise<unknown>): void {
  work().catch((error: unknown) => {
    console.warn('Mentorkit: the follow-up reminders failed:', errorText(error));
  });
}

export const reminderRoutes: Routes = {
  'plan-reminders': {
    from: ['extension-page'],
    handle: async () => ({ planned: await planReminders() }),
  },
};

export const reminders: Feature = {
  name: 'follow-up reminders',
  init(signal) {
    listen(
      browser.alarms.onAlarm,
      (alarm) => {
        if (!alarm.name.startsWith(ALARM_PREFIX)) return;
        inBackground(async () => {
          await ring(alarm.name.slice(ALARM_PREFIX.length));
          await planReminders();
        });
      },
      signal,
    );
    // `notifications` is an optional permission: its events exist once it is granted, at start
    // or when the mentor allows it while the worker runs.
    let clicksHeard = false;
    const hearClicks = () => {
      if (clicksHeard || !browser.notifications) return;
      clicksHeard = true;
      listen(
        browser.notifications.onClicked,
        (id) => {
          if (!id.startsWith(NOTIFICATION_PREFIX)) return;
          inBackground(async () => {
            await browser.tabs.create({ url: browser.runtime.getURL(SESSIONS_PAGE_PATH) });
            await browser.notifications.clear(id);
          });
        },
        signal,
      );
    };
    hearClicks();
    listen(browser.permissions.onAdded, hearClicks, signal);
    listen(browser.runtime.onStartup, () => inBackground(planReminders), signal);
    listen(browser.runtime.onInstalled, () => inBackground(planReminders), signal);
  },
};
