// The demo's real pages through the layout: each keeps the Content-Security-Policy it had before
// the layout (a change here is a change of a page's security, so it is spelled out), every link
// of the nav leads to a page, and no page hides a file of demo/public. Partials are included,
// never built as pages.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_PAGES } from './app-pages.ts';
import {
  buildPages,
  listPageSources,
  PUBLIC_DIR,
  readPartials,
  renderPages,
  urlPathOf,
} from './build-pages.ts';
import { COORDINATOR_POLICY, serializePolicy } from './content-security-policy.ts';
import { renderPage } from './layout.ts';
import { parsePageSource } from './page-source.ts';
import { SITE_NAV } from './site-nav.ts';

const demoDir = join(dirname(fileURLToPath(import.meta.url)), '..');

const SAME_ORIGIN =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";
const INLINE_STYLES = SAME_ORIGIN.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
const LIT_TRUSTED_TYPES = "; require-trusted-types-for 'script'; trusted-types lit-html";

/** Each page's <meta> policy (undefined: none in the page). */
const EXPECTED_POLICIES: Record<string, string | undefined> = {
  '/': SAME_ORIGIN + LIT_TRUSTED_TYPES,
  '/privacy.html': `${SAME_ORIGIN}; require-trusted-types-for 'script'`,
  '/accessibility.html': `${SAME_ORIGIN}; require-trusted-types-for 'script'`,
  '/extension-privacy.html': `${SAME_ORIGIN}; require-trusted-types-for 'script'`,
  '/programme.html': SAME_ORIGIN + LIT_TRUSTED_TYPES,
  '/rtl.html': SAME_ORIGIN + LIT_TRUSTED_TYPES,
  '/strict-csp.html': SAME_ORIGIN + LIT_TRUSTED_TYPES,
  '/themes.html': SAME_ORIGIN + LIT_TRUSTED_TYPES,
  '/embed.html': SAME_ORIGIN + LIT_TRUSTED_TYPES,
  '/gallery/signup-form.html': SAME_ORIGIN + LIT_TRUSTED_TYPES,
  '/gallery/training-calendar.html': SAME_ORIGIN + LIT_TRUSTED_TYPES,
  '/gallery/match-card.html': SAME_ORIGIN + LIT_TRUSTED_TYPES,
  '/gallery/follow-up.html': SAME_ORIGIN + LIT_TRUSTED_TYPES,
  '/gallery/glossary.html': SAME_ORIGIN + LIT_TRUSTED_TYPES,
  '/examples/signup-form.html': INLINE_STYLES + LIT_TRUSTED_TYPES,
  '/examples/training-calendar.html': INLINE_STYLES,
  '/examples/match-card.html': INLINE_STYLES,
};

const metaPolicy = (document: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/.exec(document)?.[1];

const pages = Object.entries(renderPages()).map(([path, document]) => ({
  url: urlPathOf(path),
  document,
}));

/** The pages Vite builds, through the same layout. */
const appPages = Object.values(APP_PAGES).map((path) => ({
  url: urlPathOf(path),
  source: parsePageSource(readFileSync(join(demoDir, path), 'utf8'), path),
}));

describe('the demo pages', () => {
  it('are the pages whose policies are listed here, each with its policy', () => {
    expect(pages.map(({ url }) => url).sort()).toEqual(Object.keys(EXPECTED_POLICIES).sort());
    for (const { url, document } of pages) {
      expect(metaPolicy(document), url).toBe(EXPECTED_POLICIES[url]);
    }
  });

  it("keep the coordinator view's header policy", () => {
    expect(serializePolicy(COORDINATOR_POLICY)).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
  });

  it('include those Vite builds: React and Vue still without a policy, the coordinator view with its header', () => {
    expect(appPages.map(({ url }) => url).sort()).toEqual([
      '/coordinator/',
      '/frameworks/react.html',
      '/frameworks/vue.html',
    ]);
    for (const { url, source } of appPages) {
      expect(metaPolicy(renderPage(source, url)), url).toBeUndefined();
    }
    expect(appPages.find(({ url }) => url === '/coordinator/')?.source.csp).toBe(
      'coordinator-header',
    );
  });

  it('show the strict policy they run under on the strict-CSP page', () => {
    const strict = pages.find(({ url }) => url === '/strict-csp.html')?.document ?? '';
    expect(strict).toContain(`<pre><code>${metaPolicy(strict)}</code></pre>`);
  });

  it('are what the nav links to: each link leads to a page', () => {
    const urls = [...pages, ...appPages].map(({ url }) => url);
    for (const { href } of SITE_NAV) expect(urls, href).toContain(href);
  });

  it('share no path with a file of demo/public or a page Vite builds, which would be hidden', () => {
    const hidden = listPageSources().filter(
      (path) =>
        existsSync(join(PUBLIC_DIR, path)) || (Object.values(APP_PAGES) as string[]).includes(path),
    );
    expect(hidden).toEqual([]);
  });
});

describe('partials', () => {
  it('are each included by a page, and no built page keeps an include line', () => {
    const sources = listPageSources().map((path) =>
      readFileSync(join(demoDir, 'pages', path), 'utf8'),
    );
    for (const name of Object.keys(readPartials())) {
      expect(
        sources.some((source) => source.includes(`<!-- include: ${name}`)),
        name,
      ).toBe(true);
    }
    for (const { url, document } of pages) expect(document, url).not.toContain('<!-- include');
  });

  /** A pages folder in a temporary directory: `{ path: content }`. */
  function pagesFolder(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'mentorkit-pages-'));
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    return dir;
  }
  const source = (content: string) => `---\ntitle: x\ncsp: none\n---\n\n${content}\n`;

  it('are not pages: neither listed nor built, only included', () => {
    const dir = pagesFolder({
      'a.html': source('<main-part>\n  <!-- include: tools.html -->\n</main-part>'),
      'b/c.html': source('<!-- include: tools.html -->'),
      '_partials/tools.html': '<p id="tools">Tools</p>\n',
    });
    const out = join(dir, 'out');
    try {
      expect(listPageSources(dir)).toEqual(['a.html', 'b/c.html']);
      expect(renderPages(dir)['a.html']).toContain(
        '<main-part>\n  <p id="tools">Tools</p>\n</main-part>',
      );
      expect(buildPages(out, dir)).toBe(2);
      expect(readdirSync(out, { recursive: true }).sort()).toEqual(['a.html', 'b', 'b/c.html']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fail the build when a page names one that does not exist, naming the page', () => {
    const dir = pagesFolder({
      'b/c.html': source('<!-- include: tool.html -->'),
      '_partials/tools.html': '<p>Tools</p>\n',
    });
    try {
      expect(() => renderPages(dir)).toThrow(
        /b\/c\.html: line 6: no partial "tool\.html" in demo\/pages\/_partials \(known: tools\.html\)/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
