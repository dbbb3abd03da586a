import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES, missingKeys, unexpectedKeys } from '@mentorkit/core/i18n';
import type { Locale } from '@mentorkit/core/i18n';
import { sv } from './sv.ts';
import { en } from './en.ts';
import { ar } from './ar.ts';
import { fa } from './fa.ts';
import { prs } from './prs.ts';
import { so } from './so.ts';
import { ti } from './ti.ts';
import { uk } from './uk.ts';
import { catalogues, isCatalogueLoaded, loadCatalogue } from './index.ts';

// Read at run time, not through the types: a cast or a `// @ts-expect-error` must not hide a gap.
const ALL: Readonly<Record<Locale, Readonly<Record<string, unknown>>>> = {
  sv,
  en,
  ar,
  fa,
  prs,
  so,
  ti,
  uk,
};

// Any parameter a message reads is a number here; enough to call every message once.
const ANY_PARAMS = new Proxy({}, { get: () => 7 });

describe('widget message catalogues', () => {
  it('has one for every supported locale', () => {
    expect(Object.keys(ALL).sort()).toEqual([...SUPPORTED_LOCALES].sort());
  });

  it.each(SUPPORTED_LOCALES)(
    '%s has every key of the Swedish source, each of the same kind',
    (locale) => {
      expect(missingKeys(sv, ALL[locale])).toEqual([]);
    },
  );

  it.each(SUPPORTED_LOCALES)('%s has no key the source lacks', (locale) => {
    expect(unexpectedKeys(sv, ALL[locale])).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES)('%s gives non-empty text for every message', (locale) => {
    const empty = Object.entries(ALL[locale]).filter(([, message]) => {
      const text = typeof message === 'function' ? message(ANY_PARAMS) : message;
      return typeof text !== 'string' || text.trim() === '';
    });
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it('translations are not left in Swedish', () => {
    const untranslated = SUPPORTED_LOCALES.filter((locale) => locale !== 'sv').flatMap((locale) =>
      Object.entries(ALL[locale])
        .filter(
          ([key, message]) => typeof message === 'string' && message === sv[key as keyof typeof sv],
        )
        .map(([key]) => `${locale}.${key}`),
    );
    expect(untranslated).toEqual([]);
  });

  it('bundles Swedish and English and loads each other language on demand', async () => {
    expect(isCatalogueLoaded('sv')).toBe(true);
    expect(isCatalogueLoaded('en')).toBe(true);
    for (const locale of SUPPORTED_LOCALES) {
      await expect(loadCatalogue(locale)).resolves.toBe(true);
      expect(catalogues[locale]).toBe(ALL[locale]);
    }
  });
});
