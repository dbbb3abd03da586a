// The coordinator's view of one person against the real backend (issue 19): signed in, a
// coordinator opens #person=<id> and sees everything the person gave, in Swedish and in
// English, with axe passing in both; withdraws them and takes it back with Undo, exports their
// data as JSON and CSV, and goes back to the list, all by keyboard, from the list's link.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { MenteeSignup, MentorSignup } from '@mentorkit/core';
import { menteeSubmission, mentorSubmission } from '../../../demo/server/testing/fixtures.ts';
import { expect, test } from '../../support/pinned-clock.ts';
import { COORDINATOR_TOKEN } from './backend-helpers.ts';

/** A mentee who gave every field a mentee can, dated on the pinned clock. */
function fullMentee(name: string, email: string): MenteeSignup {
  const base = menteeSubmission();
  return {
    ...base,
    person: { name, email, phone: '+46 70 123 45 67' },
    profile: {
      ...base.profile,
      swedishLevel: 'B1',
      goals: ['degree-validation', 'interview'],
      availabilitySlots: ['weekday-evening'],
      meetingModes: ['in-person'],
      countryOfBirth: 'SY',
      motherTongue: 'ar',
      region: 'Uppsala',
    },
    consent: { privacyUrl: 'https://example.org/integritet', acceptedAt: '2026-11-20T10:00:00Z' },
    submittedAt: '2026-11-20T10:00:00Z',
    locale: 'ar',
    draftId: crypto.randomUUID(),
  };
}

/** Stores `signup` as the form would; answers its id. */
async function store(request: APIRequestContext, signup: MenteeSignup | MentorSignup) {
  const stored = await request.post('/api/signups', {
    data: signup,
    headers: { 'Idempotency-Key': signup.draftId },
  });
  expect(stored.status(), await stored.text()).toBe(201);
  return ((await stored.json()) as { id: string }).id;
}

/** A mentee with every field (`fullMentee`), stored under a name of their own: answers who. */
async function storeMentee(request: APIRequestContext, first: string) {
  const stamp = crypto.randomUUID().slice(0, 8);
  const name = `${first} Person ${stamp}`;
  const email = `${first.toLowerCase()}.${stamp}@example.org`;
  return { stamp, name, email, id: await store(request, fullMentee(name, email)) };
}

async function signIn(page: Page): Promise<void> {
  await page.goto('/coordinator/');
  await page.getByLabel('Coordinator token').fill(COORDINATOR_TOKEN);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.locator('#workspace')).toBeVisible();
}

/** The page's language switch (it sets `lang` on <html>, which the view follows). */
async function speak(page: Page, lang: 'sv' | 'en'): Promise<void> {
  await page.getByLabel('Språk / Language').selectOption(lang);
}

/** The value under `label` in the view's description lists. */
const valueOf = (view: Locator, label: string) =>
  view
    .locator('.item', { has: view.page().getByText(label, { exact: true }) })
    .locator('dd')
    .first();

async function axePasses(page: Page, state: string): Promise<void> {
  const axe = await new AxeBuilder({ page }).include('#person-page').analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.help}`),
    state,
  ).toEqual([]);
}

/** Presses Tab until `target` has the focus (keyboard only, as a coordinator would). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    if (await target.evaluate((element) => element.matches(':focus'))) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('the person view in Swedish and English passes axe, shows everything they gave, withdraws with Undo and exports, by keyboard', async ({
  page,
  request,
}) => {
  // One coordinator's whole visit (two languages, axe three times, four requests that change
  // or export): longer than one step, on a shared machine.
  test.slow();
  const { name, email, id } = await storeMentee(request, 'Rasha');

  await signIn(page);
  await speak(page, 'sv');
  // The list (newest first) links the person's name to their view.
  const link = page.locator('mk-people-list').getByRole('link', { name, exact: true });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#person=${id}$`));
  const view = page.locator('mk-person-view');
  const heading = view.getByRole('heading', { level: 2, name });
  await expect(heading).toBeFocused();

  // Swedish: every code in words.
  await expect(view).toContainText('Adept utan program');
  await expect(view).toContainText('Status: Ny');
  await expect(valueOf(view, 'Svenska')).toHaveText('B1 (självständig)');
  await expect(valueOf(view, 'Vill ha hjälp med')).toHaveText(
    'Validering av utbildning och Anställningsintervjuer',
  );
  await expect(valueOf(view, 'Språk')).toHaveText(
    'arabiska: modersmål och svenska: A2 (grundläggande)',
  );
  await expect(valueOf(view, 'Tider')).toHaveText('Vardagar, kvällstid');
  await expect(valueOf(view, 'Sätt att ses')).toHaveText('Ses på plats');
  await expect(valueOf(view, 'Födelseland')).toHaveText('Syrien');
  await expect(valueOf(view, 'Modersmål')).toHaveText('arabiska');
  await expect(valueOf(view, 'Region')).toHaveText('Uppsala');
  await expect(valueOf(view, 'Telefon')).toHaveText('+46 70 123 45 67');
  await expect(valueOf(view, 'Samtycke')).toContainText('Lämnat 20 nov. 2026');
  await expect(valueOf(view, 'Formulärets språk')).toHaveText('arabiska');
  await expect(view).toContainText('Inga matchningar än.');
  for (const code of ['weekday-evening', 'degree-validation', 'in-person', 'SY']) {
    await expect(view).not.toContainText(code);
  }
  await axePasses(page, 'Swedish');

  // English, when the page switches.
  await speak(page, 'en');
  await expect(view).toContainText('Mentee in no programme');
  await expect(valueOf(view, 'Swedish')).toHaveText('B1 (intermediate)');
  await expect(valueOf(view, 'Country of birth')).toHaveText('Syria');
  await expect(valueOf(view, 'Ways of meeting')).toHaveText('In person');
  await expect(view.getByRole('link', { name: 'Back to the people list' })).toBeVisible();
  // Who is signed in (and Sign out) stays in view beside the person.
  await expect(page.locator('#account')).toBeVisible();
  await expect(page.locator('#account')).toContainText('Signed in as');
  await axePasses(page, 'English');

  // Withdraw, then Undo, by keyboard.
  const withdraw = view.getByRole('button', { name: 'Mark as withdrawn' });
  await tabTo(page, withdraw);
  await page.keyboard.press('Enter');
  await expect(view).toContainText('Status: Withdrawn');
  await expect(view.getByRole('status')).toHaveText(
    `${name} is marked withdrawn and no longer proposed.`,
  );
  await expect(view.getByRole('button', { name: 'Undo the withdrawal' })).toBeFocused();
  await expect(valueOf(view, 'Withdrawn since')).not.toBeEmpty();
  // Withdrawn mentees are not proposed.
  await expect(view.getByRole('button', { name: 'Propose a mentor' })).toHaveCount(0);
  await axePasses(page, 'withdrawn');
  await tabTo(page, view.getByRole('button', { name: 'Undo', exact: true }));
  await page.keyboard.press('Enter');
  await expect(view).toContainText('Status: New');
  await expect(view.getByRole('status')).toHaveText(`${name} is no longer marked withdrawn.`);
  await expect(view.getByRole('button', { name: 'Mark as withdrawn' })).toBeFocused();

  // Exports (GDPR art. 15/20), JSON and CSV.
  for (const [label, format] of [
    ["Export this person's data (JSON)", 'json'],
    ["Export this person's data (CSV)", 'csv'],
  ] as const) {
    await tabTo(page, view.getByRole('button', { name: label }));
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toBe(`mentorkit-${id}.${format}`);
    const content = readFileSync(await file.path(), 'utf8');
    expect(content).toContain(email);
    if (format === 'json') expect(JSON.parse(content)).toBeTruthy();
    await expect(view.getByRole('status')).toHaveText(
      `The export was downloaded: mentorkit-${id}.${format}.`,
    );
  }

  // Back to the list: the person view goes, and the focus is on the link that led to it.
  await tabTo(page, view.getByRole('link', { name: 'Back to the people list' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#people$/);
  await expect(page.locator('#person-page')).toBeHidden();
  await expect(link).toBeFocused();
  await expect(page.locator('#matches-heading')).toBeVisible();
});

test('a person who is not there is not found, in words, and axe passes', async ({ page }) => {
  await signIn(page);
  await speak(page, 'sv');
  await page.goto('/coordinator/#person=su-no-such-person');
  const view = page.locator('mk-person-view');
  await expect(view).toContainText('Personen finns inte');
  await expect(view.getByRole('link', { name: 'Tillbaka till personlistan' })).toBeVisible();
  await axePasses(page, 'not found');
});

test('a match proposed from the person view shows them contacted, there and back in the list', async ({
  page,
  request,
}) => {
  const { stamp, name, id } = await storeMentee(request, 'Samir');
  const mentor = `Lena Mentor ${stamp}`;
  await store(
    request,
    mentorSubmission({
      person: { name: mentor, email: `lena.${stamp}@example.org` },
    }),
  );

  await signIn(page);
  const row = page.locator('mk-people-list tbody tr', { hasText: name });
  await expect(row.locator('td.status')).toHaveText('New');
  await page.goto(`/coordinator/#person=${id}`);
  const view = page.locator('mk-person-view');
  await expect(view).toContainText('Status: New');
  await view.getByRole('button', { name: 'Propose a mentor' }).click();
  await page.getByRole('button', { name: `Propose this match: ${mentor} and ${name}` }).click();
  // Without a manual refresh: the view loads them again, then the list when it shows again.
  await expect(view).toContainText('Status: Contacted');
  await expect(view.locator('section[aria-labelledby="person-matches"]')).toContainText(mentor);
  await view.getByRole('link', { name: 'Back to the people list' }).click();
  await expect(row.locator('td.status')).toHaveText('Contacted');
});

test('an address to a person opened before signing in asks nothing until then, and after signing in shows them with the focus on their name', async ({
  page,
  request,
}) => {
  const { name, id } = await storeMentee(request, 'Nadia');
  const refused: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 401) refused.push(response.url());
  });

  await page.goto(`/coordinator/#person=${id}`);
  await expect(page.getByLabel('Coordinator token')).toBeVisible();
  await expect(page.locator('#workspace')).toBeHidden();
  await page.getByLabel('Coordinator token').fill(COORDINATOR_TOKEN);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const view = page.locator('mk-person-view');
  await expect(view.getByRole('heading', { level: 2, name })).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`#person=${id}$`));
  expect(refused).toEqual([]);
});
