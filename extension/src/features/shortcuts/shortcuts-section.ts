// The options page's "Keyboard shortcuts" section: each command with the key the browser has for
// it now (the mentor may have changed or removed it), and the way to change them. Extensions
// cannot set shortcuts themselves, and pages cannot link to chrome:// URLs, so on Chromium a
// button opens chrome://extensions/shortcuts with tabs.create; Firefox has its own page
// (commands.openShortcutSettings) and the directions to it through about:addons. The mentor
// changes shortcuts on the browser's own page, and no event tells us on Chromium: the section
// reads them again whenever the tab is shown.
import browser from 'webextension-polyfill';
import { html, nothing, render, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { errorText } from '../../shared/messages.ts';
import { mountOnce } from '../../shared/mount-once.ts';
import { t, type MessageKey } from '../../shared/i18n.ts';
import { LOOK_UP_COMMAND, QUICK_LOG_COMMAND } from '../../shared/commands.ts';

export interface Shortcut {
  command: string;
  label: string;
  /** As the browser shows it ("Alt+Shift+M"); empty when the mentor has no key for it. */
  keys: string;
}

export type Shortcuts =
  | { kind: 'loading' }
  /** Firefox for Android, for one, has no commands. */
  | { kind: 'unavailable' }
  | { kind: 'listed'; shortcuts: Shortcut[]; changeHint: MessageKey; canOpenSettings: boolean };

const CHROMIUM_SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

// Only Firefox has runtime.getBrowserInfo; the polyfill does not add it elsewhere.
function isFirefox(): boolean {
  return typeof browser.runtime.getBrowserInfo === 'function';
}

const COMMAND_LABELS: Record<string, MessageKey> = {
  [QUICK_LOG_COMMAND]: 'optionsShortcutQuickLog',
  [LOOK_UP_COMMAND]: 'commandLookUp',
};

export async function loadShortcuts(): Promise<Shortcuts> {
  if (typeof browser.commands?.getAll !== 'function') return { kind: 'unavailable' };
  const commands = await browser.commands.getAll();
  const shortcuts = commands.map(({ name = '', description = '', shortcut = '' }) => {
    const key = COMMAND_LABELS[name];
    return { command: name, label: key ? t(key) : description || name, keys: shortcut };
  });
  const firefox = isFirefox();
  return {
    kind: 'listed',
    shortcuts,
    changeHint: firefox ? 'optionsShortcutsFirefoxHint' : 'optionsShortcutsChromiumHint',
    canOpenSettings: !firefox || typeof browser.commands.openShortcutSettings === 'function',
  };
}

export async function openShortcutSettings(): Promise<void> {
  if (isFirefox()) await browser.commands.openShortcutSettings();
  else await browser.tabs.create({ url: CHROMIUM_SHORTCUTS_PAGE });
}

interface ShortcutsViewProps {
  shortcuts: Shortcuts;
  /** Why the shortcut page did not open; empty when it did. */
  error: string;
  onOpenSettings: () => void;
}

export function shortcutsSection(): TemplateResult {
  return html`<section
    class="shortcuts"
    aria-labelledby="shortcuts-heading"
    ${ref(mount)}
  ></section>`;
}

const mount = mountOnce((host) => start(host, new AbortController().signal));

function start(host: HTMLElement, signal: AbortSignal): void {
  let shortcuts: Shortcuts = { kind: 'loading' };
  let error = '';

  const onOpenSettings = () => {
    error = '';
    openShortcutSettings().catch((reason: unknown) => {
      error = errorText(reason);
      update();
    });
    update();
  };

  const update = () => {
    if (!signal.aborted) render(shortcutsView({ shortcuts, error, onOpenSettings }), host);
  };

  const refresh = () =>
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
      // refresh() handles its own failure (the shortcuts show as unavailable).
      if (document.visibilityState === 'visible') void refresh();
    },
    { signal },
  );
  void refresh();
  update();
}

function shortcutsView({ shortcuts, error, onOpenSettings }: ShortcutsViewProps): TemplateResult {
  return html`
    <h2 id="shortcuts-heading">${t('optionsShortcutsHeading')}</h2>
    ${
      shortcuts.kind === 'unavailable'
        ? html`<p>${t('optionsShortcutsUnavailable')}</p>`
        : shortcuts.kind === 'listed'
          ? listed(shortcuts, onOpenSettings)
          : nothing
    }
    <p role="status" class="status">${error ? t('optionsShortcutsOpenFailed', error) : ''}</p>
  `;
}

function listed(
  { shortcuts, changeHint, canOpenSettings }: Extract<Shortcuts, { kind: 'listed' }>,
  onOpenSettings: () => void,
): TemplateResult {
  return html`
    <dl data-testid="shortcuts">
      ${shortcuts.map(
        (shortcut) => html`
          <div>
            <dt>${shortcut.label}</dt>
            <dd>
              ${
                shortcut.keys
                  ? html`<kbd dir="ltr">${shortcut.keys}</kbd>`
                  : t('optionsShortcutNotSet')
              }
            </dd>
          </div>
        `,
      )}
    </dl>
    ${
      canOpenSettings
        ? html`<button
            type="button"
            aria-describedby="shortcuts-change-hint"
            @click=${onOpenSettings}
          >
            ${t('optionsShortcutsChange')}
          </button>`
        : nothing
    }
    <p id="shortcuts-change-hint" class="hint">${t(changeHint)}</p>
  `;
}
