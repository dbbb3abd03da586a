import browser from 'webextension-polyfill';
import type { Menus, Tabs } from 'webextension-polyfill';
import type { Feature } from '../shared/feature.ts';
import { t } from '../shared/i18n.ts';
import { listen } from '../shared/listen.ts';
import { showLookupInTab } from '../features/lookup/background-lookup.ts';
import { openQuickLog } from '../features/quick-log/log-session-menu.ts';

export const MENU_LOG_SESSION = 'mentorkit-log-session';
export const MENU_LOOK_UP_TERM = 'mentorkit-look-up-term';

async function createMenus(): Promise<void> {
  // Menus outlive the service worker; recreating them on install and update keeps titles current.
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_LOG_SESSION,
    title: t('menuLogSession'),
    contexts: ['page', 'selection', 'link'],
  });
  browser.contextMenus.create({
    id: MENU_LOOK_UP_TERM,
    // %s is replaced by the browser with the selected text.
    title: t('menuLookUpTerm'),
    contexts: ['selection'],
  });
}

async function onMenuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId === MENU_LOG_SESSION) {
    await openQuickLog();
  } else if (info.menuItemId === MENU_LOOK_UP_TERM && tab?.id !== undefined && info.selectionText) {
    const result = await showLookupInTab(tab.id, info.selectionText);
    if (!result.ok) console.warn('Mentorkit: lookup failed:', result.error);
  }
}

export const contextMenus: Feature = {
  name: 'context menus',
  init(signal) {
    listen(browser.runtime.onInstalled, () => void createMenus(), signal);
    listen(browser.contextMenus.onClicked, (info, tab) => void onMenuClicked(info, tab), signal);
  },
};
