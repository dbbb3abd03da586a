// The background's one onMessage listener: `ping` and the routes each feature gives
// (background/background.ts lists them), checked by the router (message-router.ts).
import browser from 'webextension-polyfill';
import type { Feature } from '../shared/feature.ts';
import { listen } from '../shared/listen.ts';
import { originOf } from '../shared/sender.ts';
import { createMessageRouter, type Routes } from './message-router.ts';

const pingRoutes: Routes = {
  ping: {
    from: ['content-script', 'extension-page'],
    handle: () => ({ extensionVersion: browser.runtime.getManifest().version }),
  },
};

/** The messaging feature, answering `ping` and the features' routes. */
export function messaging(featureRoutes: readonly Routes[]): Feature {
  const routes = featureRoutes.reduce<Routes>((all, more) => ({ ...all, ...more }), pingRoutes);
  return {
    name: 'messaging',
    init(signal) {
      const router = createMessageRouter(routes, {
        id: browser.runtime.id,
        origin: originOf(browser.runtime.getURL('/')) ?? '',
      });
      listen(browser.runtime.onMessage, router, signal);
    },
  };
}
