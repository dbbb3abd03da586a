// The quick-log form's mentee languages, for the popup and the sessions page alike: each
// mentee's (storage/mentee-languages.ts) and the settings' language for a new mentee.
import browser from 'webextension-polyfill';
import { loadSettings } from '../../shared/settings.ts';
import type { Database } from '../../storage/database.ts';
import { menteeLanguages } from '../../storage/mentee-languages.ts';
import type { MenteeLanguages } from './quick-log-form.ts';

/** `db` may still be opening: the settings are read meanwhile. */
export async function formLanguages(db: Database | Promise<Database>): Promise<MenteeLanguages> {
  const [chosen, settings] = await Promise.all([
    Promise.resolve(db).then(menteeLanguages),
    loadSettings(browser.storage.local),
  ]);
  return { chosen, forNew: settings.menteeLanguage };
}
