// UI strings come from _locales (en, sv) through the browser, so the manifest, the context menus
// and the pages share one catalogue. `en` is the default locale; a test keeps the two in step.
import browser from 'webextension-polyfill';
import type englishMessages from '../../_locales/en/messages.json';

export type MessageKey = keyof typeof englishMessages;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

/** The language the UI strings are in, for `lang` attributes. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** The direction of the UI language ('rtl' for Arabic, Persian…), for `dir` attributes. */
export function uiDirection(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** Gives an extension page the UI language and its direction, so that rtl works by itself. */
export function followUiLanguage(page: Document): void {
  page.documentElement.lang = uiLanguage();
  page.documentElement.dir = uiDirection();
}
