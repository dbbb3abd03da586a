import browser from 'webextension-polyfill';
import { SESSIONS_PAGE_PATH } from '../../shared/page-paths.ts';

/**
 * "Log a mentoring session" (context menu): opens the full log page in a tab, with the form
 * focused for a new entry (issue 6: the menu and the popup's link open the full log page).
 */
export async function openQuickLog(): Promise<void> {
  await browser.tabs.create({ url: `${browser.runtime.getURL(SESSIONS_PAGE_PATH)}#new` });
}
