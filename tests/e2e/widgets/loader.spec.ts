// mentorkit.js is a loader (widgets/src/loader.ts, docs/decisions/0023): it imports a widget's
// chunk when that widget's tag first appears. Each test serves a page on the demo server's
// origin that loads /widgets/mentorkit.js as the built CDN folder has it, and reads the
// network: a page with one widget fetches that widget's chunks only; a tag added later, also
// inside a shadow root, is defined then; four widgets on one page share one Lit; a widget chunk
// that does not match the loader's hash never runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../../support/pinned-clock.ts';
import { REPO_DIR } from '../backend/backend-helpers.ts';

const CDN_DIR = join(REPO_DIR, 'widgets/dist/cdn');
const TAGS = ['mk-follow-up', 'mk-match-card', 'mk-signup-form', 'mk-training-calendar'];

type Manifest = Record<
  string,
  { file: string; name?: string; imports?: string[]; dynamicImports?: string[] }
>;
const manifest = (): Manifest =>
  JSON.parse(readFileSync(join(CDN_DIR, '.vite/manifest-mentorkit.json'), 'utf8')) as Manifest;

/** The loader build's chunk of `tag`: its key in the manifest. */
function widgetKey(loader: Manifest, tag: string): string {
  const key = Object.keys(loader).find((k) => loader[k]?.name === tag && k.startsWith('_'));
  if (!key) throw new Error(`No chunk of ${tag} in the loader's build: npm run build`);
  return key;
}

/**
 * The file of the chunk `key` in the loader's build and of every chunk it imports, transitively:
 * statically, and with `lazy` its lazy chunks too.
 */
function filesOf(loader: Manifest, key: string, lazy: boolean): Set<string> {
  const files = new Set<string>();
  const visit = (next: string) => {
    const chunk = loader[next];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of [
      ...(chunk.imports ?? []),
      ...(lazy ? (chunk.dynamicImports ?? []) : []),
    ])
      visit(imported);
  };
  visit(key);
  return files;
}

/** Every file `tag`'s chunk can ever load: its static imports and lazy chunks, transitively. */
function everythingOf(tag: string): Set<string> {
  const loader = manifest();
  return filesOf(loader, widgetKey(loader, tag), true);
}

/** Serves `body` as /loader-page.html and records the widget files the page requests. */
async function openPage(page: Page, body: string, lang = 'sv'): Promise<{ requested: string[] }> {
  const requested: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/widgets/')) requested.push(path.slice('/widgets/'.length));
  });
  await page.route('**/loader-page.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Loader</title>
        <script type="module" src="/widgets/mentorkit.js"></script></head>
        <body><main>${body}</main></body></html>`,
    }),
  );
  await page.goto('/loader-page.html');
  return { requested };
}

const defined = (page: Page) =>
  page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS);

test('a page with only a match card loads the card’s own file and nothing of the other widgets', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const { requested } = await openPage(
    page,
    '<mk-match-card audience="public" src="/data/match.json"></mk-match-card>',
  );

  const card = page.locator('mk-match-card');
  await expect(card.locator('[part~="card"]')).toBeVisible();
  expect(await defined(page)).toEqual(['mk-match-card']);
  // The loader, then the card's chunk and what it loads (the shared chunk with Lit, its view):
  // nothing that only the form, the calendar or the follow-up could load.
  const cardFiles = everythingOf('mk-match-card');
  expect(requested[0]).toBe('mentorkit.js');
  expect(requested.some((file) => /^chunks\/mk-match-card-/.test(file))).toBe(true);
  const others = requested.filter((file) => file !== 'mentorkit.js' && !cardFiles.has(file));
  expect(others).toEqual([]);
  expect(errors).toEqual([]);
});

test('a tag added later is defined then, also inside the shadow root of the page’s own element', async ({
  page,
}) => {
  const { requested } = await openPage(page, '<p>No widget yet.</p>');
  await page.waitForFunction(() => document.readyState === 'complete');
  expect(await defined(page)).toEqual([]);
  expect(requested).toEqual(['mentorkit.js']);

  // A framework's component renders the form a moment later.
  await page.evaluate(() => {
    const form = document.createElement('mk-signup-form');
    form.setAttribute('privacy-url', '/privacy.html');
    form.toggleAttribute('without-draft', true);
    document.querySelector('main')?.append(form);
  });
  await expect(page.locator('mk-signup-form').locator('[part~="submit"]')).toBeVisible();

  // The page's own element, defined after the loader ran, shows a follow-up in its shadow root.
  await page.evaluate(() => {
    class PartnerPanel extends HTMLElement {
      connectedCallback() {
        const root = this.attachShadow({ mode: 'open' });
        setTimeout(() => {
          const followUp = document.createElement('mk-follow-up');
          followUp.setAttribute('kind', 'mentee');
          followUp.setAttribute('months-after-start', '6');
          root.append(followUp);
        }, 0);
      }
    }
    document.querySelector('main')?.append(document.createElement('partner-panel'));
    customElements.define('partner-panel', PartnerPanel);
  });
  await expect(page.locator('partner-panel mk-follow-up [part~="submit"]')).toBeVisible();
  expect(await defined(page)).toEqual(['mk-follow-up', 'mk-signup-form']);
  const shared = requested.filter((file) => /^chunks\/shared-/.test(file));
  expect(shared).toHaveLength(1);
});

test('four widgets on one page load Lit once, and all four work', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const { requested } = await openPage(
    page,
    `<mk-signup-form kind="mentee" privacy-url="/privacy.html" without-draft></mk-signup-form>
     <mk-training-calendar src="/examples/training-calendar.json" from="2026-12-01"></mk-training-calendar>
     <mk-match-card audience="public" src="/data/match.json"></mk-match-card>
     <mk-follow-up kind="mentor" months-after-start="3"></mk-follow-up>`,
  );

  await expect(page.locator('mk-signup-form [part~="submit"]')).toBeVisible();
  await expect(page.locator('mk-training-calendar [part~="event-title"]').first()).toBeVisible();
  await expect(page.locator('mk-match-card [part~="card"]')).toBeVisible();
  await expect(page.locator('mk-follow-up [part~="submit"]')).toBeVisible();
  expect(await defined(page)).toEqual(TAGS);
  // Each widget's chunk and the one shared chunk (Lit, the base element), each fetched once;
  // none of the widgets' self-contained files, which would each bring Lit again.
  for (const tag of TAGS)
    expect(requested.filter((file) => file.startsWith(`chunks/${tag}-`))).toHaveLength(1);
  expect(requested.filter((file) => /^chunks\/shared-/.test(file))).toHaveLength(1);
  expect(requested.filter((file) => /^mk-[a-z-]+\.js$/.test(file))).toEqual([]);
  expect(errors).toEqual([]);

  // A person can use them: the form checks a field once the person leaves it.
  const email = page.locator('mk-signup-form').getByLabel('E-postadress');
  await email.fill('inte-en-adress');
  await email.blur();
  await expect(page.locator('mk-signup-form [part~="error"]').first()).toBeVisible();
});

test('an English page preloads every chunk of the words its form speaks, so none waits for another', async ({
  page,
}) => {
  await openPage(
    page,
    '<mk-signup-form kind="mentor" privacy-url="/privacy.html" without-draft></mk-signup-form>',
    'en',
  );
  await expect(page.locator('mk-signup-form').getByRole('button', { name: /Send/ })).toBeVisible();

  // The form's English catalogue and every chunk it imports (the English words it shares with
  // the match card, core's goals) were asked for by the loader, beside the widget's chunk; a
  // chunk found only once the catalogue had been parsed would be one more wait before the
  // first render.
  const wordFiles = filesOf(manifest(), 'src/signup-form/locales/en.ts', false);
  const preloaded = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) =>
      new URL(link.href).pathname.replace(/^\/widgets\//, ''),
    ),
  );
  expect([...wordFiles].filter((file) => !preloaded.includes(file))).toEqual([]);
  expect(preloaded.some((file) => /^chunks\/signup-form-en-/.test(file))).toBe(true);
});

test('a widget chunk that does not match the loader’s hash never runs', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(message.text()));
  // What a compromised CDN would serve under the card's chunk's name.
  const loader = manifest();
  const cardChunk = loader[widgetKey(loader, 'mk-match-card')]!.file;
  await page.route(`**/widgets/${cardChunk}`, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      headers: { 'access-control-allow-origin': '*' },
      body: 'window.tampered = true;',
    }),
  );
  await openPage(page, '<mk-match-card audience="public" src="/data/match.json"></mk-match-card>');

  await expect
    .poll(() => messages.some((text) => text.includes('Could not load <mk-match-card>')))
    .toBe(true);
  expect(await page.evaluate(() => 'tampered' in window)).toBe(false);
  expect(await defined(page)).toEqual([]);
});
