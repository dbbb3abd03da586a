import browser from 'webextension-polyfill';
import { render } from 'lit';
import { startFeatures, type Feature } from '../shared/feature.ts';
import { t, uiLanguage } from '../shared/i18n.ts';
import { listen } from '../shared/listen.ts';
import { errorText } from '../shared/messages.ts';
import {
  SETTINGS_STORAGE_KEY,
  loadSettings,
  migrateSettings,
  saveSettings,
  type Settings,
} from '../shared/settings.ts';
import { optionsView, type SaveState } from './options-view.ts';

const optionsPage: Feature = {
  name: 'options',
  async init(signal) {
    document.documentElement.lang = uiLanguage();
    document.title = t('optionsTitle');
    const app = document.getElementById('app');
    if (!app) return;
    const storage = browser.storage.local;
    let settings: Settings = await loadSettings(storage);
    let save: SaveState = { state: 'idle' };

    const update = () =>
      render(
        optionsView({
          settings,
          save,
          onMenteeLanguageChange: (menteeLanguage) => {
            saveSettings(storage, { menteeLanguage }).then(
              (saved) => {
                settings = saved;
                save = { state: 'saved' };
                update();
              },
              (error: unknown) => {
                save = { state: 'failed', error: errorText(error) };
                update();
              },
            );
          },
        }),
        app,
      );

    // Another options tab, or a later feature, may change the settings: show what is stored.
    listen(
      browser.storage.local.onChanged,
      (changes) => {
        const change = changes[SETTINGS_STORAGE_KEY];
        if (!change) return;
        settings = migrateSettings(change.newValue);
        update();
      },
      signal,
    );
    update();
  },
};

startFeatures([optionsPage], new AbortController().signal);
