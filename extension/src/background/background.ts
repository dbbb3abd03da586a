// The service worker (an event page in Firefox): the features' background parts. Listeners must
// be added in the first turn of the event loop so that the browser can wake the worker for
// them: features start synchronously.
import { lookUpMenuItem, lookup, lookupRoutes } from '../features/lookup/background-lookup.ts';
import { programmeSync, programmeSyncRoutes } from '../features/programme/background-sync.ts';
import { logSessionMenuItem } from '../features/quick-log/log-session-menu.ts';
import { reminderRoutes, reminders } from '../features/reminders/background-reminders.ts';
import { siteScripts } from '../features/sites/site-scripts.ts';
import { startFeatures } from '../shared/feature.ts';
import { contextMenus } from './context-menus.ts';
import { messaging } from './messaging.ts';

startFeatures(
  [
    contextMenus([logSessionMenuItem, lookUpMenuItem]),
    messaging([lookupRoutes, programmeSyncRoutes, reminderRoutes]),
    lookup,
    siteScripts,
    programmeSync,
    reminders,
  ],
  new AbortController().signal,
);
