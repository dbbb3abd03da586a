import browser from 'webextension-polyfill';
import { render } from 'lit';
import { startFeatures, type Feature } from '../shared/feature.ts';
import { followUiLanguage } from '../shared/i18n.ts';
import { popupView } from './popup-view.ts';

const popupPage: Feature = {
  name: 'popup',
  init() {
    followUiLanguage(document);
    const app = document.getElementById('app');
    if (!app) return;
    render(
      popupView({
        optionsUrl: browser.runtime.getURL('src/options/options.html'),
        onOpenOptions: (event) => {
          // The browser's own way opens the options where it belongs (a tab, or about:addons).
          event.preventDefault();
          void browser.runtime.openOptionsPage().then(() => window.close());
        },
      }),
      app,
    );
  },
};

startFeatures([popupPage], new AbortController().signal);
