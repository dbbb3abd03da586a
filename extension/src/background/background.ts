// The service worker (an event page in Firefox). Listeners must be added in the first turn of
// the event loop so that the browser can wake the worker for them: features start synchronously.
import { startFeatures } from '../shared/feature.ts';
import { siteScripts } from '../features/sites/site-scripts.ts';
import { contextMenus } from './context-menus.ts';
import { lookup } from '../features/lookup/background-lookup.ts';
import { messaging } from './messaging.ts';

startFeatures([contextMenus, messaging, lookup, siteScripts], new AbortController().signal);
