// UI strings come from _locales (en, sv, ar, fa, uk) through the browser, so the manifest, the
// context menus and the pages share one catalogue. `en` is the default locale; a test keeps the
// catalogues in step.
import browser from 'webextension-polyfill';
import type englishMessages from '../../_locales/en/messages.json';
import { languageDirection } from './languages.ts';

export type MessageKey = keyof typeof englishMessages;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

/**
 * The language the UI strings are in, for `lang` attributes: the tag the chosen catalogue
 * declares. Not getUILanguage(): a Chromium without its own resources for a language (Linux
 * builds with only en-US.pak, say) shows our Arabic catalogue for --lang=ar while
 * getUILanguage() and @@bidi_dir still say en-US and ltr.
 */
export function uiLanguage(): string {
  return t('uiLanguageTag') || browser.i18n.getUILanguage();
}

/** The direction of the UI language ('rtl' for Arabic, Persian…), for `dir` attributes. */
export function uiDirection(): 'ltr' | 'rtl' {
  return languageDirection(uiLanguage());
}

/** Gives an extension page the UI language and its direction, so that rtl works by itself. */
export function followUiLanguage(page: Document): void {
  page.documentElement.lang = uiLanguage();
  page.documentElement.dir = uiDirection();
}
