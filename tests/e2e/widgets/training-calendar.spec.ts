import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../../support/pinned-clock.ts';
import type { Page } from '@playwright/test';

const PAGE = '/examples/training-calendar.html';

async function open(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(PAGE);
  // Generous: the machines running this are shared, and the feed is parsed by a lazy chunk.
  await expect(page.locator('#ics-calendar [part="event"]').first()).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.locator('#month-calendar [role="grid"]')).toBeVisible();
  return errors;
}

test('the calendar page shows an iCalendar feed, JSON in a month, and the empty and error states', async ({
  page,
}) => {
  const errors = await open(page);
  // The list starts at today (pinned: Monday 23 November 2026); the feed's series have no end, so
  // the first one is the next Tuesday's café, not the Wednesday course of 2 December.
  await expect(page.locator('#ics-calendar').getByRole('heading', { level: 3 }).first()).toHaveText(
    'Mentorcafé: frågor och erfarenheter',
  );
  await expect(page.locator('#month-calendar').getByRole('heading', { level: 2 })).toHaveText(
    'december 2026',
  );
  await expect(page.locator('#rtl-calendar')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('#empty-calendar [part="empty"]')).toHaveText(
    'No trainings planned yet.',
  );
  await expect(page.locator('#error-calendar').getByRole('alert')).toContainText(
    'This is not a calendar',
  );
  await expect(page.locator('#calendar-event-log')).toContainText(
    'mk-calendar-error: {"kind":"not-calendar"}',
  );
  expect(errors).toEqual([]);
});

test('the calendar page has no axe violations, with the details dialog open too', async ({
  page,
}) => {
  // Two full axe runs on a page of five widgets: slow on a busy machine.
  test.setTimeout(120_000);
  await open(page);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.locator('#ics-calendar [part="event-title"]').first().click();
  await expect(page.locator('#ics-calendar dialog')).toBeVisible();
  expect((await new AxeBuilder({ page }).include('#ics-calendar').analyze()).violations).toEqual(
    [],
  );
});

test('the month grid works with the keyboard, and an event opens with details and calendar links', async ({
  page,
}) => {
  await open(page);
  const calendar = page.locator('#month-calendar');
  await calendar.locator('td[data-day="2026-12-08"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(calendar.locator('td[data-day="2026-12-09"]')).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = calendar.locator('[part="day-panel"]');
  await expect(panel).toBeFocused();
  await expect(panel.locator('[part="event-title"]')).toHaveCount(3);
  await panel.getByRole('button', { name: 'Digital introduktion för nya mentorer' }).click();
  const dialog = calendar.locator('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[part="ics-link"]')).toHaveAttribute('download', /\.ics$/);
  await expect(dialog.locator('[part="google-link"]')).toHaveAttribute(
    'href',
    /calendar\.google\.com/,
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(calendar.locator('td[data-day="2026-12-09"]')).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(calendar.getByRole('heading', { level: 2 })).toHaveText('januari 2027');
  await expect(page.locator('#calendar-event-log')).toContainText('"month":"2027-01"');
});

test('sign-up links carry the uid, and a fully booked training cannot be signed up for', async ({
  page,
}) => {
  await open(page);
  const calendar = page.locator('#ics-calendar');
  await calendar
    .getByRole('button', { name: /Mentorcafé/ })
    .first()
    .click();
  const signup = calendar.locator('a[part="signup-button"]');
  await expect(signup).toHaveAttribute('href', /training=mentorcafe%40demo\.mentorkit%23/);
  await calendar.locator('[part="close-button"]').click();
  await calendar
    .getByRole('button', { name: /Fördjupning/ })
    .first()
    .click();
  await expect(calendar.locator('[part="signup-closed"]')).toBeVisible();
  await expect(calendar.locator('[part="signup-button"]')).toHaveCount(0);
});
