// A partner's own page on another origin embeds the three widgets from the reference backend
// with the README's snippet as it stands (only the backend's address, the SRI hash and a match
// id filled in), under the page's own strict CSP (Trusted Types included). No endpoint or feed
// URL: the widgets find the API beside their script. A person signs up there and the backend
// stores it; the calendar shows the backend's feed, the card a public match.
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../../support/pinned-clock.ts';
import { coordinatorHeaders } from '../backend/backend-helpers.ts';
import {
  WIDGETS_VERSION,
  filledInSnippet,
  partnerDocument,
  readmeSnippet,
  readmeStyles,
  servePartnerSite,
  someMatchId,
  strictPolicy,
  watchForProblems,
  type PartnerSite,
} from './partner-helpers.ts';

let partner: PartnerSite;

test.beforeAll(async ({ baseURL }) => {
  const backend = new URL(baseURL ?? '').origin;
  // The README names the current version, so that its snippet works as pasted.
  expect(readmeSnippet()).toContain(`/widgets/${WIDGETS_VERSION}/mentorkit.js`);
  const html = partnerDocument({
    title: 'Facket – bli mentor',
    policy: strictPolicy(backend),
    head: '<link rel="stylesheet" href="/site.css" />',
    body: `<h1>Bli mentor för en nyanländ kollega</h1>
      ${filledInSnippet(backend, await someMatchId(backend))}`,
  });
  partner = await servePartnerSite(() => ({
    '/': ['text/html; charset=utf-8', html],
    // The partner's stylesheet: the README's example of styling each widget.
    '/site.css': ['text/css; charset=utf-8', readmeStyles()],
  }));
});

test.afterAll(() => {
  partner.close();
});

test('a partner page on another origin signs a mentor up through the backend, under its own strict CSP', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const problems = await watchForProblems(page);
  await page.goto(`${partner.origin}/`);
  expect(new URL(page.url()).origin).not.toBe(
    new URL(test.info().project.use.baseURL ?? '').origin,
  );

  // The calendar reads the backend's feed, and the card a public match, across origins.
  const calendar = page.locator('mk-training-calendar');
  await expect(calendar.locator('[part~="event"]').first()).toBeVisible();
  const card = page.locator('mk-match-card');
  await expect(card.locator('[part~="card"]')).toBeVisible();
  await expect(card.locator('[part~="contact-link"]')).toHaveCount(0);

  const form = page.locator('mk-signup-form');
  await expect(form.locator('form')).toBeVisible();

  // The README's styling example reaches each widget through its tokens and parts.
  const style = (locator: typeof form, property: string) =>
    locator.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
  const submit = form.getByRole('button', { name: 'Skicka anmälan' });
  expect(await style(submit, 'background-color')).toBe('rgb(166, 25, 46)');
  expect(await style(submit, 'text-transform')).toBe('uppercase');
  expect(await style(calendar.locator('[part~="event-title"]').first(), 'font-weight')).toBe('700');
  expect(await style(card.locator('[part~="card"]'), 'border-top-color')).toBe('rgb(166, 25, 46)');
  expect(await style(card.locator('[part~="card"]'), 'border-top-width')).toBe('2px');
  await form.evaluate((element) => {
    (element as HTMLElement & { minFillTime: number }).minFillTime = 0;
  });
  // Unique per run (the backend's database lives on between tests), without reading a clock.
  const email = `cross.origin.${randomUUID()}@example.se`;
  await form.getByLabel('Namn', { exact: true }).fill('Karin Korsberg');
  await form.getByLabel('E-postadress').fill(email);
  await form.getByLabel('Arbetsplats eller organisation').fill('Sågverket i Vimmerby');
  await form.getByLabel('Yrke', { exact: true }).fill('Sågverksarbetare');
  await form.getByLabel('Bransch').fill('Sågverk');
  await form.getByLabel('Antal år i yrket').fill('15');
  await form.getByRole('checkbox', { name: 'svenska', exact: true }).check();
  await form.getByLabel('Nivå: svenska').selectOption('native');
  await form.getByRole('checkbox', { name: 'Att skriva ett cv' }).check();
  await form.getByRole('checkbox', { name: 'Vardagar, kvällstid' }).check();
  await form.getByRole('checkbox', { name: 'På plats' }).check();
  await form.getByLabel('Ort eller region').fill('Kalmar län');
  await form.getByLabel('Varför vill du bli mentor?').fill('Jag vill visa hur vi jobbar här.');
  await form.getByLabel('Jag har läst hur mina uppgifter behandlas').check();
  await form.getByRole('button', { name: 'Skicka anmälan' }).click();
  await expect(form.locator('[part="success"]')).toBeVisible();

  const stored = await request.get('/api/coordinator/signups', {
    headers: await coordinatorHeaders(),
  });
  const signups = (await stored.json()) as { email?: string; person?: { email?: string } }[];
  expect(JSON.stringify(signups)).toContain(email);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
  expect(problems).toEqual([]);
});
