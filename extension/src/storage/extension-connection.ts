// The database connection of the extension's own contexts (pages and service worker): before
// each open it reads what an upgrade may need from storage.local (the settings' one mentee
// language, which version 4 gives every mentee), since an upgrade transaction cannot wait for
// anything outside IndexedDB. Node tests open the database with their own context instead.
import browser from 'webextension-polyfill';
import { loadSettings } from '../shared/settings.ts';
import { createConnection, type Connection, type OpenOptions } from './database.ts';

export function extensionConnection(options: Omit<OpenOptions, 'context'> = {}): Connection {
  return createConnection({
    ...options,
    context: async () => ({
      menteeLanguage: (await loadSettings(browser.storage.local)).menteeLanguage,
    }),
  });
}
