import { describe, expect, it } from 'vitest';
import {
  interpolate,
  messageFallbackChain,
  missingKeys,
  translate,
  unexpectedKeys,
} from './catalogue.ts';
import type { CatalogueOf, LoadedCatalogues } from './catalogue.ts';
import { plural } from './plural.ts';

const sv = {
  submit: 'Skicka',
  retry: 'Försök igen',
  seatsLeft: ({ count }: { count: number }) =>
    plural('sv', count, { one: `${count} plats kvar`, other: `${count} platser kvar` }),
};

const en: CatalogueOf<typeof sv> = {
  submit: 'Send',
  retry: 'Try again',
  seatsLeft: ({ count }) =>
    plural('en', count, { one: `${count} seat left`, other: `${count} seats left` }),
};

describe('CatalogueOf', () => {
  it('requires every key with the source signature', () => {
    // @ts-expect-error: `retry` is missing.
    const incomplete: CatalogueOf<typeof sv> = { submit: 'Send', seatsLeft: en.seatsLeft };
    // @ts-expect-error: `seatsLeft` must be a function of { count }, not text.
    const wrongKind: CatalogueOf<typeof sv> = { ...en, seatsLeft: 'seats left' };
    expect(missingKeys(sv, incomplete)).toEqual(['retry']);
    expect(missingKeys(sv, wrongKind)).toEqual(['seatsLeft']);
  });
});

describe('missingKeys and unexpectedKeys', () => {
  it('find nothing in a complete catalogue', () => {
    expect(missingKeys(sv, en)).toEqual([]);
    expect(unexpectedKeys(sv, en)).toEqual([]);
  });

  it('find a missing key and a stray key in a catalogue loaded as data', () => {
    const loaded: unknown = JSON.parse('{"submit":"إرسال","sumbit":"typo"}');
    expect(missingKeys(sv, loaded as object)).toEqual(['retry', 'seatsLeft']);
    expect(unexpectedKeys(sv, loaded as object)).toEqual(['sumbit']);
  });

  it('does not count inherited properties as translations', () => {
    const loaded = Object.create({ submit: 'inherited' }) as object;
    expect(missingKeys({ submit: 'Skicka' }, loaded)).toEqual(['submit']);
  });
});

describe('translate', () => {
  const catalogues: LoadedCatalogues<typeof sv> = {
    sv,
    en,
    ar: { submit: 'إرسال' },
  };

  it('uses the locale, then English, then Swedish', () => {
    expect(messageFallbackChain('ar')).toEqual(['ar', 'en', 'sv']);
    expect(messageFallbackChain('en')).toEqual(['en', 'sv']);
    expect(translate(catalogues, 'ar', 'submit')).toBe('إرسال');
    expect(translate(catalogues, 'ar', 'retry')).toBe('Try again');
    expect(translate({ sv }, 'uk', 'retry')).toBe('Försök igen');
  });

  it('passes typed parameters to function messages', () => {
    expect(translate(catalogues, 'sv', 'seatsLeft', { count: 1 })).toBe('1 plats kvar');
    expect(translate(catalogues, 'en', 'seatsLeft', { count: 3 })).toBe('3 seats left');
  });
});

describe('interpolate', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Hej {name}, {count} nya', { name: 'Layla', count: 2 })).toBe(
      'Hej Layla, 2 nya',
    );
    expect(interpolate('Hej {nmae}', { name: 'Layla' })).toBe('Hej {nmae}');
  });
});
