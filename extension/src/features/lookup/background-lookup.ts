// The lookup's background part: the glossary lives here (never in a page), the content script
// and the popup ask through typed messages (lookupRoutes). The content script is not declared in
// the manifest (host access is optional): it is injected when the mentor asks for a lookup from
// the context menu (lookUpMenuItem) or the shortcut, which grants activeTab, and registered for
// the sites the mentor turned on (features/sites/site-scripts.ts).
import browser from 'webextension-polyfill';
import type { Tabs } from 'webextension-polyfill';
import type { Feature } from '../../shared/feature.ts';
import { LOOK_UP_COMMAND } from '../../shared/commands.ts';
import { listen } from '../../shared/listen.ts';
import {
  MAX_LOOKUP_TEXT_LENGTH,
  errorText,
  failure,
  type CardLanguages,
  type ResponseTo,
} from '../../shared/messages.ts';
import type { MenteeLanguage } from '../../shared/languages.ts';
import { extensionConnection } from '../../storage/extension-connection.ts';
import { languagesInUse } from '../../storage/mentee-languages.ts';
import { sendMessageToTab } from '../../shared/send-message.ts';
import { loadSettings } from '../../shared/settings.ts';
import { createGlossaryStore, PACKS_STORAGE_KEY } from './glossary-store.ts';
import type { MenuItem } from '../../background/context-menus.ts';
import { contentScriptFile } from '../../background/injected-content-script.ts';
import type { Routes } from '../../background/message-router.ts';

const glossary = createGlossaryStore(browser.storage.local);

const connection = extensionConnection();

/**
 * The language the cards explain in: the one asked for (the quick-log's mentee, or the mentor's
 * choice on a card), else that of the mentee met most recently, else the settings' language for
 * a new mentee; with every language of the mentor's mentees, for the card's chooser.
 */
async function cardLanguages(requested: MenteeLanguage | null | undefined): Promise<CardLanguages> {
  const fallback = (await loadSettings(browser.storage.local)).menteeLanguage;
  let languages: MenteeLanguage[] = [];
  try {
    languages = await languagesInUse(await connection.get(), fallback);
  } catch (error) {
    // The glossary answers without the log: the settings' language, no chooser.
    console.warn("Mentorkit: the mentees' languages could not be read:", errorText(error));
  }
  const language = requested !== undefined ? requested : (languages[0] ?? fallback);
  return { language, languages };
}

/** The messages the glossary answers (background/background.ts gives them to messaging). */
export const lookupRoutes: Routes = {
  'lookup-term': {
    from: ['content-script', 'extension-page'],
    handle: async ({ text, language: requested }) => {
      const languages = await cardLanguages(requested);
      return { ...(await glossary.get()).lookup(text, languages.language), ...languages };
    },
  },
  'search-glossary': {
    from: ['extension-page'],
    handle: async ({ query, language: requested }) => {
      const languages = await cardLanguages(requested);
      return { ...(await glossary.get()).search(query, languages.language), ...languages };
    },
  },
  'prepare-glossary': {
    from: ['extension-page'],
    handle: async () => {
      await glossary.get();
      return { ready: true };
    },
  },
  'find-terms': {
    from: ['content-script'],
    handle: async ({ texts }) => (await glossary.get()).findTerms(texts),
  },
};

export async function showLookupInTab(
  tabId: number,
  text: string,
  options: { focus?: boolean } = {},
): Promise<ResponseTo<'show-lookup'>> {
  // Build the glossary while the script is injected: its first lookup need not wait for it.
  glossary.get().catch(() => undefined);
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [contentScriptFile] });
  } catch (error) {
    // e.g. the browser's own pages and the web store, where no extension may run.
    return failure(`Mentorkit cannot run on this page: ${errorText(error)}`);
  }
  return sendMessageToTab(tabId, {
    type: 'show-lookup',
    text: text.trim().slice(0, MAX_LOOKUP_TEXT_LENGTH),
    focus: options.focus ?? false,
  });
}

export const lookUpMenuItem: MenuItem = {
  id: 'mentorkit-look-up-term',
  // The title's %s is replaced by the browser with the selected text.
  title: 'menuLookUpTerm',
  contexts: ['selection'],
  async onClick(info, tab) {
    if (tab?.id === undefined || !info.selectionText) return;
    const result = await showLookupInTab(tab.id, info.selectionText);
    if (!result.ok) console.warn('Mentorkit: lookup failed:', result.error);
  },
};

/** The selected text in the tab's top frame (the shortcut granted activeTab). */
async function selectedText(tabId: number): Promise<string> {
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => globalThis.getSelection()?.toString() ?? '',
  });
  const result: unknown = injection?.result;
  return typeof result === 'string' ? result.trim() : '';
}

async function onCommand(command: string, tab: Tabs.Tab | undefined): Promise<void> {
  if (command !== LOOK_UP_COMMAND || tab?.id === undefined) return;
  try {
    const text = await selectedText(tab.id);
    if (!text) return;
    // The shortcut is the keyboard way in: focus moves into the popover.
    const result = await showLookupInTab(tab.id, text, { focus: true });
    if (!result.ok) console.warn('Mentorkit: lookup failed:', result.error);
  } catch (error) {
    console.warn('Mentorkit: lookup failed:', errorText(error));
  }
}

export const lookup: Feature = {
  name: 'lookup',
  init(signal) {
    listen(browser.commands.onCommand, (command, tab) => void onCommand(command, tab), signal);
    // An imported or removed pack changes the glossary: rebuild it on the next lookup.
    listen(
      browser.storage.local.onChanged,
      (changes) => {
        if (PACKS_STORAGE_KEY in changes) glossary.invalidate();
      },
      signal,
    );
  },
};
