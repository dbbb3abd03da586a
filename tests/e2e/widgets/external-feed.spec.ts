// A union keeps its mentor trainings in an Outlook or Google calendar, whose feed sends no
// CORS headers, so a calendar widget on the union's site cannot read it. Here the calendar host
// is a third local server (no CORS, ETags, and it can break); the coordinator registers its
// feed in the coordinator view; the backend fetches it; and a partner page on a second origin
// shows it from the backend's copy, under its own strict CSP. The Playwright config allows the
// backend to fetch from 127.0.0.1 (MENTORKIT_FEED_ALLOW_HOSTS), as an organisation would allow
// its intranet calendar server; any other private address stays refused.
import { createServer, type Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../../support/pinned-clock.ts';
import { COORDINATOR_TOKEN, freePort } from '../backend/backend-helpers.ts';
import {
  WIDGETS_VERSION,
  partnerDocument,
  servePartnerSite,
  strictPolicy,
  watchForProblems,
  type PartnerSite,
} from './partner-helpers.ts';

/** Two trainings after the pinned day (23 November 2026), as Outlook writes a feed. */
const OUTLOOK_FEED = [
  'BEGIN:VCALENDAR',
  'METHOD:PUBLISH',
  'PRODID:Microsoft Exchange Server 2010',
  'VERSION:2.0',
  'X-WR-CALNAME:Facket Vimmerby – mentorskap',
  'BEGIN:VEVENT',
  'UID:040000008200E00074C5B7101A82E0080000000001@outlook',
  'DTSTAMP:20261101T090000Z',
  'DTSTART:20261203T160000Z',
  'DTEND:20261203T180000Z',
  'SUMMARY:Mentorsträff på sågverket',
  'LOCATION:Vimmerby',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:040000008200E00074C5B7101A82E0080000000002@outlook',
  'DTSTAMP:20261101T090000Z',
  'DTSTART:20261210T160000Z',
  'DTEND:20261210T180000Z',
  'SUMMARY:Introduktion för nya mentorer',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

let calendarHost: Server;
let feedUrl: string;
let hostMode: 'feed' | 'login-page' = 'feed';
let partner: PartnerSite;
let partnerHtml = '';

test.beforeAll(async () => {
  calendarHost = createServer((request, response) => {
    // No Access-Control-Allow-Origin: a browser on another origin may not read this.
    if (hostMode === 'login-page') {
      response.writeHead(200, { 'Content-Type': 'text/html' }).end('<title>Sign in</title>');
    } else if (request.headers['if-none-match'] === '"outlook-1"') {
      response.writeHead(304).end();
    } else {
      response
        .writeHead(200, { 'Content-Type': 'text/calendar; charset=utf-8', ETag: '"outlook-1"' })
        .end(OUTLOOK_FEED);
    }
  });
  const hostPort = await freePort();
  await new Promise<void>((resolve) => calendarHost.listen(hostPort, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${hostPort}/owa/calendar/facket/calendar.ics`;

  partner = await servePartnerSite(() => ({ '/': ['text/html; charset=utf-8', partnerHtml] }));
});

test.afterAll(() => {
  calendarHost.closeAllConnections();
  calendarHost.close();
  partner.close();
});

/** The union's page: the widget snippet the coordinator view gave, and the feed's own URL. */
function partnerPage(backend: string, widgetSnippet: string): string {
  return partnerDocument({
    title: 'Facket Vimmerby – utbildningar',
    // The feed's own host too, so that only CORS (not the policy) stops the direct read.
    policy: strictPolicy(backend, [new URL(feedUrl).origin]),
    head: `<script type="module" src="${backend}/widgets/${WIDGETS_VERSION}/mentorkit.js"></script>`,
    body: `<h1>Utbildningar för mentorer</h1>
      <section id="through-backend">
        <h2>Via Mentorkit</h2>
        ${widgetSnippet}
      </section>
      <section id="direct">
        <h2>Direkt från kalendern</h2>
        <mk-training-calendar src="${feedUrl}"></mk-training-calendar>
      </section>`,
  });
}

async function signIn(page: Page): Promise<void> {
  await page.goto('/coordinator/');
  await page.getByLabel('Coordinator token').fill(COORDINATOR_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'People' })).toBeVisible();
}

/** Adds a feed in the coordinator view, by keyboard; its card. */
async function addFeed(page: Page, name: string, url: string) {
  // The feed form's own Name (an administrator's view also has the invitation form's).
  const form = page.getByRole('form', { name: 'Add a calendar feed' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('iCal address').fill(url);
  await form.getByLabel('iCal address').press('Enter');
  const card = page.locator('#feeds > li').filter({ has: page.getByRole('heading', { name }) });
  await expect(card).toBeVisible();
  return card;
}

test('a coordinator adds an Outlook feed; a partner page on another origin shows it through the backend', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const backend = new URL(baseURL ?? '').origin;
  hostMode = 'feed';
  await signIn(page);
  const card = await addFeed(page, 'Facket Vimmerby', feedUrl);
  await expect(card.getByText('Working: 2 events')).toBeVisible();
  await expect(page.locator('mk-feeds .notice')).toHaveText(
    '"Facket Vimmerby" was added: 2 events.',
  );
  // Focus moves to the new feed, so a keyboard user is where the answer is.
  await expect(card.getByRole('heading', { name: 'Facket Vimmerby' })).toBeFocused();
  const snippet = (await card.locator('code').textContent()) ?? '';
  expect(snippet).toMatch(
    new RegExp(
      `^<mk-training-calendar src="${backend}/api/feeds/[\\w-]+\\.ics"></mk-training-calendar>$`,
    ),
  );
  expect((await new AxeBuilder({ page }).include('mk-feeds').analyze()).violations).toEqual([]);

  // The partner's page, with the snippet as the coordinator view gave it.
  partnerHtml = partnerPage(backend, snippet);
  const partnerTab = await page.context().newPage();
  // The direct read is refused on purpose, and the browser logs that: CSP and script errors only.
  const problems = await watchForProblems(partnerTab, { consoleErrors: false });
  await partnerTab.goto(`${partner.origin}/`);
  const throughBackend = partnerTab.locator('#through-backend mk-training-calendar');
  await expect(throughBackend.getByText('Mentorsträff på sågverket')).toBeVisible();
  await expect(throughBackend.getByText('Introduktion för nya mentorer')).toBeVisible();
  // The same feed read directly: the browser refuses it (no CORS), and the widget says the
  // server could not be reached, not that the person's connection is down.
  const direct = partnerTab.locator('#direct mk-training-calendar');
  await expect(direct.getByText('Servern gick inte att nå')).toBeVisible();
  await expect(direct).not.toContainText('internetanslutning');
  expect((await new AxeBuilder({ page: partnerTab }).analyze()).violations).toEqual([]);
  expect(problems).toEqual([]);

  // The feed breaks (the calendar now answers with a sign-in page): the coordinator sees why,
  // and the partner's page still shows the last good copy.
  hostMode = 'login-page';
  await card.getByRole('button', { name: 'Fetch now: Facket Vimmerby' }).click();
  await expect(card.locator('.error')).toContainText('is not a calendar, such as a sign-in page');
  await expect(card.locator('.error')).toContainText('Calendars show the copy from');
  await partnerTab.reload();
  await expect(throughBackend.getByText('Mentorsträff på sågverket')).toBeVisible();

  // Fixed again.
  hostMode = 'feed';
  await card.getByRole('button', { name: 'Fetch now: Facket Vimmerby' }).click();
  await expect(card.getByText('Working: 2 events')).toBeVisible();
});

test('a private address is refused and said so; removing a feed asks first', async ({ page }) => {
  await signIn(page);
  // ::1 is loopback too, and not among the allowed hosts.
  const card = await addFeed(page, 'Intranätet', feedUrl.replace('127.0.0.1', '[::1]'));
  await expect(card.locator('.error')).toContainText('on a private or local network');
  await expect(card.locator('.error')).toContainText('say it cannot be read');

  const remove = card.getByRole('button', { name: 'Remove feed: Intranätet' });
  await remove.click();
  await expect(card.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(remove).toBeFocused();
  await remove.click();
  await card.getByRole('button', { name: 'Remove for good' }).click();
  await expect(page.locator('mk-feeds .notice')).toHaveText('"Intranätet" was removed.');
  await expect(page.getByRole('heading', { name: 'Intranätet' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Calendar feeds from elsewhere' })).toBeFocused();
});
