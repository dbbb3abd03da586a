import { describe, expect, it } from 'vitest';
import { renderPage } from './layout.ts';
import type { PageSource } from './page-source.ts';
import { SITE_NAV } from './site-nav.ts';

const page: PageSource = {
  title: '<mk-x> & friends',
  lang: 'en',
  csp: 'widgets',
  stylesheets: ['/demo.css'],
  scripts: ['/first.js', '/widgets/mentorkit.js'],
  content: '<h1>Hello</h1>\n<pre>  as written</pre>',
};

/** The links of the rendered nav, as [href, text, current]. */
function navLinks(document: string): [string, string, boolean][] {
  const nav = /<nav class="site-nav"[^>]*>([\s\S]*?)<\/nav>/.exec(document)?.[1] ?? '';
  return [...nav.matchAll(/<a href="([^"]+)"( aria-current="page")?>([^<]*)<\/a>/g)].map(
    ([, href = '', current, text = '']) => [href, text, current !== undefined],
  );
}

describe('renderPage', () => {
  it('writes the head: policy, escaped title, the site stylesheet first, scripts in order', () => {
    const document = renderPage(page, '/x.html');
    const head = /<head>([\s\S]*)<\/head>/.exec(document)?.[1] ?? '';
    expect(head).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';`,
    );
    expect(head).toContain('<title>&lt;mk-x&gt; &amp; friends</title>');
    expect(head.indexOf('/site.css')).toBeLessThan(head.indexOf('/demo.css'));
    expect(head.indexOf('/first.js')).toBeLessThan(head.indexOf('/widgets/mentorkit.js'));
    expect(head).not.toContain('robots');
  });

  it("puts the page's content in <main> unchanged, after the skip link and header", () => {
    const document = renderPage(page, '/x.html');
    expect(document).toMatch(
      /<a class="skip-link" href="#main">Skip to content<\/a>\s*<header class="site-header">/,
    );
    expect(document).toContain(
      '<main id="main" tabindex="-1">\n<h1>Hello</h1>\n<pre>  as written</pre>\n    </main>',
    );
    expect(document).toMatch(/<\/main>\s*<footer class="site-footer">\s*<p>Mentorkit demo\./);
  });

  it('lists every page in the nav and marks the current one only', () => {
    const links = navLinks(renderPage(page, '/rtl.html'));
    expect(links.map(([href]) => href)).toEqual(SITE_NAV.map(({ href }) => href));
    expect(links.filter(([, , current]) => current)).toEqual([['/rtl.html', 'Arabic (RTL)', true]]);
    expect(navLinks(renderPage(page, '/examples/x.html')).some(([, , current]) => current)).toBe(
      false,
    );
  });

  it('speaks the page language: Arabic words, right to left', () => {
    const document = renderPage({ ...page, lang: 'ar' }, '/');
    expect(document).toContain('<html lang="ar" dir="rtl">');
    expect(document).toContain('<a class="skip-link" href="#main">انتقل إلى المحتوى</a>');
    expect(document).toContain('<nav class="site-nav" aria-label="صفحات العرض">');
    expect(navLinks(document)[0]).toEqual(['/', 'الرئيسية', true]);
    expect(renderPage(page, '/')).toContain('<html lang="en">');
  });

  it('writes no policy for a page whose policy is a header or none, and a robots line', () => {
    for (const csp of ['coordinator-header', 'none'] as const) {
      const document = renderPage({ ...page, csp, robots: 'noindex' }, '/coordinator/');
      expect(document).not.toContain('Content-Security-Policy');
      expect(document).toContain('<meta name="robots" content="noindex" />');
    }
  });
});
