// Notifications are an optional permission: asked for when the mentor first sets a reminder,
// not at install (a mentor who never sets one is never asked).
import browser from 'webextension-polyfill';

/**
 * Asks the browser to allow notifications; true when they are allowed. Must be called in the
 * mentor's gesture (a click, Enter), before anything is awaited. Never rejects.
 */
export function askToShowReminders(): Promise<boolean> {
  try {
    return browser.permissions.request({ permissions: ['notifications'] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
