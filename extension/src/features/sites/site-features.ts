// The sites' content part. On a site the mentor turned on (sites.ts): double-click a word to look it up, and, if
// chosen for the site, every known term highlighted. Follows the mentor's choices live (the
// popup's toggle or the options page) through storage changes.
import browser from 'webextension-polyfill';
import type { Feature } from '../../shared/feature.ts';
import { listen } from '../../shared/listen.ts';
import { MAX_LOOKUP_TEXT_LENGTH } from '../../shared/messages.ts';
import { sendMessage } from '../../shared/send-message.ts';
import { SITES_STORAGE_KEY, findSite, parseSites, siteOrigin, type Site } from './sites.ts';
import { startHighlighter } from '../lookup/highlighter.ts';
import { showLookup } from '../lookup/lookup-popover.ts';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) {
    return true;
  }
  return target instanceof HTMLElement && target.isContentEditable;
}

function startDoubleClickLookup(signal: AbortSignal): void {
  document.addEventListener(
    'dblclick',
    (event) => {
      // Only the mentor's own double-click: a page's script could otherwise select any text
      // and dispatch a dblclick, to open our popover at will or learn what the glossary knows.
      if (!event.isTrusted) return;
      // Double-clicking in a field selects a word to edit it, not to look it up.
      if (isEditable(event.target)) return;
      // Our own popover (its host) handles its own clicks.
      if (event.target instanceof Element && event.target.localName === 'mentorkit-overlay') return;
      const text = document.getSelection()?.toString().trim() ?? '';
      if (!text || text.length > MAX_LOOKUP_TEXT_LENGTH) return;
      // Never rejects: a failed lookup is an answer shown in the popover (sendMessage's contract).
      void showLookup(text, { focus: false });
    },
    { signal },
  );
}

export const siteFeatures: Feature = {
  name: 'site features',
  async init(signal) {
    const origin = siteOrigin(location.href);
    if (!origin) return;
    let running: { site: Site; controller: AbortController } | undefined;

    const apply = (site: Site | undefined) => {
      if (running && site && running.site.highlight === site.highlight) return;
      running?.controller.abort();
      running = undefined;
      if (!site) return;
      const controller = new AbortController();
      const siteSignal = AbortSignal.any([signal, controller.signal]);
      running = { site, controller };
      startDoubleClickLookup(siteSignal);
      if (site.highlight) {
        startHighlighter(
          document,
          (texts) => sendMessage({ type: 'find-terms', texts }),
          siteSignal,
        );
      }
    };

    listen(
      browser.storage.local.onChanged,
      (changes) => {
        const change = changes[SITES_STORAGE_KEY];
        if (change) apply(findSite(parseSites(change.newValue), origin));
      },
      signal,
    );
    const stored = await browser.storage.local.get(SITES_STORAGE_KEY);
    apply(findSite(parseSites(stored[SITES_STORAGE_KEY]), origin));
  },
};
