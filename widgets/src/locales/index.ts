/**
 * The widgets' message registry. Messages come in bundles: the common one (loading, errors,
 * controls; `./sv.ts` and siblings) and one per widget (`<widget>/locales/index.ts`). A widget's
 * LocalizeController registers its widget's bundle, so a page, and a widget's CDN entry, carries
 * only the messages of the widgets it uses.
 *
 * Swedish, the source and the language of most partners' pages, is in each bundle; every other
 * language, English included, is loaded on demand with one `import()` per language per bundle
 * (docs/decisions/0007: an entry carries one language, not two). Loading a language loads it
 * for every registered bundle. If a language cannot be loaded, English is loaded in its place
 * and `translate` falls back to it (then to Swedish, which is always there).
 */
import type {
  CatalogueOf,
  LoadedCatalogues,
  Locale,
  Message,
  SourceCatalogue,
} from '@mentorkit/core/i18n';
import type { CommonMessages } from './sv.ts';
import { sv } from './sv.ts';
// Types only: the keys of every widget, for `term`; no widget's messages at run time.
import type { FollowUpMessages } from '../follow-up/locales/sv.ts';
import type { GlossaryMessages } from '../glossary/locales/sv.ts';
import type { MatchCardMessages } from '../match-card/locales/sv.ts';
import type { SignupMessages } from '../signup-form/locales/sv.ts';
import type { SignupMatchingMessages } from '../signup-form/matching-locales/sv.ts';
import type { CalendarMessages } from '../training-calendar/locales/sv.ts';

export type { CommonMessages } from './sv.ts';
export type WidgetMessages = CommonMessages &
  FollowUpMessages &
  GlossaryMessages &
  MatchCardMessages &
  SignupMessages &
  SignupMatchingMessages &
  CalendarMessages;
export type WidgetMessageKey = keyof WidgetMessages;

export type LazyLocale = Exclude<Locale, 'sv'>;

/** One set of messages in every language: Swedish bundled, the others one lazy chunk each. */
export interface MessageBundle<Source extends SourceCatalogue> {
  readonly sv: Source;
  /** One `import()` per language, written out so that bundlers see each as its own chunk. */
  readonly lazy: Readonly<Record<LazyLocale, () => Promise<CatalogueOf<Source>>>>;
}

type AnyBundle = MessageBundle<SourceCatalogue>;
type MutableCatalogue = Record<string, Message>;

export const commonMessages: MessageBundle<CommonMessages> = {
  sv,
  lazy: {
    en: async () => (await import('./en.ts')).en,
    ar: async () => (await import('./ar.ts')).ar,
    fa: async () => (await import('./fa.ts')).fa,
    prs: async () => (await import('./prs.ts')).prs,
    so: async () => (await import('./so.ts')).so,
    ti: async () => (await import('./ti.ts')).ti,
    uk: async () => (await import('./uk.ts')).uk,
  },
};

/** The messages of every registered bundle, merged per language. */
const merged: { sv: MutableCatalogue } & { [L in LazyLocale]?: MutableCatalogue } = { sv: {} };

/**
 * Every catalogue loaded so far, in the shape `translate` from `@mentorkit/core/i18n` takes.
 * Typed with every widget's keys; at run time it holds those of the registered bundles, and a
 * LocalizeController asks only for keys of the bundle it registered.
 */
export const catalogues = merged as unknown as LoadedCatalogues<WidgetMessages>;

const registered = new Set<AnyBundle>();
/** The lazy languages each bundle has merged. */
const loadedLocales = new WeakMap<AnyBundle, Set<LazyLocale>>();
const pending = new WeakMap<AnyBundle, Map<LazyLocale, Promise<boolean>>>();

function isLazy(locale: Locale): locale is LazyLocale {
  return locale !== 'sv';
}

/** Adds a bundle's Swedish messages; idempotent. The other languages load on demand. */
export function registerMessages<Source extends SourceCatalogue>(
  bundle: MessageBundle<Source>,
): void {
  const key = bundle as unknown as AnyBundle;
  if (registered.has(key)) return;
  registered.add(key);
  loadedLocales.set(key, new Set());
  pending.set(key, new Map());
  Object.assign(merged.sv, bundle.sv);
}

registerMessages(commonMessages);

/** Whether `locale` is available for every registered bundle. */
export function isCatalogueLoaded(locale: Locale): boolean {
  if (!isLazy(locale)) return true;
  return [...registered].every((bundle) => loadedLocales.get(bundle)?.has(locale));
}

/**
 * One bundle's catalogue of `locale`, loaded once; concurrent calls share the promise. Never
 * rejects: when a chunk fails to load (a flaky network, a CDN without it) the next call tries
 * again.
 */
function loadBundleLocale(bundle: AnyBundle, locale: LazyLocale): Promise<boolean> {
  if (loadedLocales.get(bundle)?.has(locale)) return Promise.resolve(true);
  const inFlight = pending.get(bundle)?.get(locale);
  if (inFlight) return inFlight;

  const attempt = bundle.lazy[locale]().then(
    (catalogue) => {
      Object.assign((merged[locale] ??= {}), catalogue);
      loadedLocales.get(bundle)?.add(locale);
      pending.get(bundle)?.delete(locale);
      return true;
    },
    (error: unknown) => {
      pending.get(bundle)?.delete(locale);
      console.warn(`[mentorkit] Could not load the "${locale}" messages.`, error);
      return false;
    },
  );
  pending.get(bundle)?.set(locale, attempt);
  return attempt;
}

/**
 * Loads `locale` for every registered bundle (each chunk once). Resolves to whether all of them
 * are now available; never rejects. When some are not, English (the fallback) is loaded first.
 */
export async function loadCatalogue(locale: Locale): Promise<boolean> {
  if (!isLazy(locale)) return true;
  const results = await Promise.all(
    [...registered].map((bundle) => loadBundleLocale(bundle, locale)),
  );
  const loaded = results.every(Boolean);
  if (!loaded && locale !== 'en') await loadCatalogue('en');
  return loaded;
}
