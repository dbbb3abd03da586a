// <mk-signup-form> from the CDN bundle on its demo page (demo/pages/examples/signup-form.html),
// under the page's strict CSP with Trusted Types. The partner's endpoint is stood in for with
// `page.route`, so these tests control its answers: failures, field errors, success.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../../support/pinned-clock.ts';
import type { Page, Route } from '@playwright/test';

const PAGE = '/examples/signup-form.html';

// Axe over three long forms (250 countries, 30 languages) takes a while on a shared machine.
test.describe.configure({ timeout: 90_000 });

async function open(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(PAGE);
  await expect(page.locator('#mentor-form form')).toBeVisible();
  await expect(page.locator('#mentee-form form')).toBeVisible();
  // Real people take longer than the bot threshold; these tests type faster.
  await page.locator('mk-signup-form').evaluateAll((forms) => {
    for (const form of forms) {
      (form as HTMLElement & { minFillTime: number; retryDelays: number[] }).minFillTime = 0;
      (form as HTMLElement & { retryDelays: number[] }).retryDelays = [50, 50, 50];
    }
  });
  return errors;
}

/** Fills the Swedish mentor form as a person would, with the keyboard. */
async function fillMentor(page: Page): Promise<void> {
  const form = page.locator('#mentor-form');
  await form.getByLabel('Namn', { exact: true }).fill('Anna Lindqvist');
  await form.getByLabel('E-postadress').fill('anna@example.se');
  await form.getByLabel('Arbetsplats eller organisation').fill('Gjuteriet i Hultsfred');
  await form.getByLabel('Yrke', { exact: true }).fill('Formare');
  await form.getByLabel('Bransch').fill('Gjuteri');
  await form.getByLabel('Antal år i yrket').fill('12');
  await form.getByRole('checkbox', { name: 'svenska', exact: true }).check();
  await form.getByLabel('Nivå: svenska').selectOption('native');
  await form.getByRole('checkbox', { name: 'Att skriva ett cv' }).check();
  await form.getByRole('checkbox', { name: 'Vardagar, kvällstid' }).check();
  await form.getByRole('checkbox', { name: 'På plats' }).check();
  await form.getByLabel('Ort eller region').fill('Kalmar län');
  await form.getByLabel('Varför vill du bli mentor?').fill('Jag vill hjälpa nya kollegor.');
  await form.getByLabel('Jag har läst hur mina uppgifter behandlas').check();
}

interface Seen {
  keys: string[];
  bodies: unknown[];
}

/** Stands in for the partner's endpoint: `answers` are played in order, the last repeats. */
async function partner(page: Page, answers: ((route: Route) => Promise<void>)[]): Promise<Seen> {
  const seen: Seen = { keys: [], bodies: [] };
  await page.route('**/api/signups', async (route) => {
    seen.keys.push(route.request().headers()['idempotency-key'] ?? '');
    seen.bodies.push(route.request().postDataJSON());
    const answer = answers[Math.min(seen.keys.length - 1, answers.length - 1)];
    if (answer === undefined) throw new Error('partner() needs at least one answer');
    await answer(route);
  });
  return seen;
}

const status = (code: number) => (route: Route) =>
  route.fulfill({ status: code, contentType: 'application/json', body: '{}' });

test('every state of the page renders and passes axe, ltr and rtl', async ({ page }) => {
  const errors = await open(page);
  await expect(page.locator('#mentee-form')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('#mentee-form [part="training"]')).toContainText(
    'Introduktion för nya deltagare',
  );
  await expect(page.locator('#mentee-form')).toContainText('هل لديك رخصة قيادة؟');
  await expect(page.locator('#misconfigured-form')).toContainText('not set up correctly');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Invalid, with the summary.
  await page.locator('#mentor-form').getByRole('button', { name: 'Skicka anmälan' }).click();
  await expect(page.locator('#mentor-form [part="error-summary"]')).toBeFocused();
  await page.locator('#mentee-form').getByRole('button', { name: 'إرسال التسجيل' }).click();
  await expect(page.locator('#mentee-form [part="error-summary"]')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  // The page's CSP (with Trusted Types) blocked nothing and nothing threw; the misconfigured
  // form only warns.
  expect(errors).toEqual([]);
});

test('retries after two failures with one key, then shows the focused confirmation', async ({
  page,
}) => {
  await open(page);
  const seen = await partner(page, [status(503), status(502), status(201)]);
  await fillMentor(page);
  await page.locator('#mentor-form').getByRole('button', { name: 'Skicka anmälan' }).click();
  const success = page.locator('#mentor-form [part="success"]');
  await expect(success).toBeFocused();
  await expect(success).toContainText('Tack för din anmälan!');
  expect(seen.keys).toHaveLength(3);
  expect(new Set(seen.keys).size).toBe(1);
  expect(seen.bodies[0]).toMatchObject({
    kind: 'mentor',
    programmeId: 'hultsfred-2026',
    draftId: seen.keys[0],
    person: { name: 'Anna Lindqvist', email: 'anna@example.se' },
    profile: { yearsOfExperience: 12, languages: [{ code: 'sv', level: 'native' }] },
  });
  await expect(page.locator('#event-log')).toContainText('mentor-form: mk-signup-success (201)');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('server field errors land on the fields; a failure keeps the input and offers Try again', async ({
  page,
}) => {
  await open(page);
  await partner(page, [
    (route) =>
      route.fulfill({
        status: 422,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          errors: [{ field: 'person.email', detail: 'Adressen är redan anmäld.' }],
        }),
      }),
    status(500),
  ]);
  await fillMentor(page);
  const form = page.locator('#mentor-form');
  await form.getByRole('button', { name: 'Skicka anmälan' }).click();
  const email = form.getByLabel('E-postadress');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('#mk-person-email-error')).toHaveText('Adressen är redan anmäld.');
  await form.locator('[part="error-summary"] a').click();
  await expect(email).toBeFocused();

  await email.fill('anna.l@example.se');
  await form.getByRole('button', { name: 'Skicka anmälan' }).click();
  const alert = form.getByRole('alert');
  await expect(alert).toContainText('Anmälan kunde inte skickas');
  await expect(form.getByLabel('Namn', { exact: true })).toHaveValue('Anna Lindqvist');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('a reload mid-way restores the draft, which can be discarded', async ({ page }) => {
  await open(page);
  const form = page.locator('#mentor-form');
  await form.getByLabel('Namn', { exact: true }).fill('Anna Lindqvist');
  await form.getByLabel('Bransch').fill('Gjuteri');
  await page.reload();
  await expect(form.getByLabel('Namn', { exact: true })).toHaveValue('Anna Lindqvist');
  await expect(form.getByLabel('Bransch')).toHaveValue('Gjuteri');
  await expect(form.locator('[part="notice"]')).toContainText('Vi har fyllt i det du skrev');
  await form.getByRole('button', { name: 'Töm formuläret' }).click();
  await expect(form.getByLabel('Namn', { exact: true })).toHaveValue('');
  await page.reload();
  await expect(form.getByLabel('Namn', { exact: true })).toHaveValue('');
});

test('double clicks send one request and the button shows progress', async ({ page }) => {
  await open(page);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const seen = await partner(page, [
    async (route) => {
      await held;
      await status(201)(route);
    },
  ]);
  await fillMentor(page);
  const button = page.locator('#mentor-form').getByRole('button', { name: 'Skicka anmälan' });
  await button.dblclick();
  await expect(page.locator('#mentor-form button[part="submit"]')).toHaveText('Skickar …');
  await page.locator('#mentor-form button[part="submit"]').click({ force: true });
  release();
  await expect(page.locator('#mentor-form [part="success"]')).toBeVisible();
  expect(seen.keys).toHaveLength(1);
});
