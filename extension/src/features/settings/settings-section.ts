// The settings' options part, two sections of the options page that share one state: the form
// (the mentee's language and the mentor's languages, each change saved at once) and what is
// stored. Both follow storage, so a change in another options tab shows here too.
import browser from 'webextension-polyfill';
import { html, render, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { t } from '../../shared/i18n.ts';
import { listen } from '../../shared/listen.ts';
import { errorText } from '../../shared/messages.ts';
import { mountOnce } from '../../shared/mount-once.ts';
import {
  SETTINGS_STORAGE_KEY,
  loadSettings,
  migrateSettings,
  saveSettings,
  type Settings,
} from '../../shared/settings.ts';
import { settingsFormView, type SaveState } from './settings-view.ts';

type Change = Partial<Omit<Settings, 'version'>>;

interface SettingsState {
  /** Undefined until loaded. */
  readonly settings: Settings | undefined;
  readonly save: SaveState;
  saveChange(change: Change): void;
  /** Calls `view` now and after every change. */
  onUpdate(view: () => void): void;
}

function createSettingsState(signal: AbortSignal): SettingsState {
  const storage = browser.storage.local;
  let settings: Settings | undefined;
  let save: SaveState = { state: 'idle' };
  const views: (() => void)[] = [];
  const update = () => {
    if (!signal.aborted) for (const view of views) view();
  };

  // A change shows at once and saves in order, so that ticking two languages quickly builds
  // the second on the first; while saves are queued, what storage says in between is stale.
  let saving: Promise<unknown> = Promise.resolve();
  let queuedSaves = 0;
  const saveChange = (change: Change) => {
    if (!settings) return;
    const before = settings;
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
          settings = await loadSettings(storage).catch(() => settings ?? before);
          update();
        },
      );
  };

  loadSettings(storage).then(
    (loaded) => {
      settings = loaded;
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
    (error: unknown) => console.error('Mentorkit: the settings feature failed to start', error),
  );

  return {
    get settings() {
      return settings;
    },
    get save() {
      return save;
    },
    saveChange,
    onUpdate(view) {
      views.push(view);
      view();
    },
  };
}

let state: SettingsState | undefined;
const settingsState = () => (state ??= createSettingsState(new AbortController().signal));

const mountForm = mountOnce((form) => {
  const current = settingsState();
  current.onUpdate(() => {
    const { settings, save } = current;
    if (!settings) return;
    render(
      settingsFormView({
        settings,
        save,
        onMenteeLanguageChange: (menteeLanguage) => current.saveChange({ menteeLanguage }),
        onMentorLanguagesChange: (mentorLanguages) => current.saveChange({ mentorLanguages }),
      }),
      form,
    );
  });
});

const mountStored = mountOnce((pre) => {
  const current = settingsState();
  current.onUpdate(() => {
    if (current.settings) render(JSON.stringify(current.settings, null, 2), pre);
  });
});

/** The settings form (first on the options page: its status is the page's first). */
export function settingsForm(): TemplateResult {
  return html`<form @submit=${(event: Event) => event.preventDefault()} ${ref(mountForm)}></form>`;
}

/** The stored settings, as JSON. */
export function storedSettings(): TemplateResult {
  return html`<h2>${t('optionsStoredHeading')}</h2>
    <pre data-testid="stored-settings" dir="ltr" ${ref(mountStored)}></pre>`;
}
