import { describe, expect, it } from 'vitest';
import {
  SITES_STORAGE_KEY,
  SITES_VERSION,
  findSite,
  loadSites,
  parseSites,
  saveSites,
  siteLabel,
  siteOrigin,
  sitePattern,
  withSite,
  withoutSite,
} from './sites.ts';

describe('sites', () => {
  it('keys a site by protocol and host name, for http(s) pages only', () => {
    expect(siteOrigin('https://www.arbetsformedlingen.se/platsbanken?q=1')).toBe(
      'https://www.arbetsformedlingen.se',
    );
    expect(siteOrigin('http://127.0.0.1:4391/page')).toBe('http://127.0.0.1');
    expect(siteOrigin('chrome://extensions/')).toBeUndefined();
    expect(siteOrigin('file:///home/mentor/avtal.html')).toBeUndefined();
    expect(siteOrigin('not a url')).toBeUndefined();
    expect(siteOrigin(undefined)).toBeUndefined();
  });

  it('asks for every path and port of the site, and shows its host name', () => {
    expect(sitePattern('https://example.se')).toBe('https://example.se/*');
    expect(siteLabel('https://example.se')).toBe('example.se');
  });

  it('reads what is stored as a valid list, dropping bad and duplicate entries', () => {
    const good = { origin: 'https://example.se', highlight: true };
    expect(parseSites({ version: SITES_VERSION, sites: [good] })).toEqual([good]);
    expect(
      parseSites({
        version: 99,
        sites: [good, good, { origin: 'javascript:alert(1)', highlight: false }, 'x'],
      }),
    ).toEqual([good]);
    expect(parseSites(undefined)).toEqual([]);
    expect(parseSites('garbage')).toEqual([]);
  });

  it('adds, changes in place and removes sites', async () => {
    const a = { origin: 'https://a.se', highlight: false };
    const b = { origin: 'https://b.se', highlight: false };
    let sites = withSite(withSite([], a), b);
    sites = withSite(sites, { ...a, highlight: true });
    expect(sites).toEqual([{ ...a, highlight: true }, b]);
    expect(findSite(sites, 'https://b.se')).toEqual(b);
    expect(findSite(sites, undefined)).toBeUndefined();
    expect(withoutSite(sites, 'https://a.se')).toEqual([b]);

    const items: Record<string, unknown> = {};
    const storage = {
      get: (key: string) => Promise.resolve(key in items ? { [key]: items[key] } : {}),
      set: (changes: Record<string, unknown>) => {
        Object.assign(items, changes);
        return Promise.resolve();
      },
    };
    await saveSites(storage, sites);
    expect(items[SITES_STORAGE_KEY]).toEqual({ version: SITES_VERSION, sites });
    expect(await loadSites(storage)).toEqual(sites);
  });
});
