// The quick-log's background part: the "Log a mentoring session" context menu item.
import browser from 'webextension-polyfill';
import type { MenuItem } from '../../background/context-menus.ts';
import { SESSIONS_PAGE_PATH } from '../../shared/page-paths.ts';

/**
 * Opens the full log page in a tab, with the form focused for a new entry (issue 6: the menu
 * and the popup's link open the full log page).
 */
export async function openQuickLog(): Promise<void> {
  await browser.tabs.create({ url: `${browser.runtime.getURL(SESSIONS_PAGE_PATH)}#new` });
}

export const logSessionMenuItem: MenuItem = {
  id: 'mentorkit-log-session',
  title: 'menuLogSession',
  contexts: ['page', 'selection', 'link'],
  onClick: () => openQuickLog(),
};
