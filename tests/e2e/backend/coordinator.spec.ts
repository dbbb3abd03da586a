// The reference backend through the browser: the coordinator view (behind its token) shows
// what the public API stored; nothing of the coordinator API answers without the token.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from '../../support/pinned-clock.ts';
import { COORDINATOR_ROUTE_EXAMPLES } from '../../../demo/server/api/coordinator-routes.ts';
import { COORDINATOR_TOKEN, coordinatorHeaders, menteeSignup } from './backend-helpers.ts';

async function signIn(page: Page) {
  await page.goto('/coordinator/');
  await page.getByLabel('Coordinator token').fill(COORDINATOR_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Signups' })).toBeVisible();
}

test('no coordinator route answers without a session, not even with the token', async ({
  request,
}) => {
  expect(COORDINATOR_TOKEN).not.toBe('');
  // No token and a wrong one, by turns: every refusal counts against this client's limit of
  // refused tokens (30 at once), which would otherwise answer 429 before the last routes.
  // The right token too: it signs the first administrator in, and opens no route by itself.
  const refusedTokens = [undefined, 'Bearer not-the-token-at-all', `Bearer ${COORDINATOR_TOKEN}`];
  for (const [index, { method, path }] of COORDINATOR_ROUTE_EXAMPLES.entries()) {
    const authorization = refusedTokens[index % refusedTokens.length];
    const response = await request.fetch(path, {
      method,
      headers: authorization ? { Authorization: authorization } : {},
      data: method === 'POST' ? {} : undefined,
    });
    expect(response.status(), `${method} ${path} with ${authorization ?? 'no token'}`).toBe(401);
    expect(await response.text()).not.toContain('@example.org');
  }
  // The token opens nothing by itself: it signs the first administrator in, and the session
  // does.
  const allowed = await request.get('/api/coordinator/signups', {
    headers: await coordinatorHeaders(),
  });
  expect(allowed.status()).toBe(200);
});

test('a signup POSTed with one idempotency key twice is stored once and listed for the coordinator', async ({
  page,
  request,
}) => {
  const name = `Zainab E2e ${Date.now()}`;
  const submission = menteeSignup(name, `zainab.${Date.now()}@example.org`);
  const post = () =>
    request.post('/api/signups', {
      data: submission,
      headers: { 'Idempotency-Key': submission.draftId },
    });
  const first = await post();
  expect(first.status()).toBe(201);
  const { id } = (await first.json()) as { id: string };
  const second = await post();
  expect(second.status()).toBe(409);
  expect(await second.json()).toMatchObject({ id });

  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });

  await signIn(page);
  await page.getByLabel('Search name, e-mail, profession or region').fill(name);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const rows = page.locator('#signups-table tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(name);
  await expect(rows.first()).toContainText('Mentee');
  await expect(page.locator('#signup-count')).toHaveText('1 signup');
  expect(violations).toEqual([]);
});

test('the coordinator proposes a match with reasons, adds and cancels a training, and erases a person', async ({
  page,
  request,
}) => {
  const email = `erase.${Date.now()}@example.org`;
  const name = `Omar E2e ${Date.now()}`;
  const submission = menteeSignup(name, email);
  expect(
    (
      await request.post('/api/signups', {
        data: submission,
        headers: { 'Idempotency-Key': submission.draftId },
      })
    ).status(),
  ).toBe(201);

  await signIn(page);
  await page.getByLabel('Search name, e-mail, profession or region').fill(name);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('button', { name: `Find a mentor for ${name}` }).click();
  const candidates = page.locator('#candidates > li');
  await expect(candidates.first()).toBeVisible();
  await expect(candidates.first().locator('.reasons li').first()).toContainText('%');
  await candidates
    .first()
    .getByRole('button', { name: /Propose this match/ })
    .click();
  await expect(page.getByRole('status')).toHaveText('The match was proposed.');
  await expect(page.locator('#matches')).toContainText(name);

  const title = `E2e-träff ${Date.now()}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Date').fill('2027-05-04');
  await page.getByLabel('Starts (Stockholm time)').fill('17:00');
  await page.getByLabel('Ends').fill('18:30');
  await page.getByRole('button', { name: 'Add training' }).click();
  await expect(page.locator('#trainings')).toContainText(title);
  const feed = async () =>
    (
      (await (await request.get('/api/trainings.json')).json()) as {
        title: string;
        status: string;
      }[]
    ).find((event) => event.title === title);
  expect(await feed()).toMatchObject({ status: 'confirmed' });
  await page.getByRole('button', { name: `Cancel training: ${title}` }).click();
  await expect(page.getByRole('status')).toContainText('was cancelled');
  expect(await feed()).toMatchObject({ status: 'cancelled' });

  // Before erasing, what is held about the person, as the file they may ask for.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `Export JSON of ${name}` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^mentorkit-[\w-]+\.json$/);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    signup: { submission: { person: { email: string } } };
    matches: { status: string; role: string }[];
  };
  expect(exported.signup.submission.person.email).toBe(email);
  expect(exported.matches).toEqual([
    expect.objectContaining({ role: 'mentee', status: 'proposed' }),
  ]);
  await expect(page.getByRole('status')).toHaveText(
    `The data of ${name} was downloaded as a JSON file.`,
  );
  // The same as CSV, every value a row, for a spreadsheet.
  const downloadingCsv = page.waitForEvent('download');
  await page.getByRole('button', { name: `Export CSV of ${name}` }).click();
  const csv = await downloadingCsv;
  expect(csv.suggestedFilename()).toMatch(/^mentorkit-[\w-]+\.csv$/);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText).toContain(email);
  await expect(page.getByRole('status')).toHaveText(
    `The data of ${name} was downloaded as a CSV file.`,
  );

  await page.getByRole('button', { name: `Erase data of ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: "Erase this person's data" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('E-mail address').fill('wrong@example.org');
  await dialog.getByRole('button', { name: 'Erase for good' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Type the e-mail address exactly as shown.');
  await dialog.getByLabel('E-mail address').fill(email);
  await dialog.getByRole('button', { name: 'Erase for good' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText(`The data of ${email} was erased`);
  await expect(page.locator('#signups-table tbody tr')).toHaveCount(0);
  await expect(page.locator('#matches')).not.toContainText(name);

  // The administrator (signed in with the token) reads in the audit log who exported and
  // erased this person's data, by their id only: never their name or address.
  const id = /^mentorkit-([\w-]+)\.json$/.exec(download.suggestedFilename())![1]!;
  const audit = page.locator('#audit-table');
  await expect(audit).toBeVisible();
  const about = audit.locator('tbody tr', { hasText: id });
  await expect(about.filter({ hasText: 'Erased' })).toHaveCount(1);
  await expect(about.filter({ hasText: 'Exported' })).toHaveCount(2);
  await expect(about.first()).toContainText('First administrator');
  await expect(audit).not.toContainText(email);
  await expect(audit).not.toContainText(name);
});

test('the coordinator page has no axe violations, signed out and signed in', async ({ page }) => {
  await page.goto('/coordinator/');
  await expect(page.getByLabel('Your e-mail address')).toBeVisible();
  const signedOut = await new AxeBuilder({ page }).analyze();
  expect(signedOut.violations).toEqual([]);

  await signIn(page);
  await expect(page.locator('#signups-table tbody tr').first()).toBeVisible();
  const firstMentee = page.getByRole('button', { name: /^Find a mentor for / }).first();
  await firstMentee.click();
  await expect(page.locator('#candidates > li').first()).toBeVisible();
  const signedIn = await new AxeBuilder({ page }).analyze();
  expect(signedIn.violations).toEqual([]);

  await page
    .getByRole('button', { name: /^Erase data of / })
    .first()
    .click();
  const withDialog = await new AxeBuilder({ page }).analyze();
  expect(withDialog.violations).toEqual([]);
});
