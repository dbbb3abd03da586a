/**
 * The widgets' message catalogues. Swedish (the source) and English (the fallback while
 * another language loads, and for languages we lack) are bundled; the others are loaded on
 * demand with `import()`, so a page pays only for the languages it shows.
 */
import type { CatalogueOf, LoadedCatalogues, Locale } from '@mentorkit/core/i18n';
import { sv } from './sv.ts';
import type { WidgetMessages } from './sv.ts';
import { en } from './en.ts';

export type { WidgetMessages } from './sv.ts';
export type WidgetMessageKey = keyof WidgetMessages & string;

type LazyLocale = Exclude<Locale, 'sv' | 'en'>;
type Translation = CatalogueOf<WidgetMessages>;

// One `import()` per language, written out so that bundlers see each as its own chunk.
const LAZY_CATALOGUES: Readonly<Record<LazyLocale, () => Promise<Translation>>> = {
  ar: async () => (await import('./ar.ts')).ar,
  fa: async () => (await import('./fa.ts')).fa,
  prs: async () => (await import('./prs.ts')).prs,
  so: async () => (await import('./so.ts')).so,
  ti: async () => (await import('./ti.ts')).ti,
  uk: async () => (await import('./uk.ts')).uk,
};

const loaded: { sv: WidgetMessages } & { [L in Exclude<Locale, 'sv'>]?: Translation } = {
  sv,
  en,
};

/** Every catalogue loaded so far, in the shape `translate` from `@mentorkit/core/i18n` takes. */
export const catalogues: LoadedCatalogues<WidgetMessages> = loaded;

const pending = new Map<Locale, Promise<boolean>>();

export function isCatalogueLoaded(locale: Locale): boolean {
  return loaded[locale] !== undefined;
}

/**
 * Loads the catalogue of `locale` once; later calls share the same promise. Resolves to
 * whether the catalogue is now available and never rejects: when a chunk fails to load (a
 * flaky network, a CDN without it) the widget keeps showing English, and the next call tries
 * again.
 */
export function loadCatalogue(locale: Locale): Promise<boolean> {
  if (isCatalogueLoaded(locale)) return Promise.resolve(true);
  const inFlight = pending.get(locale);
  if (inFlight) return inFlight;

  const loader = LAZY_CATALOGUES[locale as LazyLocale];
  const attempt = loader().then(
    (catalogue) => {
      loaded[locale as LazyLocale] = catalogue;
      pending.delete(locale);
      return true;
    },
    (error: unknown) => {
      pending.delete(locale);
      console.warn(`[mentorkit] Could not load the "${locale}" messages; showing English.`, error);
      return false;
    },
  );
  pending.set(locale, attempt);
  return attempt;
}
