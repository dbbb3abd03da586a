// First render in Chromium, measured where a visitor waits: a fresh page of a partner's site that
// loads a CDN file (`widgets/dist/cdn`, as built: the widget's own file, or the loader
// mentorkit.js as the README embeds it) and shows one widget, from the start of the navigation
// to the first animation frame with the widget's content in it (laid out; the frame then
// paints it). Each beside its plain twin in the same run: the same page with the widget's
// rendered content written out as plain HTML (its shadow tree and its styles as declarative
// shadow DOM, no script), made from the widget's own output at the start of the run, so that
// the baseline always has the same fields, words and styles as the widget it is compared with.
// (`npm run bench -- render`; needs `npm run build -w @mentorkit/widgets` and a Chromium.)
//
// The page measures itself (performance.now() counts from the navigation's start), so the
// figures hold no Playwright round trips; the browser's HTTP cache is warm after the warm-up
// runs, as for a visitor's second page. Widget and twin are both checked at animation frames
// only, from the first on: a check at the end of parsing would count the plain page before
// any frame could show it, and the widget (rendered after its modules ran) a frame later.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { FULL_MATCH } from '../../widgets/src/match-card/testing/fixtures.ts';
import { CHROME_ARGS, requireChrome } from '../support/find-browser.js';
import { defineBenchmarks } from './benchmark.ts';

const CDN_DIR = fileURLToPath(new URL('../../widgets/dist/cdn/', import.meta.url));

/**
 * Records when `ready` first holds at an animation frame, as `window.renderedAt` (after a forced
 * layout, so the content is laid out: the frame then paints it).
 */
const whenReady = (ready: string) => `<script type="module">
  const check = () => {
    if (${ready}) {
      document.body.getBoundingClientRect();
      window.renderedAt = performance.now();
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
</script>`;

const htmlPage = (body: string, lang = 'sv') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Bench</title></head><body>${body}</body></html>`;

/** One widget's page: how it is loaded, its element, and what shows it is there. */
interface WidgetPage {
  /** `/cdn/mk-….js` (the widget's own file) or `/cdn/mentorkit.js` (the loader). */
  script: string;
  /** The element as the page writes it, e.g. `<mk-follow-up kind="mentee">`. */
  tag: string;
  attributes: string;
  /** A selector in the widget's shadow root that holds once its content shows. */
  shown: string;
  lang?: string;
  /** A module script that gives the element its data (the match card's `match`). */
  setup?: string;
}

const readyCheck = ({ tag, shown }: WidgetPage) =>
  `document.querySelector('${tag}')?.shadowRoot?.querySelector('${shown}')`;

const widgetPage = (widget: WidgetPage) =>
  htmlPage(
    `<script type="module" src="${widget.script}"></script>
     <${widget.tag} ${widget.attributes}></${widget.tag}>
     ${widget.setup ?? ''}
     ${whenReady(readyCheck(widget))}`,
    widget.lang,
  );

/** The form shows: its fields and its button. */
const FORM_SHOWN = '[part~="submit"]';
/** The whole form shows: with the fields matching needs (occupation, …), which its checks bring. */
const WHOLE_FORM_SHOWN = '.occupation input';
const FORM_ATTRIBUTES = 'kind="mentor" privacy-url="/privacy" without-draft';

const WIDGET_PAGES = {
  '/signup-form.html': {
    script: '/cdn/mk-signup-form.js',
    tag: 'mk-signup-form',
    attributes: FORM_ATTRIBUTES,
    shown: FORM_SHOWN,
  },
  '/loader-signup-form.html': {
    script: '/cdn/mentorkit.js',
    tag: 'mk-signup-form',
    attributes: FORM_ATTRIBUTES,
    shown: FORM_SHOWN,
  },
  '/loader-signup-form-en.html': {
    script: '/cdn/mentorkit.js',
    tag: 'mk-signup-form',
    attributes: FORM_ATTRIBUTES,
    shown: FORM_SHOWN,
    lang: 'en',
  },
  '/loader-whole-signup-form-en.html': {
    script: '/cdn/mentorkit.js',
    tag: 'mk-signup-form',
    attributes: FORM_ATTRIBUTES,
    shown: WHOLE_FORM_SHOWN,
    lang: 'en',
  },
  '/follow-up.html': {
    script: '/cdn/mk-follow-up.js',
    tag: 'mk-follow-up',
    attributes: 'kind="mentee" months-after-start="6"',
    shown: '[part~="submit"]',
  },
  '/match-card.html': {
    script: '/cdn/mk-match-card.js',
    tag: 'mk-match-card',
    attributes: 'audience="coordinator" actions',
    shown: '[part~="card"]',
    setup: `<script type="module">
       document.querySelector('mk-match-card').match = ${JSON.stringify(FULL_MATCH)};
     </script>`,
  },
} satisfies Record<string, WidgetPage>;
type WidgetPath = keyof typeof WIDGET_PAGES;

/** Pages served: each widget's, and each plain twin once made (`/plain/<widget page>`). */
const PAGES = new Map<string, string>(
  Object.entries(WIDGET_PAGES).map(([path, widget]) => [path, widgetPage(widget)]),
);

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
};

function startServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    (async () => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      const html = PAGES.get(path);
      if (html !== undefined) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(html);
        return;
      }
      const file = normalize(join(CDN_DIR, path.replace(/^\/cdn\//, '')));
      if (path.startsWith('/cdn/') && file.startsWith(CDN_DIR)) {
        try {
          const body = await readFile(file);
          response.writeHead(200, {
            'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
            'cache-control': 'max-age=3600',
          });
          response.end(body);
          return;
        } catch {
          // Not built: the 404 below, and the run fails with a timeout that says so.
        }
      }
      response.writeHead(404).end();
    })().catch((error: unknown) => {
      // Not expected (a missing file is the 404 above); the page's wait then fails the run.
      console.error('first-render bench server:', error);
      response.destroy();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

interface Session {
  browser: Browser;
  page: Page;
  server: Server;
  origin: string;
}

let started: Promise<Session> | undefined;

function session(): Promise<Session> {
  started ??= (async () => {
    const { server, origin } = await startServer();
    const browser = await chromium.launch({
      executablePath: requireChrome(),
      headless: true,
      args: CHROME_ARGS,
    });
    const page = await browser.newPage();
    return { browser, page, server, origin };
  })();
  return started;
}

/** Opens `path` anew and returns the page's own figure: ms from navigation start to ready. */
async function firstRender(path: string): Promise<number> {
  const { page, origin } = await session();
  await page.goto(`${origin}${path}`);
  const handle = await page.waitForFunction(
    () => (window as unknown as { renderedAt?: number }).renderedAt,
    undefined,
    { timeout: 10_000 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * The widget's page with its content as plain HTML: rendered by the widget, then its shadow tree
 * as it is at the first frame that shows it (later content, such as the fields the signup form's
 * checks bring, left out; Lit's marker comments too) and its style sheets written into the
 * element as a declarative shadow root, with no script, so that nothing defines the element.
 */
async function plainTwin(path: WidgetPath): Promise<string> {
  const twinPath = `/plain${path}`;
  if (PAGES.has(twinPath)) return twinPath;
  const widget: WidgetPage = WIDGET_PAGES[path];
  const { page, origin } = await session();
  await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
  const { css, markup } = await page.evaluate(
    ({ tag, shown }) =>
      new Promise<{ css: string; markup: string }>((resolve) => {
        const check = () => {
          const root = document.querySelector(tag)?.shadowRoot;
          if (!root?.querySelector(shown)) {
            requestAnimationFrame(check);
            return;
          }
          const sheets = root.adoptedStyleSheets.map((sheet) =>
            [...sheet.cssRules].map((rule) => rule.cssText).join('\n'),
          );
          resolve({ css: sheets.join('\n'), markup: root.getHTML() });
        };
        check();
      }),
    { tag: widget.tag, shown: widget.shown },
  );
  const content = `<style>${css}</style>${markup.replace(/<!--[^]*?-->/g, '')}`;
  PAGES.set(
    twinPath,
    htmlPage(
      `<${widget.tag} ${widget.attributes}><template shadowrootmode="open">${content}</template></${widget.tag}>
       ${whenReady(readyCheck(widget))}`,
      widget.lang,
    ),
  );
  return twinPath;
}

/** A widget's page, measured beside the plain twin named `baseline`. */
const widgetRow = (name: string, path: WidgetPath, baseline: string) => ({
  name: `first render (Chromium): ${name}`,
  run: () => firstRender(path),
  measuresItself: true,
  runs: 30,
  baseline,
});
/** The plain twin of a widget's page: the baseline of its row (and of others named with it). */
const twinRow = (name: string, path: WidgetPath) => ({
  name,
  run: async () => firstRender(await plainTwin(path)),
  measuresItself: true,
  runs: 30,
});

const PLAIN_FORM = 'first render (Chromium): the same form as plain HTML (baseline)';
const PLAIN_WHOLE_FORM =
  'first render (Chromium): the whole form, matching fields too, as plain HTML (baseline)';
const PLAIN_CARD = 'first render (Chromium): the same card as plain HTML (baseline)';
const PLAIN_FOLLOW_UP =
  'first render (Chromium): the same questions as plain HTML (follow-up baseline)';

export default defineBenchmarks([
  widgetRow('<mk-signup-form> mentor form, fresh page (sv)', '/signup-form.html', PLAIN_FORM),
  widgetRow(
    '<mk-signup-form> through mentorkit.js, fresh page (sv)',
    '/loader-signup-form.html',
    PLAIN_FORM,
  ),
  widgetRow(
    '<mk-signup-form> through mentorkit.js, fresh page (en)',
    '/loader-signup-form-en.html',
    PLAIN_FORM,
  ),
  twinRow(PLAIN_FORM, '/signup-form.html'),
  widgetRow(
    '<mk-signup-form> through mentorkit.js, the whole form with the matching fields (en)',
    '/loader-whole-signup-form-en.html',
    PLAIN_WHOLE_FORM,
  ),
  twinRow(PLAIN_WHOLE_FORM, '/loader-whole-signup-form-en.html'),
  widgetRow('<mk-match-card> full coordinator card, fresh page', '/match-card.html', PLAIN_CARD),
  twinRow(PLAIN_CARD, '/match-card.html'),
  widgetRow(
    "<mk-follow-up> mentee's questions, fresh page (sv)",
    '/follow-up.html',
    PLAIN_FOLLOW_UP,
  ),
  twinRow(PLAIN_FOLLOW_UP, '/follow-up.html'),
]);

export async function teardown(): Promise<void> {
  if (!started) return;
  const { browser, server } = await started;
  await browser.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}
