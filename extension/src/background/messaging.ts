import browser from 'webextension-polyfill';
import type { Feature } from '../shared/feature.ts';
import { listen } from '../shared/listen.ts';
import { originOf } from '../shared/sender.ts';
import { lookupRoutes } from '../features/lookup/background-lookup.ts';
import { createMessageRouter, type Routes } from './message-router.ts';

const routes: Routes = {
  ping: {
    from: ['content-script', 'extension-page'],
    handle: () => ({ extensionVersion: browser.runtime.getManifest().version }),
  },
  ...lookupRoutes,
};

export const messaging: Feature = {
  name: 'messaging',
  init(signal) {
    const router = createMessageRouter(routes, {
      id: browser.runtime.id,
      origin: originOf(browser.runtime.getURL('/')) ?? '',
    });
    listen(browser.runtime.onMessage, router, signal);
  },
};
