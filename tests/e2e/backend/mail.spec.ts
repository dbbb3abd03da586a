// Mail without SMTP, as `npm start` runs: a person signs up in Arabic on the demo's right-to-left
// page, the confirmation mail waits in the coordinator view's outbox (the e2e server has no
// MENTORKIT_SMTP_URL), its link opens the confirmation page in Arabic, right to left, and its
// button confirms; the coordinator view then shows the signup confirmed.
import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import { expect, test } from '../../support/pinned-clock.ts';
import { COORDINATOR_TOKEN } from './backend-helpers.ts';

// Axe over the long signup form and the coordinator view takes a while on a shared machine.
test.describe.configure({ timeout: 90_000 });

test('a signup is confirmed through the link of the mail in the outbox', async ({ page }) => {
  const name = `سميرة ${randomUUID().slice(0, 8)}`;
  const email = `samira.${randomUUID()}@example.org`;
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  const axeViolations = async () => (await new AxeBuilder({ page }).analyze()).violations;

  await page.goto('/rtl.html');
  const form = page.locator('#rtl-signup');
  await expect(form.locator('form')).toBeVisible();
  // People take longer than the form's bot threshold; this test types faster.
  await form.evaluate((element) => {
    (element as HTMLElement & { minFillTime: number }).minFillTime = 0;
  });
  const field = (selector: string) => form.locator(selector);
  await field('[name="person.name"]').fill(name);
  await field('[name="person.email"]').fill(email);
  await field('[name="profile.profession"]').fill('مهندسة ميكانيكية');
  await field('[name="profile.desiredField"]').fill('هندسة الإنتاج');
  await field('[name="profile.swedishLevel"]').selectOption('B1');
  await field('[name="profile.languages"][value="ar"]').check();
  await field('select[id$="-ar-level"]').selectOption('native');
  await field('[name="profile.goals"][value="cv"]').check();
  await field('[name="profile.availabilitySlots"][value="weekday-daytime"]').check();
  await field('[name="profile.meetingModes"][value="remote"]').check();
  await field('[name="profile.region"]').fill('Jönköpings län');
  await field('[name="consent"]').check();
  await field('[part~="submit"]').click();
  await expect(form.locator('[part~="success"]')).toBeVisible();

  // The coordinator finds the confirmation in the outbox, kept there for want of SMTP.
  await page.goto('/coordinator/');
  await page.getByLabel('Coordinator token').fill(COORDINATOR_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Outbox' })).toBeVisible();
  await expect(page.locator('#outbox-intro')).toContainText('No SMTP server is configured');
  const mail = page.locator('#outbox li', { hasText: email });
  await expect(mail).toHaveCount(1);
  await expect(mail.getByRole('heading')).toHaveText('أكّد تسجيلك');
  await expect(mail).toContainText('Kept here: no SMTP server is configured.');
  await mail.getByText('Plain text').click();
  const text = await mail.locator('.mail-text').innerText();
  expect(text).toContain(`مرحبًا ${name}`);
  await mail.getByText('HTML part (source)').click();
  await expect(mail.locator('.mail-html')).toContainText('<html lang="ar" dir="rtl">');
  const link = /http:\/\/[^\s]+\/signup\/confirm\/[A-Za-z0-9_-]+/.exec(text)?.[0];
  expect(link).toBeDefined();
  // The link names nobody: only the token.
  expect(link).not.toContain('samira');
  const row = page.locator('#signups-table tbody tr', { hasText: name });
  await expect(row.locator('.status')).toHaveText('New');

  // The link opens the page in the signup's language; the button confirms.
  await page.goto(link!);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('أكّد تسجيلك');
  // Styled by its own stylesheet, which its strict policy allows (an inline style it refused).
  await expect(page.getByRole('button', { name: 'تأكيد تسجيلي' })).toHaveCSS(
    'background-color',
    'rgb(11, 87, 194)',
  );
  expect(await axeViolations()).toEqual([]);
  await page.getByRole('button', { name: 'تأكيد تسجيلي' }).click();
  await expect(page.locator('#outcome')).toHaveText('شكرًا! تم تأكيد تسجيلك.');
  expect(await axeViolations()).toEqual([]);

  // The coordinator view shows it confirmed (the token is kept for the tab).
  await page.goto('/coordinator/');
  await expect(row.locator('.status')).toHaveText('Confirmed');
  await expect(page.locator('#outbox li', { hasText: email })).toHaveCount(1);
  // Nothing was blocked by a policy or threw on any of the pages.
  expect(problems).toEqual([]);
});
