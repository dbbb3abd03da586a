// The popup's "Use the glossary on this site" toggle: asks the optional host permission for the
// site of the active tab (permissions.request must run in the click, before any other await),
// then stores the site; the background registers the content script for it and starts it in the
// site's open tabs. Also the per-site "highlight known terms" choice.
import browser from 'webextension-polyfill';
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { t } from '../../shared/i18n.ts';
import { errorText } from '../../shared/messages.ts';
import {
  findSite,
  loadSites,
  saveSites,
  siteLabel,
  siteOrigin,
  sitePattern,
  withSite,
  withoutSite,
  type Site,
} from './sites.ts';
import { giveBackAccess } from './site-access.ts';

type State =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'ready'; origin: string; site: Site | undefined; message: string };

/** The site of the tab the popup was opened over, if the glossary can run there. */
async function activeTabOrigin(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return siteOrigin(tab?.url);
}

export function mountSiteToggle(host: HTMLElement, signal: AbortSignal): void {
  const storage = browser.storage.local;
  let state: State = { kind: 'loading' };

  const update = () => render(view(state), host);

  const setMessage = (message: string) => {
    if (state.kind === 'ready') state = { ...state, message };
    update();
  };

  const turnOn = (origin: string) => {
    // Called synchronously from the change event: the request keeps the user gesture.
    browser.permissions.request({ origins: [sitePattern(origin)] }).then(
      async (granted) => {
        if (!granted) {
          setMessage(t('siteDenied'));
          return;
        }
        const site: Site = { origin, highlight: false };
        await saveSites(storage, withSite(await loadSites(storage), site));
        state = { kind: 'ready', origin, site, message: t('siteHint') };
        update();
      },
      (error: unknown) => setMessage(t('siteFailed', errorText(error))),
    );
  };

  const turnOff = async (origin: string) => {
    try {
      await saveSites(storage, withoutSite(await loadSites(storage), origin));
      await giveBackAccess(origin);
      state = { kind: 'ready', origin, site: undefined, message: '' };
      update();
    } catch (error) {
      setMessage(t('siteFailed', errorText(error)));
    }
  };

  const setHighlight = async (origin: string, highlight: boolean) => {
    try {
      const site: Site = { origin, highlight };
      await saveSites(storage, withSite(await loadSites(storage), site));
      state = { kind: 'ready', origin, site, message: '' };
      update();
    } catch (error) {
      setMessage(t('siteFailed', errorText(error)));
    }
  };

  const view = (current: State): TemplateResult | typeof nothing => {
    if (current.kind === 'loading') return nothing;
    if (current.kind === 'unavailable') {
      return html`<p class="site-hint">${t('siteUnavailable')}</p>`;
    }
    const { origin, site, message } = current;
    const onEnabled = (event: Event) => {
      const checked = (event.target as HTMLInputElement).checked;
      if (checked) turnOn(origin);
      // turnOff and setHighlight catch their failures and show them as the status message.
      else void turnOff(origin);
    };
    const onHighlight = (event: Event) => {
      void setHighlight(origin, (event.target as HTMLInputElement).checked);
    };
    return html`
      <div class="site-toggle">
        <p class="check">
          <input
            type="checkbox"
            id="site-enabled"
            .checked=${live(site !== undefined)}
            @change=${onEnabled}
          />
          <label for="site-enabled">${t('siteUseHere', siteLabel(origin))}</label>
        </p>
        ${
          site
            ? html`
                <p class="check">
                  <input
                    type="checkbox"
                    id="site-highlight"
                    .checked=${live(site.highlight)}
                    @change=${onHighlight}
                  />
                  <label for="site-highlight">${t('siteHighlight')}</label>
                </p>
              `
            : nothing
        }
        <p class="site-status" role="status">${message}</p>
      </div>
    `;
  };

  // Catches its own failure (shown as unavailable).
  void (async () => {
    try {
      const origin = await activeTabOrigin();
      if (!origin) {
        state = { kind: 'unavailable' };
      } else {
        const stored = findSite(await loadSites(storage), origin);
        const granted = await browser.permissions.contains({ origins: [sitePattern(origin)] });
        state = {
          kind: 'ready',
          origin,
          site: granted ? stored : undefined,
          message: stored && !granted ? t('optionsSitesNoAccess') : '',
        };
      }
    } catch (error) {
      state = { kind: 'unavailable' };
      console.warn('Mentorkit: could not read the active tab:', errorText(error));
    }
    if (!signal.aborted) update();
  })();
}
