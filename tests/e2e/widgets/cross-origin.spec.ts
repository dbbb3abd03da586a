// A partner's own page on another origin embeds the three widgets from the reference backend
// with the README's snippet as it stands (only the backend's address, the SRI hash and a match
// id filled in), under the page's own strict CSP (Trusted Types included). No endpoint or feed
// URL: the widgets find the API beside their script. A person signs up there and the backend
// stores it; the calendar shows the backend's feed, the card a public match.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../../support/pinned-clock.ts';
import { COORDINATOR_TOKEN, REPO_DIR, freePort } from '../backend/backend-helpers.ts';

const VERSION = (
  JSON.parse(readFileSync(join(REPO_DIR, 'widgets/package.json'), 'utf8')) as { version: string }
).version;

/** The first HTML block of the README's "Embed a widget" section, as a web editor copies it. */
function readmeSnippet(): string {
  const readme = readFileSync(join(REPO_DIR, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Embed a widget'));
  const block = /```html\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('The README has no HTML snippet under "Embed a widget"');
  return block;
}

/** The page a union's web editor writes: the README's snippet with their values in it. */
function partnerPage(backend: string, matchId: string): string {
  const integrity = (
    JSON.parse(readFileSync(join(REPO_DIR, 'widgets/dist/cdn/integrity.json'), 'utf8')) as Record<
      string,
      string
    >
  )['mentorkit.js'];
  const snippet = readmeSnippet();
  // The README names the current version, so that its snippet works as pasted.
  expect(snippet).toContain(`/widgets/${VERSION}/mentorkit.js`);
  const filledIn = snippet
    .replaceAll('https://mentor.example.org', backend)
    .replace('sha384-…', integrity ?? '')
    .replace('MATCH-ID', matchId);
  const policy = [
    "default-src 'self'",
    `script-src ${backend}`,
    `connect-src ${backend}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
  return `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${policy}" />
    <title>Facket – bli mentor</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <main>
      <h1>Bli mentor för en nyanländ kollega</h1>
      ${filledIn}
    </main>
  </body>
</html>`;
}

let partner: Server;
let partnerUrl: string;

/** A match of the demo data, to show on the partner's page. */
async function someMatchId(backend: string): Promise<string> {
  const response = await fetch(`${backend}/api/coordinator/matches`, {
    headers: { Authorization: `Bearer ${COORDINATOR_TOKEN}` },
  });
  const matches = (await response.json()) as { profile: { id: string } }[];
  const id = matches[0]?.profile.id;
  if (!id) throw new Error('The demo data has no match');
  return id;
}

test.beforeAll(async ({ baseURL }) => {
  const backend = new URL(baseURL ?? '').origin;
  const html = partnerPage(backend, await someMatchId(backend));
  partner = createServer((request, response) => {
    if (request.url !== '/') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => partner.listen(port, '127.0.0.1', resolve));
  partnerUrl = `http://127.0.0.1:${port}/`;
});

test.afterAll(() => {
  partner.close();
});

test('a partner page on another origin signs a mentor up through the backend, under its own strict CSP', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  await page.goto(partnerUrl);
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
  await form.getByRole('checkbox', { name: 'svenska' }).check();
  await form.getByLabel('Nivå: svenska').selectOption('native');
  await form.getByLabel('När kan du träffas?').fill('Torsdagar efter jobbet');
  await form.getByLabel('Ort eller region').fill('Kalmar län');
  await form.getByLabel('Varför vill du bli mentor?').fill('Jag vill visa hur vi jobbar här.');
  await form.getByLabel('Jag har läst hur mina uppgifter behandlas').check();
  await form.getByRole('button', { name: 'Skicka anmälan' }).click();
  await expect(form.locator('[part="success"]')).toBeVisible();

  const stored = await request.get('/api/coordinator/signups', {
    headers: { Authorization: `Bearer ${COORDINATOR_TOKEN}` },
  });
  const signups = (await stored.json()) as { email?: string; person?: { email?: string } }[];
  expect(JSON.stringify(signups)).toContain(email);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
  expect(problems).toEqual([]);
});
