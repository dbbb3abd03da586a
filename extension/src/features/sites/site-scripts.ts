// The sites' background part: keeps one registered content script whose matches are the sites the mentor turned
// on and still has host access to. Synced whenever the list or the permissions change, and on
// install and start-up (registrations persist, but a new build may change the script's file).
import browser from 'webextension-polyfill';
import { contentScriptFile } from '../../background/injected-content-script.ts';
import type { Feature } from '../../shared/feature.ts';
import { listen } from '../../shared/listen.ts';
import { errorText } from '../../shared/messages.ts';
import {
  SITES_STORAGE_KEY,
  findSite,
  loadSites,
  saveSites,
  sitePattern,
  withSite,
} from './sites.ts';

export const SITE_SCRIPT_ID = 'mentorkit-sites';

/** The patterns the content script is registered for, after syncing with the stored list. */
export async function syncSiteScripts(): Promise<string[]> {
  const sites = await loadSites(browser.storage.local);
  const patterns: string[] = [];
  for (const site of sites) {
    const pattern = sitePattern(site.origin);
    if (await browser.permissions.contains({ origins: [pattern] })) patterns.push(pattern);
  }
  const registered = await browser.scripting.getRegisteredContentScripts({
    ids: [SITE_SCRIPT_ID],
  });
  const before = new Set(registered.flatMap((script) => script.matches ?? []));
  if (registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [SITE_SCRIPT_ID] });
  }
  if (patterns.length > 0) {
    await browser.scripting.registerContentScripts([
      { id: SITE_SCRIPT_ID, js: [contentScriptFile], matches: patterns, runAt: 'document_idle' },
    ]);
  }
  // A site just turned on works at once in its open tabs, without a reload.
  const added = patterns.filter((pattern) => !before.has(pattern));
  if (added.length > 0) await startInOpenTabs(added);
  return patterns;
}

async function startInOpenTabs(patterns: string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: patterns });
  await Promise.allSettled(
    tabs.flatMap((tab) =>
      tab.id === undefined
        ? []
        : [
            browser.scripting.executeScript({
              target: { tabId: tab.id },
              files: [contentScriptFile],
            }),
          ],
    ),
  );
}

let queue: Promise<unknown> = Promise.resolve();

/** Syncs one at a time: two overlapping syncs would both try to register the same id. */
export function scheduleSync(): Promise<string[]> {
  const next = queue.then(syncSiteScripts);
  queue = next.catch((error: unknown) => {
    console.warn('Mentorkit: could not update the sites the glossary runs on:', errorText(error));
  });
  return next;
}

/** Puts the sites of newly granted host patterns in the list (no highlighting at first). */
export async function addGrantedSites(patterns: readonly string[]): Promise<void> {
  const storage = browser.storage.local;
  const stored = await loadSites(storage);
  let sites = stored;
  for (const pattern of patterns) {
    const origin = /^(https?:\/\/[^/:*]+)\/\*$/.exec(pattern)?.[1];
    if (origin && !findSite(sites, origin)) sites = withSite(sites, { origin, highlight: false });
  }
  if (sites !== stored) await saveSites(storage, sites);
}

export const siteScripts: Feature = {
  name: 'site scripts',
  init(signal) {
    const sync = () => void scheduleSync().catch(() => undefined);
    listen(browser.runtime.onInstalled, sync, signal);
    listen(browser.runtime.onStartup, sync, signal);
    listen(
      browser.permissions.onAdded,
      (added) => {
        // Firefox closes the popup when it shows the permission prompt, so the popup may never
        // store the site it asked for: host access is only ever asked for a site being turned
        // on, so granted access is enough to put the site in the list.
        // Syncs either way, and sync() catches its own failure: this never rejects.
        void addGrantedSites(added.origins ?? []).then(sync, sync);
      },
      signal,
    );
    listen(browser.permissions.onRemoved, sync, signal);
    listen(
      browser.storage.local.onChanged,
      (changes) => {
        if (SITES_STORAGE_KEY in changes) sync();
      },
      signal,
    );
  },
};
