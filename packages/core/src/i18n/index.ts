export {
  SUPPORTED_LOCALES,
  SOURCE_LOCALE,
  FALLBACK_LOCALE,
  isLocale,
  resolveLocale,
  directionOf,
  intlLocaleFor,
} from './locales.ts';
export type { Locale, TextDirection, IntlLocaleSupport } from './locales.ts';
export {
  messageFallbackChain,
  translate,
  missingKeys,
  unexpectedKeys,
  interpolate,
} from './catalogue.ts';
export type {
  Message,
  SourceCatalogue,
  CatalogueOf,
  CatalogueOverrides,
  LoadedCatalogues,
  MessageParams,
} from './catalogue.ts';
export { pluralCategory, plural } from './plural.ts';
export { selectMessage, choicesOf } from './select.ts';
export type { SelectMessage } from './select.ts';
export type { PluralCategory, PluralForms } from './plural.ts';
export {
  formatDate,
  formatTime,
  formatTimeZoneName,
  formatNumber,
  formatList,
  languageName,
} from './format.ts';
export type { DateInput } from './format.ts';
