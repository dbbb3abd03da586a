// Host access of a site (an extension-page and background concern, not the content script's).
import browser from 'webextension-polyfill';
import { sitePattern } from './sites.ts';

/**
 * Gives the host permission of a site back once it is off. A browser may refuse (access the
 * mentor granted for the whole browser, or a managed policy); the site is off either way, since
 * the content script is only registered for the sites in the list.
 */
export async function giveBackAccess(origin: string): Promise<void> {
  try {
    await browser.permissions.remove({ origins: [sitePattern(origin)] });
  } catch {
    // Kept: see above.
  }
}
