// First render in Chromium, measured where a visitor waits: a fresh page of a partner's site that
// loads a CDN file (`widgets/dist/cdn`, as built: the widget's own file, or the loader
// mentorkit.js as the README embeds it) and shows one widget, from the start of the navigation
// to the widget's content laid out. Each beside a plain baseline in the same run: the
// same fields as a plain HTML form, the same people and reasons as a plain HTML list.
// (`npm run bench -- render`; needs `npm run build -w @mentorkit/widgets` and a Chromium.)
//
// The page measures itself (performance.now() counts from the navigation's start), so the
// figures hold no Playwright round trips; the browser's HTTP cache is warm after the warm-up
// runs, as for a visitor's second page.
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

/** Records when `ready()` first holds, checked on every frame, as `window.renderedAt`. */
const whenReady = (ready: string) => `<script type="module">
  const check = () => {
    if (${ready}) {
      document.body.getBoundingClientRect();
      window.renderedAt = performance.now();
    } else requestAnimationFrame(check);
  };
  check();
</script>`;

const page = (body: string, lang = 'sv') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Bench</title></head><body>${body}</body></html>`;

/** The signup form as the README embeds it: the loader (mentorkit.js), then the tag. */
const loaderForm = (lang: string, ready: string) =>
  page(
    `<script type="module" src="/cdn/mentorkit.js"></script>
     <mk-signup-form kind="mentor" privacy-url="/privacy" without-draft></mk-signup-form>
     ${whenReady(`document.querySelector('mk-signup-form')?.shadowRoot?.querySelector('${ready}')`)}`,
    lang,
  );
/** The form shows: its fields and its button. */
const FORM_SHOWN = '[part~="submit"]';
/** The whole form shows: with the fields matching needs (occupation, …), which its checks bring. */
const WHOLE_FORM_SHOWN = '.occupation input';

const FORM_FIELDS = [
  ['name', 'Namn', 'text'],
  ['email', 'E-postadress', 'email'],
  ['phone', 'Telefon (frivilligt)', 'tel'],
  ['workplace', 'Arbetsplats eller organisation', 'text'],
  ['profession', 'Yrke', 'text'],
  ['industry', 'Bransch', 'text'],
  ['years', 'År i yrket', 'number'],
  ['availability', 'När kan du träffas?', 'text'],
  ['region', 'Län eller ort', 'text'],
] as const;

/** The mentee's follow-up questions (issue 17) as a plain HTML form, in Swedish. */
const radios = (name: string, legend: string, options: readonly string[]) =>
  `<fieldset><legend>${legend}</legend>${options
    .map(
      (label, index) =>
        `<label><input type="radio" name="${name}" value="${index}" required> ${label}</label>`,
    )
    .join('')}</fieldset>`;
export const PLAIN_FOLLOW_UP_FORM = `<form><h2>Uppföljning efter 6 månader</h2>
  ${radios('workSituation', 'Vad gör du nu?', [
    'Jag har ett jobb inom mitt yrke eller ett kvalificerat jobb',
    'Jag har ett annat jobb',
    'Jag studerar',
    'Jag söker arbete',
    'Något annat',
  ])}
  <p><label for="hours">Hur många timmar i veckan?</label><input id="hours" name="weeklyHours" inputmode="numeric"></p>
  <fieldset><legend>Sedan när?</legend><label>Månad <select name="sinceMonth"><option>januari</option></select></label><label>År <select name="sinceYear"><option>2027</option></select></label></fieldset>
  ${radios('helped', 'Hur mycket har mentorskapet hjälpt dig?', ['Mycket', 'En del', 'Lite', 'Inte alls'])}
  <p><label for="comment">Vill du berätta något mer?</label><textarea id="comment" name="comment" maxlength="5000"></textarea></p>
  <button>Skicka svaren</button></form>`;

const PAGES: Record<string, string> = {
  '/signup-form.html': page(
    `<script type="module" src="/cdn/mk-signup-form.js"></script>
     <mk-signup-form kind="mentor" privacy-url="/privacy" without-draft></mk-signup-form>
     ${whenReady(`document.querySelector('mk-signup-form')?.shadowRoot?.querySelector('[part~="submit"]')`)}`,
  ),
  '/loader-signup-form.html': loaderForm('sv', FORM_SHOWN),
  '/loader-signup-form-en.html': loaderForm('en', FORM_SHOWN),
  '/loader-whole-signup-form-en.html': loaderForm('en', WHOLE_FORM_SHOWN),
  '/plain-form.html': page(
    `<form>${FORM_FIELDS.map(
      ([name, label, type]) =>
        `<p><label for="${name}">${label}</label><input id="${name}" name="${name}" type="${type}"></p>`,
    ).join('')}
     <p><label for="motivation">Varför vill du bli mentor?</label><textarea id="motivation"></textarea></p>
     <p><input id="consent" type="checkbox"><label for="consent">Jag har läst hur uppgifterna behandlas</label></p>
     <button>Skicka anmälan</button></form>
     ${whenReady(`document.querySelector('button')`)}`,
  ),
  '/follow-up.html': page(
    `<script type="module" src="/cdn/mk-follow-up.js"></script>
     <mk-follow-up kind="mentee" months-after-start="6"></mk-follow-up>
     ${whenReady(`document.querySelector('mk-follow-up')?.shadowRoot?.querySelector('[part~="submit"]')`)}`,
  ),
  '/plain-follow-up.html': page(
    `${PLAIN_FOLLOW_UP_FORM}${whenReady(`document.querySelector('button')`)}`,
  ),
  '/match-card.html': page(
    `<script type="module" src="/cdn/mk-match-card.js"></script>
     <mk-match-card audience="coordinator" actions></mk-match-card>
     <script type="module">
       document.querySelector('mk-match-card').match = ${JSON.stringify(FULL_MATCH)};
     </script>
     ${whenReady(`document.querySelector('mk-match-card')?.shadowRoot?.querySelector('[part~="card"]')`)}`,
  ),
  '/plain-list.html': page(
    `<article><h2>Förslag</h2><ul>${[FULL_MATCH.mentor, FULL_MATCH.mentee]
      .map(
        (person) =>
          `<li><p>${person.displayName} (${person.initials})</p><p>${person.profession}, ${person.industry}, ${person.region}</p><p>${person.languages.map((language) => language.code).join(', ')}</p></li>`,
      )
      .join('')}</ul><ol>${FULL_MATCH.reasons
      .map((reason) => `<li>${reason.label} (${reason.weight})</li>`)
      .join('')}</ol><button>Acceptera</button><button>Avböj</button></article>
     ${whenReady(`document.querySelector('button')`)}`,
  ),
};

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
};

function startServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    (async () => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      const html = PAGES[path];
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

const PLAIN_FORM = 'first render (Chromium): the same fields as a plain HTML form (baseline)';
const PLAIN_LIST =
  'first render (Chromium): the same people and reasons as a plain list (baseline)';
const PLAIN_FOLLOW_UP =
  'first render (Chromium): the same questions as a plain HTML form (follow-up baseline)';

export default defineBenchmarks([
  {
    name: 'first render (Chromium): <mk-signup-form> mentor form, fresh page (sv)',
    run: () => firstRender('/signup-form.html'),
    measuresItself: true,
    runs: 30,
    baseline: PLAIN_FORM,
  },
  {
    name: 'first render (Chromium): <mk-signup-form> through mentorkit.js, fresh page (sv)',
    run: () => firstRender('/loader-signup-form.html'),
    measuresItself: true,
    runs: 30,
    baseline: PLAIN_FORM,
  },
  {
    name: 'first render (Chromium): <mk-signup-form> through mentorkit.js, fresh page (en)',
    run: () => firstRender('/loader-signup-form-en.html'),
    measuresItself: true,
    runs: 30,
    baseline: PLAIN_FORM,
  },
  {
    name: 'first render (Chromium): <mk-signup-form> through mentorkit.js, the whole form with the matching fields (en)',
    run: () => firstRender('/loader-whole-signup-form-en.html'),
    measuresItself: true,
    runs: 30,
    baseline: PLAIN_FORM,
  },
  { name: PLAIN_FORM, run: () => firstRender('/plain-form.html'), measuresItself: true, runs: 30 },
  {
    name: 'first render (Chromium): <mk-match-card> full coordinator card, fresh page',
    run: () => firstRender('/match-card.html'),
    measuresItself: true,
    runs: 30,
    baseline: PLAIN_LIST,
  },
  { name: PLAIN_LIST, run: () => firstRender('/plain-list.html'), measuresItself: true, runs: 30 },
  {
    name: "first render (Chromium): <mk-follow-up> mentee's questions, fresh page (sv)",
    run: () => firstRender('/follow-up.html'),
    measuresItself: true,
    runs: 30,
    baseline: PLAIN_FOLLOW_UP,
  },
  {
    name: PLAIN_FOLLOW_UP,
    run: () => firstRender('/plain-follow-up.html'),
    measuresItself: true,
    runs: 30,
  },
]);

export async function teardown(): Promise<void> {
  if (!started) return;
  const { browser, server } = await started;
  await browser.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}
