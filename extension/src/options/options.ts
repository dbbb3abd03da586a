import browser from 'webextension-polyfill';
import { render } from 'lit';
import { startFeatures, type Feature } from '../shared/feature.ts';
import { followUiLanguage, t } from '../shared/i18n.ts';
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
import {
  loadShortcuts,
  openShortcutSettings,
  type Shortcuts,
} from '../features/shortcuts/shortcuts-section.ts';

const optionsPage: Feature = {
  name: 'options',
  async init(signal) {
    followUiLanguage(document);
    document.title = t('optionsTitle');
    const app = document.getElementById('app');
    if (!app) return;
    const storage = browser.storage.local;
    let settings: Settings = await loadSettings(storage);
    let save: SaveState = { state: 'idle' };
    let shortcuts: Shortcuts = { kind: 'loading' };
    let shortcutsError = '';

    // A change shows at once and saves in order, so that ticking two languages quickly builds
    // the second on the first; while saves are queued, what storage says in between is stale.
    let saving: Promise<unknown> = Promise.resolve();
    let queuedSaves = 0;
    const saveChange = (change: Partial<Omit<Settings, 'version'>>) => {
      settings = { ...settings, ...change };
      update();
      queuedSaves++;
      saving = saving
        .then(() => saveSettings(storage, change))
        .then(
          (saved) => {
            if (--queuedSaves === 0) settings = saved;
            save = { state: 'saved' };
            update();
          },
          async (error: unknown) => {
            queuedSaves--;
            save = { state: 'failed', error: errorText(error) };
            // Show what is really stored again (the page showed the change before it failed).
            settings = await loadSettings(storage).catch(() => settings);
            update();
          },
        );
    };

    const update = () =>
      render(
        optionsView({
          settings,
          save,
          onMenteeLanguageChange: (menteeLanguage) => saveChange({ menteeLanguage }),
          onMentorLanguagesChange: (mentorLanguages) => saveChange({ mentorLanguages }),
          shortcuts: {
            shortcuts,
            error: shortcutsError,
            onOpenSettings: () => {
              shortcutsError = '';
              openShortcutSettings().catch((error: unknown) => {
                shortcutsError = errorText(error);
                update();
              });
              update();
            },
          },
        }),
        app,
      );

    // The mentor changes shortcuts on the browser's own page (no event tells us on Chromium):
    // read them again whenever this tab is shown.
    const refreshShortcuts = () =>
      loadShortcuts().then(
        (loaded) => {
          shortcuts = loaded;
          update();
        },
        () => {
          shortcuts = { kind: 'unavailable' };
          update();
        },
      );
    document.addEventListener(
      'visibilitychange',
      () => {
        if (document.visibilityState === 'visible') void refreshShortcuts();
      },
      { signal },
    );
    void refreshShortcuts();

    // Another options tab, or a later feature, may change the settings: show what is stored.
    listen(
      browser.storage.local.onChanged,
      (changes) => {
        const change = changes[SETTINGS_STORAGE_KEY];
        if (!change || queuedSaves > 0) return;
        settings = migrateSettings(change.newValue);
        update();
      },
      signal,
    );
    update();
  },
};

startFeatures([optionsPage], new AbortController().signal);
