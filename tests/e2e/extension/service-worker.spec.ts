import { expect, test, type WithChrome } from '../../support/extension.ts';

const MENU_IDS = ['mentorkit-log-session', 'mentorkit-look-up-term'];

test('the service worker starts and registers both context menus', async ({ serviceWorker }) => {
  expect(serviceWorker.url()).toMatch(
    /^chrome-extension:\/\/[a-p]{32}\/service-worker-loader\.js$/,
  );

  // contextMenus has no getter; update() rejects for an id that is not registered.
  const registered = (ids: string[]) =>
    serviceWorker.evaluate(async (menuIds) => {
      const { chrome } = globalThis as unknown as WithChrome;
      return Promise.all(
        menuIds.map((id) =>
          chrome.contextMenus.update(id, {}).then(
            () => true,
            () => false,
          ),
        ),
      );
    }, ids);

  await expect.poll(() => registered(MENU_IDS)).toEqual([true, true]);
  expect(await registered(['not-a-menu-of-ours'])).toEqual([false]);
});
