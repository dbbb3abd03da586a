// The demo's main story, from the mentee's side to the coordinator's: a mentee signs up on the
// programme page (a training picked in the calendar), the reference backend stores it, and the
// coordinator finds the signup, with its training, in the coordinator view.
import { expect, test } from '../../support/pinned-clock.ts';
import { COORDINATOR_TOKEN, coordinatorHeaders } from '../backend/backend-helpers.ts';

test('a mentee signs up on the programme page and appears in the coordinator view', async ({
  page,
}) => {
  const name = `Samira Programme ${Date.now()}`;
  await page.goto('/programme.html');

  const calendar = page.locator('#calendar');
  await calendar.locator('[part~="event-title"]').first().click();
  await calendar.locator('[part~="signup-button"]').first().click();
  const form = page.locator('#signup');
  await expect(form).toHaveAttribute('training', /.+/);
  // People take longer than the form's bot threshold; this test types faster.
  await form.evaluate((element) => {
    (element as HTMLElement & { minFillTime: number }).minFillTime = 0;
  });

  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Email address').fill(`samira.${Date.now()}@example.org`);
  await form.getByLabel('Profession or education').fill('Civilingenjör, maskinteknik');
  await form.getByLabel('Which field do you want to work in?').fill('Produktionsteknik');
  await form.getByLabel('How well do you speak Swedish?').selectOption('B1');
  await form.getByRole('checkbox', { name: 'Arabic', exact: true }).check();
  await form.getByLabel('Level: Arabic').selectOption('native');
  await form.getByRole('checkbox', { name: 'My CV' }).check();
  await form.getByRole('checkbox', { name: 'Weekdays, daytime' }).check();
  await form.getByRole('checkbox', { name: 'Remotely (video or phone)' }).check();
  await form.getByLabel('Town or region').fill('Jönköpings län');
  await form.getByLabel('I have read how my information is handled').check();
  await form.getByRole('button', { name: 'Send signup' }).click();
  await expect(form.getByText('Thank you for signing up!')).toBeVisible();

  await page.goto('/coordinator/');
  await page.getByLabel('Coordinator token').fill(COORDINATOR_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const search = page.getByLabel('Search name, e-mail, profession or region');
  await search.fill(name);
  await search.press('Enter');
  const rows = page.locator('#signups-table tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(name);
  await expect(rows.first()).toContainText('Mentee');
});

test('the programme page shows a match the backend proposed from its signups, anonymised', async ({
  page,
}) => {
  await page.goto('/programme.html');
  const card = page.locator('#match');
  await expect(card.locator('[part~="reasons"]')).toBeVisible();
  // The coordinator sees the people's names; the public card must show none of them.
  const response = await page.request.get('/api/matches/demo-match-1', {
    headers: await coordinatorHeaders(),
  });
  const full = (await response.json()) as {
    mentor: { displayName: string; profession: string };
    mentee: { displayName: string };
  };
  await expect(card.getByText(full.mentor.profession).first()).toBeVisible();
  for (const name of [full.mentor.displayName, full.mentee.displayName]) {
    expect(name).not.toMatch(/^(Mentor|Mentee|Adept)$/);
    await expect(card).not.toContainText(name);
  }
});
