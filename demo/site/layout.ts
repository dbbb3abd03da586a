// The one layout of the demo's pages: the head (with the page's Content-Security-Policy), the
// skip link, the header with the site's navigation, the page's <main> and the footer. What a
// page brings of its own is its front matter and content (page-source.ts).
import { PAGE_POLICIES, serializePolicy } from './content-security-policy.ts';
import { markup, markupToString, trustedMarkup, type Markup } from './markup.ts';
import { LAYOUT_TEXT } from './layout-text.ts';
import type { PageSource } from './page-source.ts';
import { renderSiteNav } from './site-nav.ts';

/** The page as a complete HTML document; `urlPath` is where it is served (`/`, `/rtl.html`). */
export function renderPage(page: PageSource, urlPath: string): string {
  const text = LAYOUT_TEXT[page.lang];
  const policy = serializePolicy(PAGE_POLICIES[page.csp]);
  const head: Markup[] = [];
  if (policy) head.push(markup`<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
  if (page.robots) head.push(markup`<meta name="robots" content="${page.robots}" />`);
  head.push(
    markup`<title>${page.title}</title>`,
    markup`<link rel="icon" href="data:," />`,
    // The site's frame (header, nav, footer, colours) comes with the layout.
    markup`<link rel="stylesheet" href="/site.css" />`,
    ...page.stylesheets.map((href) => markup`<link rel="stylesheet" href="${href}" />`),
    ...page.scripts.map((src) => markup`<script type="module" src="${src}"></script>`),
  );

  return markupToString(markup`<!doctype html>
<html lang="${page.lang}"${text.dir === 'rtl' ? markup` dir="rtl"` : ''}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />${head.map(
      (element) => markup`\n    ${element}`,
    )}
  </head>
  <body>
    <a class="skip-link" href="#main">${text.skipLink}</a>
    <header class="site-header">
      <p class="brand"><a href="/">Mentorkit</a></p>
      <nav class="site-nav" aria-label="${text.navLabel}">
        ${renderSiteNav(urlPath, page.lang)}
      </nav>
    </header>
    <main id="main" tabindex="-1">
${trustedMarkup(page.content)}
    </main>
    <footer class="site-footer">
      <p>${text.footer}</p>
    </footer>
  </body>
</html>
`);
}
