import browser from 'webextension-polyfill';

export const POPUP_PATH = 'src/popup/popup.html';

/** Opens the quick-log popup, or the same page in a tab where the browser refuses a popup. */
export async function openQuickLog(): Promise<void> {
  try {
    await browser.action.openPopup();
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL(POPUP_PATH) });
  }
}
