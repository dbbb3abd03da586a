// The reference backend through the browser: the coordinator view (behind its token) shows
// what the public API stored; nothing of the coordinator API answers without the token.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { readCsv } from '@mentorkit/core/csv';
import { expect, test } from '../../support/pinned-clock.ts';
import { COORDINATOR_ROUTE_EXAMPLES } from '../../../demo/server/api/coordinator-routes.ts';
import { mentorSubmission } from '../../../demo/server/testing/fixtures.ts';
import { COORDINATOR_TOKEN, coordinatorHeaders, menteeSignup } from './backend-helpers.ts';
import { expectNoCodes } from './codes-on-screen.ts';

async function signIn(page: Page) {
  await page.goto('/coordinator/');
  await page.getByLabel('Coordinator token').fill(COORDINATOR_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'People' })).toBeVisible();
}

/** The people list searched for `text` (Enter sends it at once). */
async function search(page: Page, text: string) {
  const box = page.getByLabel('Search name, e-mail, profession or region');
  await box.fill(text);
  await box.press('Enter');
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
  await search(page, name);
  const rows = page.locator('#signups-table tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(name);
  await expect(rows.first()).toContainText('Mentee');
  await expect(rows.first()).toContainText('New');
  await expect(page.locator('mk-people-list .count')).toHaveText('1 person');
  // The name opens the person's view.
  await expect(rows.first().getByRole('link', { name })).toHaveAttribute('href', `#person=${id}`);
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
  await search(page, name);
  await page.getByRole('button', { name: `Find a mentor for ${name}` }).click();
  const candidates = page.locator('#candidates > li');
  await expect(candidates.first()).toBeVisible();
  await expect(candidates.first().locator('.reasons li').first()).toContainText('%');
  await expect(page.locator('#proposal-intro')).toContainText(
    'Suggested by occupation, languages, region, goals and times',
  );
  // The panel's own section: a shadow host's innerText is empty.
  await expectNoCodes(page.locator('#proposal section'));
  await candidates
    .first()
    .getByRole('button', { name: /Propose this match/ })
    .click();
  await expect(page.locator('#proposal').getByRole('status')).toHaveText('The match was proposed.');
  await expect(page.locator('#matches')).toContainText(name);

  const title = `E2e-träff ${Date.now()}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Date').fill('2027-05-04');
  await page.getByLabel('Starts (Stockholm time)').fill('17:00');
  await page.getByLabel('Ends').fill('18:30');
  await page.getByLabel('Weekly, number of times').fill('3');
  await page.getByRole('button', { name: 'Add training' }).click();
  const training = page.locator('#trainings > li', { hasText: title });
  await expect(training).toContainText('Repeats weekly, 3 times');
  await expect(training).toContainText('Status: Scheduled');
  // The focus is on the new training, and the notice says what this add did.
  await expect(training.getByRole('heading', { name: title })).toBeFocused();
  const trainingNotice = page.locator('mk-trainings .notice');
  await expect(trainingNotice).toHaveText(`"${title}" was added to the feeds.`);
  await expectNoCodes(training);
  const feed = async () =>
    (
      (await (await request.get('/api/trainings.json')).json()) as {
        title: string;
        status: string;
      }[]
    ).find((event) => event.title === title);
  expect(await feed()).toMatchObject({ status: 'confirmed' });
  // Cancelling cannot be undone: it is asked once more, in the training's card.
  await page.getByRole('button', { name: `Cancel training: ${title}` }).click();
  await training.getByRole('button', { name: 'Yes, cancel it' }).click();
  await expect(trainingNotice).toContainText('was cancelled');
  await expect(training).toContainText('Status: Cancelled');
  expect(await feed()).toMatchObject({ status: 'cancelled' });

  // Before erasing, what is held about the person, as the file they may ask for: from their
  // view, which their name in the list opens.
  await page.locator('#signups-table').getByRole('link', { name }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: "Export this person's data (JSON)" }).click();
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
  // The same as CSV, every value a row, for a spreadsheet.
  const downloadingCsv = page.waitForEvent('download');
  await page.getByRole('button', { name: "Export this person's data (CSV)" }).click();
  const csv = await downloadingCsv;
  expect(csv.suggestedFilename()).toMatch(/^mentorkit-[\w-]+\.csv$/);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText).toContain(email);

  await page.getByRole('button', { name: "Erase this person's data" }).click();
  const dialog = page.getByRole('dialog', { name: "Erase this person's data" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('E-mail address').fill('wrong@example.org');
  await dialog.getByRole('button', { name: 'Erase for good' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Type the e-mail address exactly as shown.');
  await dialog.getByLabel('E-mail address').fill(email);
  await dialog.getByRole('button', { name: 'Erase for good' }).click();
  await expect(dialog).toBeHidden();
  // The page's status line (the person view has one of its own).
  await expect(page.locator('#status')).toContainText(`The data of ${email} was erased`);
  // Back in the list (the address too), which says whose data went, with the focus there:
  // no "not found" for the person just erased, and no one is left by that name.
  await expect(page).toHaveURL(/#people$/);
  await expect(page.locator('#person-page')).toBeHidden();
  const notice = page.locator('mk-people-list .notice');
  await expect(notice).toHaveText(`The data of ${name} was erased for good, with their matches.`);
  await expect(notice).toBeFocused();
  await expect(page.locator('#signups-table')).toBeHidden();
  await expect(page.locator('mk-people-list')).toContainText('No one matches these filters.');
  await expect(page.locator('#matches')).not.toContainText(name);

  // The administrator (signed in with the token) reads in the audit log, in words, who
  // exported and erased this person's data. The log keeps their id only; the name it showed
  // while they existed went with the erasure: "an erased person", never their name or address.
  const id = /^mentorkit-([\w-]+)\.json$/.exec(download.suggestedFilename())![1]!;
  const audit = page.locator('#audit-table');
  await expect(audit).toBeVisible();
  const about = audit.locator(`tbody tr[data-subject="${id}"]`);
  await expect(about.filter({ hasText: "Erased the person's data" })).toHaveCount(1);
  await expect(about.filter({ hasText: "Exported the person's data" })).toHaveCount(2);
  await expect(about.first().locator('td').nth(1)).toHaveText(
    'First administrator (administrator)',
  );
  await expect(about.locator('.whose').first()).toHaveText('an erased person');
  await expect(about.locator('.whose').filter({ hasNotText: 'an erased person' })).toHaveCount(0);
  await expect(audit).not.toContainText(email);
  await expect(audit).not.toContainText(name);
  // No request or id on screen for what the page has words for.
  await expect(audit).not.toContainText('/api/coordinator/signups');
  await expect(audit).not.toContainText(id);
});

/** A downloaded CSV's records (the header first), in either dialect. */
function csvRecords(text: string): string[][] {
  const read = readCsv(text);
  if (!read.ok) throw new Error(`Not CSV: ${text.slice(0, 200)}`);
  return read.records.map((record) => record.cells);
}

test('the coordinator exports the filtered people list, and the people selected, as CSV', async ({
  page,
  request,
}) => {
  const run = randomUUID().slice(0, 8);
  const mentees = [`Nadia Export ${run}`, `Omar Export ${run}`];
  const mentorName = `Petra Export ${run}`;
  // A fixed moment (the server keeps what it is given, as person-view.spec's signups show).
  const now = '2026-11-20T10:00:00Z';
  const mentorBase = mentorSubmission();
  const mentor = {
    ...mentorBase,
    person: { name: mentorName, email: `petra.${run}@example.org` },
    submittedAt: now,
    consent: { ...mentorBase.consent, acceptedAt: now },
  };
  const people: { id: string; email: string }[] = [];
  for (const submission of [
    ...mentees.map((name, index) => menteeSignup(name, `mentee${index}.${run}@example.org`)),
    mentor,
  ]) {
    const stored = await request.post('/api/signups', {
      data: submission,
      headers: { 'Idempotency-Key': submission.draftId },
    });
    expect(stored.status()).toBe(201);
    const { id } = (await stored.json()) as { id: string };
    people.push({ id, email: submission.person.email });
  }

  await signIn(page);
  await search(page, `Export ${run}`);
  const list = page.locator('mk-people-list');
  await expect(list.locator('.count')).toHaveText('3 people');
  await list.getByLabel('Role').selectOption({ label: 'Mentee' });
  await expect(list.locator('.count')).toHaveText('2 people');

  // The filtered list: its two mentees, not the mentor, newest first as the list shows them.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export these 2 as CSV', exact: true }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^signups-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = csvRecords(readFileSync(await file.path(), 'utf8'));
  const nameColumn = header!.indexOf('name');
  expect(rows.map((cells) => cells[nameColumn])).toEqual([...mentees].reverse());
  expect(rows.map((cells) => cells[header!.indexOf('kind')])).toEqual(['mentee', 'mentee']);
  await expect(list.locator('.notice')).toHaveText(
    `The file ${file.suggestedFilename()} was downloaded.`,
  );

  // The same for Swedish Excel: a byte-order mark and semicolons.
  const downloadingExcel = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export these 2 as CSV for Swedish Excel' }).click();
  const excel = readFileSync(await (await downloadingExcel).path(), 'utf8');
  expect(excel.startsWith('\uFEFFid;created_at;kind')).toBe(true);
  expect(
    csvRecords(excel)
      .slice(1)
      .map((cells) => cells[nameColumn]),
  ).toEqual([...mentees].reverse());

  // One person selected: only them.
  await page.getByRole('checkbox', { name: `Select ${mentees[0]}` }).check();
  const downloadingSelected = page.waitForEvent('download');
  await page
    .getByRole('button', { name: 'Export the selected person as CSV', exact: true })
    .click();
  const selected = csvRecords(readFileSync(await (await downloadingSelected).path(), 'utf8'));
  expect(selected.slice(1).map((cells) => cells[nameColumn])).toEqual([mentees[0]]);

  // Gone again, so that the tests after this one find the people they expect first.
  const headers = { ...(await coordinatorHeaders()), Origin: new URL(page.url()).origin };
  for (const { id, email } of people) {
    const erased = await request.post(`/api/coordinator/signups/${id}/erase`, {
      headers,
      data: { confirm: email },
    });
    expect(erased.status()).toBe(200);
  }
});

test('the coordinator page has no axe violations, signed out and signed in', async ({ page }) => {
  // Three axe runs over the whole page: slow on a busy machine, never a timing check.
  test.slow();
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

  await page.locator('#signups-table tbody a').first().click();
  await page.getByRole('button', { name: "Erase this person's data" }).click();
  const withDialog = await new AxeBuilder({ page }).analyze();
  expect(withDialog.violations).toEqual([]);
});
