// Its own file: the registry is module state, and this test needs English not yet loaded.
import { describe, expect, it, vi } from 'vitest';
import { translate } from '@mentorkit/core/i18n';
import type { LazyLocale, MessageBundle } from './index.ts';
import { catalogues, isCatalogueLoaded, loadCatalogue, registerMessages } from './index.ts';

const offline = () => Promise.reject(new Error('offline'));

/** A bundle whose Tigrinya chunk cannot be fetched (a flaky network, a CDN without it). */
const unreachable: MessageBundle<{ testGreeting: string }> = {
  sv: { testGreeting: 'Hej' },
  lazy: {
    en: () => Promise.resolve({ testGreeting: 'Hello' }),
    ...Object.fromEntries(
      (['ar', 'fa', 'prs', 'so', 'ti', 'uk'] satisfies LazyLocale[]).map((locale) => [
        locale,
        offline,
      ]),
    ),
  } as MessageBundle<{ testGreeting: string }>['lazy'],
};

describe('a language that cannot be loaded', () => {
  it('brings English in its place, and says so to developers', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    registerMessages(unreachable);
    expect(isCatalogueLoaded('en')).toBe(false);

    await expect(loadCatalogue('ti')).resolves.toBe(false);
    expect(isCatalogueLoaded('ti')).toBe(false);
    expect(isCatalogueLoaded('en')).toBe(true);
    const shown = translate(
      catalogues as unknown as Parameters<typeof translate>[0],
      'ti',
      'testGreeting',
    );
    expect(shown).toBe('Hello');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"ti" messages'), expect.any(Error));
    warn.mockRestore();
  });
});
