// The funder's report in the coordinator view. Matches are made through the real routes (signups
// posted, proposed by the coordinator API, answered through each person's own link) and the view
// shows their lifecycle counts, suppressed, with the outcome's empty state and the CSV. The
// follow-up's routes are not there yet, so the chart of answers is shown from a stubbed report
// answer (the node tests count real follow-ups on both engines). Axe on the section each time.
import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import type { SignupSubmission } from '@mentorkit/core';
import type { ProposedMatch } from '../../../demo/server/api/coordinator-match-routes.ts';
import type { Report } from '../../../demo/server/report/report.ts';
import { menteeSubmission, mentorSubmission } from '../../../demo/server/testing/fixtures.ts';
import { expect, test } from '../../support/pinned-clock.ts';
import { COORDINATOR_TOKEN, coordinatorHeaders } from './backend-helpers.ts';

// Some fifty requests, then axe over the section, on a shared machine.
test.describe.configure({ timeout: 120_000 });

async function signUp(request: APIRequestContext, submission: SignupSubmission): Promise<string> {
  const response = await request.post('/api/signups', {
    headers: { 'Idempotency-Key': submission.draftId },
    data: submission,
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** A mentee of `programme` and a mentor, signed up and proposed; the two people's tokens. */
async function proposedMatch(request: APIRequestContext, programme: string, n: number) {
  const suffix = `${programme}-${n}`;
  const menteeId = await signUp(
    request,
    menteeSubmission({
      programmeId: programme,
      person: { name: `Report Mentee ${n}`, email: `report.mentee.${suffix}@example.org` },
    }),
  );
  const mentorId = await signUp(
    request,
    mentorSubmission({
      person: { name: `Report Mentor ${n}`, email: `report.mentor.${suffix}@example.org` },
    }),
  );
  const response = await request.post('/api/coordinator/matches', {
    headers: await coordinatorHeaders(),
    data: { mentorId, menteeId },
  });
  expect(response.status()).toBe(201);
  const { participantUrls } = (await response.json()) as ProposedMatch;
  const token = (url: string) => url.slice(url.lastIndexOf('/') + 1);
  return { mentor: token(participantUrls.mentor), mentee: token(participantUrls.mentee) };
}

async function answer(request: APIRequestContext, token: string, step: 'accept' | 'decline') {
  const response = await request.post(`/api/participant/${token}/${step}`, { data: {} });
  expect(response.status(), `${step} ${token.slice(0, 6)}…`).toBe(200);
}

async function signIn(page: Page) {
  await page.goto('/coordinator/');
  await page.getByLabel('Coordinator token').fill(COORDINATOR_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Report', exact: true })).toBeVisible();
}

/** Axe over <mk-report>, its shadow tree included. */
const axeOnReport = async (page: Page) =>
  (await new AxeBuilder({ page }).include('mk-report').analyze()).violations;

/**
 * The month the server filed a programme's matches under: its own clock decides (read from its
 * JSON report), not this machine's, so that a run near midnight at a month's end agrees with
 * it. The node tests check the month's edges in Stockholm time.
 */
async function cohortOf(request: APIRequestContext, programme: string): Promise<string> {
  const response = await request.get(`/api/coordinator/report?programme=${programme}`, {
    headers: await coordinatorHeaders(),
  });
  const { programmes } = (await response.json()) as Report;
  const cohorts = programmes[0]?.cohorts.map((cohort) => cohort.cohort) ?? [];
  expect(cohorts).toHaveLength(1);
  return cohorts[0]!;
}

test('the report counts the matches of a programme by cohort, hiding small numbers', async ({
  page,
  request,
}) => {
  const programme = `report-e2e-${randomUUID().slice(0, 8)}`;
  const small = `${programme}-small`;
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  // The programme by its name (the report answers ids); the small one has no record: its id.
  const programmeName = `Welders ${programme.slice(-8)}`;
  const base = test.info().project.use.baseURL ?? '';
  const created = await request.post('/api/coordinator/programmes', {
    headers: { ...(await coordinatorHeaders()), Origin: base },
    data: { id: programme, name: programmeName },
  });
  expect(created.status()).toBe(201);

  // Twelve matches: five accepted by both (active), five waiting, two declined by the mentee.
  for (let n = 0; n < 12; n++) {
    const tokens = await proposedMatch(request, programme, n);
    if (n < 5) {
      await answer(request, tokens.mentee, 'accept');
      await answer(request, tokens.mentor, 'accept');
    } else if (n >= 10) {
      await answer(request, tokens.mentee, 'decline');
    }
  }
  // And a programme of two.
  for (let n = 0; n < 2; n++) await proposedMatch(request, small, n);

  await signIn(page);
  const cohort = await cohortOf(request, programme);
  const article = page.locator(`article.report-programme[data-programme="${programme}"]`);
  await expect(article.getByRole('heading', { name: programmeName })).toBeVisible();
  await expect(article).not.toContainText(programme);
  const table = article.getByRole('table', { name: /Matches by cohort/ });
  const row = table.locator(`tr[data-cohort="${cohort}"]`);
  const cell = (measure: string) => row.locator(`td[data-measure="${measure}"]`);
  await expect(cell('proposed')).toHaveText('12');
  await expect(cell('active')).toHaveText('5');
  await expect(cell('acceptedByBoth')).toHaveText('5');
  // Closed (2) is small, paused and completed are 0: waiting (5) is hidden with them, or the
  // closed could be worked out from the 12.
  for (const measure of ['waiting', 'paused', 'completed', 'closed', 'declined']) {
    await expect(cell(measure), measure).toHaveText('hidden');
  }
  await expect(cell('meetingsHeld')).toHaveText('0');
  await expect(article.locator('.report-no-rounds')).toHaveText(
    'No follow-ups have been sent yet.',
  );
  await expect(article.locator('.report-headline')).toHaveCount(0);

  // Two matches: fewer than 5, and nothing else of them.
  const smallRow = page.locator(`article[data-programme="${small}"] tr[data-cohort="${cohort}"]`);
  await expect(smallRow.locator('td[data-measure="proposed"]')).toHaveText('fewer than 5');
  await expect(smallRow.locator('td[data-measure="closed"]')).toHaveText('hidden');

  // The seeded demo matches are reported apart, with the badge.
  await expect(
    page.locator('article.report-programme[data-demo="yes"]').first().locator('.badge'),
  ).toHaveText('Demo');

  // The CSV, as downloaded.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the report as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^report-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await (await import('node:fs/promises')).readFile(await file.path(), 'utf8');
  expect(text).toMatch(/^programme,demo,cohort,round_months,measure,count,share_percent\r\n/);
  expect(text).toContain(`${programme},no,${cohort},,matches_proposed,12,\r\n`);
  expect(text).toContain(`${programme},no,${cohort},,matches_closed,hidden,\r\n`);
  expect(text).toContain(`${small},no,${cohort},,matches_proposed,<5,\r\n`);
  await expect(page.locator('mk-report .notice')).toHaveText(
    `The report was downloaded as CSV (${file.suggestedFilename()}).`,
  );
  // The focus stays on the button pressed.
  await expect(page.getByRole('button', { name: 'Download the report as CSV' })).toBeFocused();

  // Narrowed to the one programme (the route's ?programme=), and its CSV with it.
  await page
    .locator('mk-report')
    .getByRole('combobox', { name: 'Programme' })
    .selectOption({ label: programmeName });
  await expect(page.locator('article.report-programme')).toHaveCount(1);
  await expect(article.getByRole('heading', { name: programmeName })).toBeVisible();
  const narrowed = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the report as CSV' }).click();
  const narrowedText = await (
    await import('node:fs/promises')
  ).readFile(await (await narrowed).path(), 'utf8');
  expect(narrowedText).toContain(`${programme},no,${cohort},,matches_proposed,12,\r\n`);
  expect(narrowedText).not.toContain(`${small},`);

  expect(await axeOnReport(page)).toEqual([]);
  expect(problems).toEqual([]);
});

const shown = (count: number, share: number) => ({ suppressed: false as const, count, share });
const hidden = { suppressed: true as const };

/** What the backend answers for a programme with follow-ups (see the node tests). */
const REPORT_WITH_ROUNDS: Report = {
  generatedAt: '2026-11-23T09:00:00.000Z',
  timeZone: 'Europe/Stockholm',
  minimumCell: 5,
  programmes: [
    {
      programmeId: 'union-2026',
      demo: false,
      cohorts: [
        {
          cohort: '2026-01',
          proposed: { suppressed: false, count: 20 },
          waiting: hidden,
          acceptedByBoth: { suppressed: false, count: 17 },
          active: hidden,
          paused: hidden,
          completed: { suppressed: false, count: 17 },
          closed: hidden,
          declined: hidden,
          meetingsHeld: { suppressed: false, count: 136 },
        },
      ],
      rounds: [
        {
          monthsAfterStart: 3,
          asked: { suppressed: false, count: 17 },
          answered: hidden,
          sharesShown: false,
          workSituation: {
            'qualified-job': hidden,
            'other-job': hidden,
            studies: hidden,
            looking: hidden,
            other: hidden,
          },
          helped: { 'a-lot': hidden, some: hidden, 'a-little': hidden, 'not-at-all': hidden },
        },
        {
          monthsAfterStart: 12,
          asked: { suppressed: false, count: 20 },
          answered: { suppressed: false, count: 15 },
          sharesShown: true,
          workSituation: {
            'qualified-job': shown(10, 10 / 15),
            'other-job': hidden,
            studies: hidden,
            looking: hidden,
            other: hidden,
          },
          helped: {
            'a-lot': shown(9, 9 / 15),
            some: hidden,
            'a-little': hidden,
            'not-at-all': hidden,
          },
        },
      ],
      headline: { monthsAfterStart: 12, qualifiedJobShare: 10 / 15, answered: 15 },
    },
  ],
};

test('the outcome at each round: a chart with patterns and labels, a data table, the headline', async ({
  page,
}) => {
  await page.route('**/api/coordinator/report', (route) =>
    route.fulfill({ json: REPORT_WITH_ROUNDS }),
  );
  await signIn(page);
  const article = page.locator('article[data-programme="union-2026"]');
  await expect(article.locator('.report-headline')).toHaveText(
    '67% of the 15 mentees who answered after 12 months are in qualified jobs',
  );
  const chart = article.getByRole('img', { name: /work situation at each follow-up/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(
    '3 months: fewer than 5 answered, too few to show shares. 12 months: 15 answered; Qualified job 67%, Hidden 33%.',
  );
  // Direct labels on the bar, and a pattern per situation (not colour alone).
  await expect(chart.locator('text', { hasText: 'Qualified job 67%' })).toHaveCount(1);
  await expect(chart.locator('pattern')).toHaveCount(6);

  const table = article.getByRole('table', { name: /follow-ups by round/ });
  const twelve = table.locator('tr[data-round="12"]');
  await expect(twelve.getByRole('rowheader')).toHaveText('12 months');
  await expect(twelve.locator('td[data-measure="asked"]')).toHaveText('20');
  await expect(twelve.locator('td[data-measure="answered"]')).toHaveText('15');
  await expect(twelve.locator('td[data-value="qualified-job"]')).toHaveText('10 (67%)');
  await expect(twelve.locator('td[data-value="other-job"]')).toHaveText('hidden');
  const three = table.locator('tr[data-round="3"]');
  await expect(three.locator('td[data-measure="answered"]')).toHaveText('fewer than 5');
  await expect(three.locator('td[data-value="qualified-job"]')).toHaveText('too few answers');
  expect(await axeOnReport(page)).toEqual([]);

  // Forced colours (Windows high contrast): the chart's ink follows the system's text colour.
  await page.emulateMedia({ forcedColors: 'active' });
  const ink = await chart
    .locator('.report-segment')
    .first()
    .evaluate((element) => getComputedStyle(element).stroke);
  const text = await page.evaluate(() => getComputedStyle(document.body).color);
  expect(ink).toBe(text);
  expect(await axeOnReport(page)).toEqual([]);
});

test('the report says when there is nothing to report, and when it could not be loaded', async ({
  page,
}) => {
  let fail = true;
  await page.route('**/api/coordinator/report', (route) =>
    fail
      ? route.fulfill({
          status: 500,
          contentType: 'application/problem+json',
          body: JSON.stringify({ title: 'Internal error', detail: 'The database is away.' }),
        })
      : route.fulfill({ json: { ...REPORT_WITH_ROUNDS, programmes: [] } }),
  );
  await signIn(page);
  const report = page.locator('mk-report');
  const alert = report.getByRole('alert');
  await expect(alert).toContainText('The report could not be loaded');
  await expect(alert).toContainText('The server answered with an error (500).');
  expect(await axeOnReport(page)).toEqual([]);
  fail = false;
  await report.getByRole('button', { name: 'Try again' }).click();
  await expect(report.locator('.report-empty-state')).toHaveText(
    'No matches yet: nothing to report.',
  );
  // The failure is gone with its button: the focus is on the report's heading.
  await expect(report.getByRole('heading', { name: 'Report', exact: true })).toBeFocused();
  expect(await axeOnReport(page)).toEqual([]);
});
