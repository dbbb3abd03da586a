// The sites the mentor turned the glossary on for, in storage.local. Each needs the optional host
// permission for its pattern (asked when it is turned on); on those sites the background
// registers the content script so that double-click lookup (and, if chosen, highlighting of
// every known term) works without a menu. Plain data and pure functions, so the content script,
// the popup, the options page and the background share them.
import * as z from 'zod/mini';

export const SITES_STORAGE_KEY = 'sites';
export const SITES_VERSION = 1;

const siteSchema = z.object({
  /** `protocol//hostname`, no port: match patterns (and so permissions) cover every port. */
  origin: z.string().check(z.regex(/^https?:\/\/[^/:\s]+$/)),
  /** Highlight every known term on the site's pages. */
  highlight: z.boolean(),
});

export type Site = z.infer<typeof siteSchema>;

const sitesSchema = z.object({
  version: z.literal(SITES_VERSION),
  sites: z.array(siteSchema),
});

/** The part of storage.local used here; a fake in tests. */
export interface SitesStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The site key of a page URL, or undefined where the glossary cannot be turned on. */
export function siteOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, hostname } = new URL(url);
    if ((protocol !== 'https:' && protocol !== 'http:') || !hostname) return undefined;
    // IPv6 hosts keep their brackets in `hostname`; match patterns want them too.
    return `${protocol}//${hostname}`;
  } catch {
    return undefined;
  }
}

/** The match pattern (and host permission) of a site: every path, every port. */
export function sitePattern(origin: string): string {
  return `${origin}/*`;
}

/** The host name a mentor recognises. */
export function siteLabel(origin: string): string {
  return origin.replace(/^https?:\/\//, '');
}

/** Whatever is stored, as a valid list: bad entries are dropped, duplicates kept once. */
export function parseSites(stored: unknown): Site[] {
  const whole = sitesSchema.safeParse(stored);
  const raw = whole.success
    ? whole.data.sites
    : typeof stored === 'object' &&
        stored !== null &&
        Array.isArray((stored as { sites?: unknown }).sites)
      ? (stored as { sites: unknown[] }).sites
      : [];
  const seen = new Set<string>();
  const sites: Site[] = [];
  for (const candidate of raw) {
    const site = siteSchema.safeParse(candidate);
    if (!site.success || seen.has(site.data.origin)) continue;
    seen.add(site.data.origin);
    sites.push(site.data);
  }
  return sites;
}

export async function loadSites(storage: SitesStorage): Promise<Site[]> {
  return parseSites((await storage.get(SITES_STORAGE_KEY))[SITES_STORAGE_KEY]);
}

export async function saveSites(storage: SitesStorage, sites: readonly Site[]): Promise<void> {
  await storage.set({ [SITES_STORAGE_KEY]: { version: SITES_VERSION, sites: [...sites] } });
}

/** The list with `site` added, or changed in its place if it is there already. */
export function withSite(sites: readonly Site[], site: Site): Site[] {
  const position = sites.findIndex((existing) => existing.origin === site.origin);
  if (position === -1) return [...sites, site];
  return sites.map((existing, index) => (index === position ? site : existing));
}

export function withoutSite(sites: readonly Site[], origin: string): Site[] {
  return sites.filter((site) => site.origin !== origin);
}

export function findSite(sites: readonly Site[], origin: string | undefined): Site | undefined {
  return origin === undefined ? undefined : sites.find((site) => site.origin === origin);
}
