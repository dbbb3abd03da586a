// A partner's site is a CMS with its own styles, and some of them are careless: the widgets,
// pasted with the README's snippet onto a page that loads WordPress's block library styles (from
// npm, as a WordPress site prints them) and a theme with rules that hit everything, must still
// be readable and usable: real sizes, real targets, the form filled in and sent, axe clean.
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { expect, test } from '../../support/pinned-clock.ts';
import { wordpressBlockLibraryCss } from '../../support/wordpress-styles.ts';
import { coordinatorHeaders } from '../backend/backend-helpers.ts';
import {
  filledInSnippet,
  partnerDocument,
  servePartnerSite,
  someMatchId,
  strictPolicy,
  watchForProblems,
  type PartnerSite,
} from './partner-helpers.ts';

/** A theme written without the widgets in mind: rules on every element, tiny inputs. */
const CARELESS_THEME = `
* { all: revert; }
input, select, textarea { width: 10px; height: 8px; font-size: 6px; }
button { border: 0; padding: 0; font-size: 8px; background: none; }
p, li, label, span, h2, h3 { margin: 0; line-height: 1; }
`;

let partner: PartnerSite;

test.beforeAll(async ({ baseURL }) => {
  const backend = new URL(baseURL ?? '').origin;
  const html = partnerDocument({
    title: 'Facket – bli mentor',
    policy: strictPolicy(backend),
    head: `<link rel="stylesheet" href="/wp-includes/css/dist/block-library/style.css" />
    <link rel="stylesheet" href="/wp-content/themes/careless/style.css" />`,
    body: `<form role="search" class="wp-block-search"><label>Sök <input type="search" /></label></form>
    <article class="wp-block-group entry-content">
      <h1 class="wp-block-heading">Bli mentor för en nyanländ kollega</h1>
      <div class="wp-block-columns"><div class="wp-block-column">
        ${filledInSnippet(backend, await someMatchId(backend))}
      </div></div>
    </article>`,
  });
  const css = 'text/css; charset=utf-8';
  const blockLibrary = wordpressBlockLibraryCss();
  partner = await servePartnerSite(() => ({
    '/': ['text/html; charset=utf-8', html],
    '/wp-includes/css/dist/block-library/style.css': [css, blockLibrary],
    '/wp-content/themes/careless/style.css': [css, CARELESS_THEME],
  }));
});

test.afterAll(() => {
  partner.close();
});

/** Width and height in CSS pixels, as a person's pointer meets it. */
async function sizeOf(locator: Locator): Promise<{ width: number; height: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return { width: box.width, height: box.height };
}

test("the widgets stay usable on a WordPress page with a careless theme's global CSS", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const problems = await watchForProblems(page);
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.goto(`${partner.origin}/`);

  // The page's own styles did apply (the test would prove nothing otherwise): its own search
  // field is as the theme says, and WordPress's rules are loaded.
  expect((await sizeOf(page.getByRole('searchbox', { name: 'Sök' }))).width).toBeLessThanOrEqual(
    12,
  );
  expect(
    await page.evaluate(() =>
      [...document.styleSheets].some((sheet) =>
        [...sheet.cssRules].some((rule) => rule.cssText.includes('wp-block-columns')),
      ),
    ),
  ).toBe(true);

  const calendar = page.locator('mk-training-calendar');
  await expect(calendar.locator('[part~="event"]').first()).toBeVisible();
  const card = page.locator('mk-match-card');
  await expect(card.locator('[part~="card"]')).toBeVisible();

  const form = page.locator('mk-signup-form');
  const name = form.getByLabel('Namn', { exact: true });
  await expect(name).toBeVisible();
  // The theme's `input { width: 10px; font-size: 6px }` does not reach into the widget.
  expect((await sizeOf(name)).width).toBeGreaterThan(200);
  expect((await sizeOf(name)).height).toBeGreaterThanOrEqual(24);
  expect(
    Number.parseFloat(await name.evaluate((element) => getComputedStyle(element).fontSize)),
  ).toBeGreaterThanOrEqual(14);
  const submit = form.getByRole('button', { name: 'Skicka anmälan' });
  expect((await sizeOf(submit)).height).toBeGreaterThanOrEqual(24);
  // Each widget takes the width of its column, not the width of an inline run of text.
  for (const widget of [form, calendar, card]) {
    expect((await sizeOf(widget)).width, await widget.evaluate((e) => e.localName)).toBeGreaterThan(
      300,
    );
  }

  await form.evaluate((element) => {
    (element as HTMLElement & { minFillTime: number }).minFillTime = 0;
  });
  const email = `careless.theme.${randomUUID()}@example.se`;
  await name.fill('Tove Temasson');
  await form.getByLabel('E-postadress').fill(email);
  await form.getByLabel('Arbetsplats eller organisation').fill('Gjuteriet i Kallinge');
  await form.getByLabel('Yrke', { exact: true }).fill('Formare');
  await form.getByLabel('Bransch').fill('Gjuteri');
  await form.getByLabel('Antal år i yrket').fill('22');
  await form.getByRole('checkbox', { name: 'svenska', exact: true }).check();
  await form.getByLabel('Nivå: svenska').selectOption('native');
  await form.getByRole('checkbox', { name: 'Att skriva ett cv' }).check();
  await form.getByRole('checkbox', { name: 'Vardagar, kvällstid' }).check();
  await form.getByRole('checkbox', { name: 'På plats' }).check();
  await form.getByLabel('Ort eller region').fill('Blekinge');
  await form.getByLabel('Varför vill du bli mentor?').fill('Jag vill dela med mig.');
  await form.getByLabel('Jag har läst hur mina uppgifter behandlas').check();
  await submit.press('Enter');
  await expect(form.locator('[part="success"]')).toBeVisible();
  const stored = await request.get('/api/coordinator/signups', {
    headers: await coordinatorHeaders(),
  });
  expect(await stored.text()).toContain(email);

  expect(
    (
      await new AxeBuilder({ page })
        .include('mk-signup-form')
        .include('mk-training-calendar')
        .include('mk-match-card')
        .analyze()
    ).violations,
  ).toEqual([]);
  expect(problems).toEqual([]);
});
