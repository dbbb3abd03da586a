import { describe, expect, it } from 'vitest';
import {
  SOURCE_LOCALE,
  SUPPORTED_LOCALES,
  directionOf,
  intlLocaleFor,
  isLocale,
  resolveLocale,
} from './locales.ts';
import type { IntlLocaleSupport } from './locales.ts';

describe('resolveLocale', () => {
  it.each([
    ['sv', 'sv'],
    ['sv-SE', 'sv'],
    ['sv_FI', 'sv'],
    ['en-GB', 'en'],
    ['EN-us', 'en'],
    ['ar-SY', 'ar'],
    ['fa', 'fa'],
    ['fa-IR', 'fa'],
    ['fa-AF', 'prs'],
    ['fa-Arab-AF', 'prs'],
    ['prs', 'prs'],
    ['prs-AF', 'prs'],
    ['so-SO', 'so'],
    ['ti-ER', 'ti'],
    ['uk-UA', 'uk'],
  ] as const)('maps %s to %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });

  it('falls back to English for a language we lack', () => {
    expect(resolveLocale('de-DE')).toBe('en');
    expect(resolveLocale('pl')).toBe('en');
  });

  it('takes Swedish when no language is declared', () => {
    expect(resolveLocale(undefined)).toBe(SOURCE_LOCALE);
    expect(resolveLocale(null)).toBe('sv');
    expect(resolveLocale('  ')).toBe('sv');
  });
});

describe('isLocale', () => {
  it('knows exactly the supported locales', () => {
    for (const locale of SUPPORTED_LOCALES) expect(isLocale(locale)).toBe(true);
    expect(isLocale('sv-SE')).toBe(false);
    expect(isLocale(42)).toBe(false);
  });
});

describe('directionOf', () => {
  it('is right-to-left for Arabic, Persian and Dari only', () => {
    const rtl = SUPPORTED_LOCALES.filter((locale) => directionOf(locale) === 'rtl');
    expect(rtl).toEqual(['ar', 'fa', 'prs']);
  });
});

describe('intlLocaleFor', () => {
  /** An engine that has data only for the given tags (and their prefixes, as `Intl` does). */
  function engineWith(...tags: string[]): IntlLocaleSupport {
    return {
      supportedLocalesOf: (requested) =>
        requested.filter((tag) =>
          tags.some((known) => tag === known || tag.startsWith(`${known}-`)),
        ),
    };
  }

  it('uses Afghan Persian for Dari', () => {
    expect(intlLocaleFor('prs')).toBe('fa-AF');
  });

  it('falls back from Dari to Persian data the engine has', () => {
    // An engine with only plain Persian still accepts fa-AF by prefix; one without even that
    // falls through to English.
    expect(intlLocaleFor('prs', engineWith('fa'))).toBe('fa-AF');
    expect(intlLocaleFor('prs', engineWith('en'))).toBe('en');
  });

  it('falls back to English where an engine lacks Tigrinya or Somali', () => {
    expect(intlLocaleFor('ti', engineWith('en'))).toBe('en-GB');
    expect(intlLocaleFor('so', engineWith('sv', 'en'))).toBe('en-GB');
  });

  it('uses European English and Swedish regions', () => {
    expect(intlLocaleFor('en')).toBe('en-GB');
    expect(intlLocaleFor('sv')).toBe('sv-SE');
  });

  it('returns a well-formed tag even for an engine with no data at all', () => {
    const tag = intlLocaleFor('uk', engineWith());
    expect(() => new Intl.DateTimeFormat(tag)).not.toThrow();
  });
});

describe('intlLocaleFor: memoised', () => {
  it('asks an engine about a locale once, however often it is called', () => {
    let asked = 0;
    const engine: IntlLocaleSupport = {
      supportedLocalesOf: (requested) => {
        asked += 1;
        return requested.filter((tag) => tag === 'en');
      },
    };
    for (let i = 0; i < 100; i++) expect(intlLocaleFor('ti', engine)).toBe('en');
    // ti, en-GB, en: three questions the first time, none after.
    expect(asked).toBe(3);
  });
});
