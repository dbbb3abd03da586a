import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES, missingKeys, unexpectedKeys } from '@mentorkit/core/i18n';
import type { Locale, SourceCatalogue } from '@mentorkit/core/i18n';
import { catalogues, isCatalogueLoaded, loadCatalogue, registerMessages } from './index.ts';
import type { LazyLocale, MessageBundle } from './index.ts';
import { MESSAGE_BUNDLES as BUNDLES } from './bundles.ts';

type Catalogue = Readonly<Record<string, unknown>>;

/** Every language of a bundle, the lazy ones loaded through its own loaders. */
async function allCatalogues(
  bundle: MessageBundle<SourceCatalogue>,
): Promise<Record<Locale, Catalogue>> {
  const lazy = Object.entries(bundle.lazy) as [LazyLocale, () => Promise<Catalogue>][];
  const loaded = await Promise.all(
    lazy.map(async ([locale, load]) => [locale, await load()] as const),
  );
  return { sv: bundle.sv, ...Object.fromEntries(loaded) } as Record<Locale, Catalogue>;
}

// Read at run time, not through the types: a cast or a `// @ts-expect-error` must not hide a gap.
const ALL: Readonly<Record<string, Record<Locale, Catalogue>>> = Object.fromEntries(
  await Promise.all(
    Object.entries(BUNDLES).map(
      async ([name, bundle]) => [name, await allCatalogues(bundle)] as const,
    ),
  ),
);

// Any parameter a message reads is a number here; enough to call every message once.
const ANY_PARAMS = new Proxy({}, { get: () => 7 });

describe.each(Object.keys(BUNDLES))('%s message catalogues', (name) => {
  const bundle = ALL[name]!;
  const source = bundle.sv as SourceCatalogue;

  it('has one for every supported locale', () => {
    expect(Object.keys(bundle).sort()).toEqual([...SUPPORTED_LOCALES].sort());
  });

  it.each(SUPPORTED_LOCALES)(
    '%s has every key of the Swedish source, each of the same kind',
    (locale) => {
      expect(missingKeys(source, bundle[locale])).toEqual([]);
    },
  );

  it.each(SUPPORTED_LOCALES)('%s has no key the source lacks', (locale) => {
    expect(unexpectedKeys(source, bundle[locale])).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES)('%s gives non-empty text for every message', (locale) => {
    const empty = Object.entries(bundle[locale]).filter(([, message]) => {
      const text: unknown =
        typeof message === 'function'
          ? (message as (params: unknown) => unknown)(ANY_PARAMS)
          : message;
      return typeof text !== 'string' || text.trim() === '';
    });
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it('translations are not left in Swedish', () => {
    const untranslated = SUPPORTED_LOCALES.filter((locale) => locale !== 'sv').flatMap((locale) =>
      Object.entries(bundle[locale])
        .filter(([key, message]) => typeof message === 'string' && message === source[key])
        .map(([key]) => `${locale}.${key}`),
    );
    expect(untranslated).toEqual([]);
  });
});

describe('message registry', () => {
  it('no two bundles share a key (a later one would silently win)', () => {
    const owners = new Map<string, string[]>();
    for (const [name, bundle] of Object.entries(BUNDLES)) {
      for (const key of Object.keys(bundle.sv)) owners.set(key, [...(owners.get(key) ?? []), name]);
    }
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
  });

  it('bundles Swedish and loads each other language on demand, for every registered bundle', async () => {
    // Only the common bundle is registered until a widget registers its own.
    expect(catalogues.sv).not.toHaveProperty('matchAccept');
    for (const bundle of Object.values(BUNDLES)) registerMessages(bundle);
    expect(catalogues.sv).toHaveProperty('matchAccept', ALL['match-card']!.sv.matchAccept);
    expect(catalogues.en).toBeUndefined();

    expect(isCatalogueLoaded('sv')).toBe(true);
    expect(isCatalogueLoaded('en')).toBe(false);
    expect(isCatalogueLoaded('ar')).toBe(false);
    for (const locale of SUPPORTED_LOCALES) {
      await expect(loadCatalogue(locale)).resolves.toBe(true);
      expect(isCatalogueLoaded(locale)).toBe(true);
      for (const all of Object.values(ALL)) {
        for (const [key, message] of Object.entries(all[locale])) {
          expect(catalogues[locale]).toHaveProperty(key, message);
        }
      }
    }
  });
});
