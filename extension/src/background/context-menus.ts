// The background's context menus: each feature gives its items (background/background.ts lists
// them), and this one feature creates them all and hands each click to its item.
import browser from 'webextension-polyfill';
import type { Menus, Tabs } from 'webextension-polyfill';
import type { Feature } from '../shared/feature.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import { listen } from '../shared/listen.ts';

export interface MenuItem {
  id: string;
  title: MessageKey;
  contexts: Menus.ContextType[];
  onClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void>;
}

async function createMenus(items: readonly MenuItem[]): Promise<void> {
  // Menus outlive the service worker; recreating them on install and update keeps titles current.
  await browser.contextMenus.removeAll();
  for (const { id, title, contexts } of items) {
    browser.contextMenus.create({ id, title: t(title), contexts });
  }
}

/** The context-menu feature with these items, in this order. */
export function contextMenus(items: readonly MenuItem[]): Feature {
  return {
    name: 'context menus',
    init(signal) {
      listen(browser.runtime.onInstalled, () => void createMenus(items), signal);
      listen(
        browser.contextMenus.onClicked,
        (info, tab) => void items.find((item) => item.id === info.menuItemId)?.onClick(info, tab),
        signal,
      );
    },
  };
}
