// The one source manifest. `vite build` renders it for Chromium, `vite build --mode firefox` for
// Firefox; crxjs turns the source paths (src/…/*.ts, *.html) into the built file names.
import { defineManifest } from '@crxjs/vite-plugin';
import packageJson from './package.json' with { type: 'json' };

export type BuildTarget = 'chromium' | 'firefox';

/**
 * Oldest versions we support (docs/decisions/0004-extension-skeleton.md): Chrome 127, a
 * stated floor (nothing we use is newer); Firefox 140 (ESR) and 142 on Android for the
 * data_collection_permissions key that addons.mozilla.org now requires.
 */
export const MINIMUM_CHROME_VERSION = '127';
export const MINIMUM_FIREFOX_VERSION = '140.0';
export const MINIMUM_FIREFOX_ANDROID_VERSION = '142.0';
export const GECKO_ID = 'mentorkit@mentorkit.se';

/** Entry files need unique base names: crxjs matches chunks to entries by name. */
export const BACKGROUND_ENTRY = 'src/background/background.ts';

export function manifestFor(target: BuildTarget) {
  return defineManifest({
    manifest_version: 3,
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    version: packageJson.version,
    default_locale: 'en',
    icons: {
      16: 'icons/icon-16.png',
      32: 'icons/icon-32.png',
      48: 'icons/icon-48.png',
      128: 'icons/icon-128.png',
    },
    action: {
      default_title: '__MSG_actionTitle__',
      default_popup: 'src/popup/popup.html',
      default_icon: {
        16: 'icons/icon-16.png',
        32: 'icons/icon-32.png',
      },
    },
    options_ui: {
      page: 'src/options/options.html',
      open_in_tab: true,
    },
    // Firefox runs MV3 background code as an event page, Chromium as a service worker.
    background:
      target === 'firefox'
        ? { scripts: [BACKGROUND_ENTRY] }
        : { service_worker: BACKGROUND_ENTRY, type: 'module' },
    // Kept to what the features need today. Host access is asked per site, when the mentor turns
    // the glossary on for a site, and for a programme's backend only, when the mentor connects
    // to it; activeTab covers a lookup the mentor starts from the menu or the shortcut; alarms
    // wake the background to retry sending sessions to the programme.
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting', 'alarms'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Asked for when the mentor first sets a follow-up reminder (features/reminders).
    optional_permissions: ['notifications'],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+M' },
      },
      // src/shared/commands.ts LOOK_UP_COMMAND: look up the selected text (grants activeTab).
      'look-up-selection': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandLookUp__',
      },
    },
    // No web page and no other extension may message us. Firefox has no externally_connectable
    // (it never lets pages message an extension this way), so the key is left out there.
    ...(target === 'chromium'
      ? {
          minimum_chrome_version: MINIMUM_CHROME_VERSION,
          externally_connectable: { matches: [] },
        }
      : {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: MINIMUM_FIREFOX_VERSION,
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: MINIMUM_FIREFOX_ANDROID_VERSION },
          },
        }),
  });
}
