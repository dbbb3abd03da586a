// The settings' popup part: the link to the options page.
import browser from 'webextension-polyfill';
import { html, type TemplateResult } from 'lit';
import { t } from '../../shared/i18n.ts';
import { OPTIONS_PAGE_PATH } from '../../shared/page-paths.ts';

const openOptions = (event: Event) => {
  // The browser's own way opens the options where it belongs (a tab, or about:addons).
  event.preventDefault();
  browser.runtime
    .openOptionsPage()
    .then(() => window.close())
    // The popup stays open, so the mentor can try again.
    .catch((error: unknown) => console.warn('Mentorkit: could not open the settings:', error));
};

export function settingsLink(): TemplateResult {
  return html`<p>
    <a href=${browser.runtime.getURL(OPTIONS_PAGE_PATH)} @click=${openOptions}
      >${t('popupOpenSettings')}</a
    >
  </p>`;
}
