// The options page's list of sites the glossary is on: highlight on/off per site, remove (which
// also gives the host permission back) with undo. Listed by options/options.ts; it
// keeps its own state and follows storage changes from other pages.
import browser from 'webextension-polyfill';
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import { mountOnce } from '../../shared/mount-once.ts';
import { t } from '../../shared/i18n.ts';
import { listen } from '../../shared/listen.ts';
import { errorText } from '../../shared/messages.ts';
import {
  SITES_STORAGE_KEY,
  loadSites,
  parseSites,
  saveSites,
  siteLabel,
  sitePattern,
  withSite,
  withoutSite,
  type Site,
} from './sites.ts';
import { giveBackAccess } from './site-access.ts';

interface Removed {
  site: Site;
  /** Where it was in the list, so undo puts it back in its place. */
  index: number;
}

export function sitesSection(): TemplateResult {
  return html`<section class="sites" aria-labelledby="sites-heading" ${ref(mount)}></section>`;
}

const mount = mountOnce((host) => start(host, new AbortController().signal));

async function start(host: HTMLElement, signal: AbortSignal): Promise<void> {
  const storage = browser.storage.local;
  let sites: Site[] = [];
  let granted = new Set<string>();
  let removed: Removed | undefined;
  let error = '';

  // Never rejects (every caller voids it): a failed read keeps the list shown and says why in
  // the console.
  const refresh = async () => {
    try {
      sites = await loadSites(storage);
      const checks = await Promise.all(
        sites.map((site) => browser.permissions.contains({ origins: [sitePattern(site.origin)] })),
      );
      granted = new Set(sites.filter((_, index) => checks[index]).map((site) => site.origin));
    } catch (failure) {
      console.warn('Mentorkit: could not read the sites:', errorText(failure));
    }
    update();
  };

  const attempt = async (action: () => Promise<void>) => {
    error = '';
    try {
      await action();
    } catch (failure) {
      error = t('siteFailed', errorText(failure));
    }
    await refresh();
  };

  const setHighlight = (site: Site, highlight: boolean) =>
    attempt(() => saveSites(storage, withSite(sites, { ...site, highlight })));

  const remove = (site: Site, index: number) =>
    attempt(async () => {
      await saveSites(storage, withoutSite(sites, site.origin));
      await giveBackAccess(site.origin);
      removed = { site, index };
      host.querySelector<HTMLElement>('#sites-heading')?.focus();
    });

  const undo = () => {
    const last = removed;
    if (!last) return;
    // Asked within the click: the browser may show its permission prompt again.
    const request = browser.permissions.request({ origins: [sitePattern(last.site.origin)] });
    // attempt() catches the action's failure and refresh() its own: this never rejects.
    void attempt(async () => {
      if (!(await request)) throw new Error(t('siteDenied'));
      const next = withoutSite(sites, last.site.origin);
      next.splice(Math.min(last.index, next.length), 0, last.site);
      await saveSites(storage, next);
      removed = undefined;
    });
  };

  const row = (site: Site, index: number) => {
    const label = siteLabel(site.origin);
    const id = `site-highlight-${index}`;
    return html`
      <li>
        <span class="site-name">${label}</span>
        ${
          granted.has(site.origin)
            ? html`
                <span class="check">
                  <input
                    type="checkbox"
                    id=${id}
                    .checked=${live(site.highlight)}
                    @change=${(event: Event) =>
                      void setHighlight(site, (event.target as HTMLInputElement).checked)}
                  />
                  <label for=${id}>${t('optionsSitesHighlight', label)}</label>
                </span>
              `
            : html`<span class="hint">${t('optionsSitesNoAccess')}</span>`
        }
        <button type="button" @click=${() => void remove(site, index)}>
          ${t('optionsSitesRemove', label)}
        </button>
      </li>
    `;
  };

  const update = () => {
    if (signal.aborted) return;
    render(
      html`
        <h2 id="sites-heading" tabindex="-1">${t('optionsSitesHeading')}</h2>
        <p class="hint">${t('optionsSitesHint')}</p>
        ${
          sites.length === 0
            ? html`<p>${t('optionsSitesEmpty')}</p>`
            : html`<ul class="site-list">
                ${sites.map(row)}
              </ul>`
        }
        <p role="status">
          ${
            removed
              ? html`${t('optionsSitesRemoved', siteLabel(removed.site.origin))}
                  <button type="button" @click=${undo}>${t('optionsSitesUndo')}</button>`
              : nothing
          }
        </p>
        ${error ? html`<p role="alert" class="error">${error}</p>` : nothing}
      `,
      host,
    );
  };

  listen(
    browser.storage.local.onChanged,
    (changes) => {
      if (SITES_STORAGE_KEY in changes) {
        sites = parseSites(changes[SITES_STORAGE_KEY]?.newValue);
        void refresh();
      }
    },
    signal,
  );
  listen(browser.permissions.onAdded, () => void refresh(), signal);
  listen(browser.permissions.onRemoved, () => void refresh(), signal);
  await refresh();
}
