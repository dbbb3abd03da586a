// Issue 16 in the coordinator view, in Chromium: a signup whose profession the backend could not
// classify shows as Unclassified; the coordinator classifies it by keyboard in the search dialog
// (the person's words kept), and the proposals for that mentee then put the profession's reason
// first, naming the occupation group both share. axe on the list, the dialog and the proposals.
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { MentorSignup } from '@mentorkit/core';
import { expect, test } from '../../support/pinned-clock.ts';
import { mentorSubmission } from '../../../demo/server/testing/fixtures.ts';
import { COORDINATOR_TOKEN, menteeSignup } from './backend-helpers.ts';

const AMAL_WORDS = 'Läkare (specialist i allmänmedicin), legitimerad i Syrien';

function physicianMentor(name: string, email: string): MentorSignup {
  // Submitted now by the e2e server's clock (the real one), as menteeSignup's signups are.
  const now = new Date().toISOString();
  const base = mentorSubmission();
  return {
    ...base,
    person: { name, email },
    profile: {
      ...base.profile,
      profession: 'Specialistläkare',
      occupation: { ssyk: '2211', isco08: ['2211', '2212'], text: 'Specialistläkare' },
      expertise: ['workplace-culture', 'language-practice'],
      capacity: 2,
      availabilitySlots: ['weekday-daytime'],
    },
    submittedAt: now,
    consent: { ...base.consent, acceptedAt: now },
  };
}

test('the coordinator classifies an unclassified signup and sees the profession reason first', async ({
  page,
  request,
}) => {
  const run = randomUUID().slice(0, 8);
  const menteeName = `Amal Occupation ${run}`;
  const mentorName = `Eva Physician ${run}`;
  const mentee = menteeSignup(menteeName, `amal.${run}@example.org`);
  mentee.profile.profession = AMAL_WORDS;
  const mentor = physicianMentor(mentorName, `eva.${run}@example.org`);
  for (const submission of [mentor, mentee]) {
    const stored = await request.post('/api/signups', {
      data: submission,
      headers: { 'Idempotency-Key': submission.draftId },
    });
    expect(stored.status()).toBe(201);
  }

  // Three axe runs: slow on a busy machine, never a timing check.
  test.slow();
  await page.goto('/coordinator/');
  await page.getByLabel('Coordinator token').fill(COORDINATOR_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const search = page.getByLabel('Search name, e-mail, profession or region');
  await search.fill(menteeName);
  await search.press('Enter');
  const row = page.locator('#signups-table tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.locator('td.occupation')).toContainText('Unclassified');
  expect((await new AxeBuilder({ page }).include('mk-people-list').analyze()).violations).toEqual(
    [],
  );

  // By keyboard: the row's button opens the dialog with her words to search.
  const classify = page.getByRole('button', { name: `Classify the occupation of ${menteeName}` });
  await classify.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Classify the occupation of ${menteeName}` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(AMAL_WORDS);
  const query = dialog.getByLabel('Search occupations');
  await expect(query).toBeFocused();
  await expect(query).toHaveValue(AMAL_WORDS);
  await expect(dialog.getByRole('status')).not.toHaveText(/^(Searching…)?$/);

  await query.fill('specialistläkare');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ job titles? found\.$/);
  const physician = dialog
    .getByRole('list', { name: 'Occupations found' })
    .getByRole('button')
    .filter({ hasText: 'Specialist physicians' })
    .first();
  await expect(physician).toBeVisible();
  // Titles and groups by name: no SSYK code in the dialog.
  await expect(dialog).not.toContainText('2211');
  await expect(dialog).toContainText('Now: not classified.');
  expect(
    (await new AxeBuilder({ page }).include('#occupation-dialog').analyze()).violations,
  ).toEqual([]);
  await physician.focus();
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  // The group in words (who classified it is in the person's view).
  await expect(row.locator('td.occupation')).toContainText('Specialist physicians');
  await expect(
    page.getByRole('button', { name: `Change the occupation of ${menteeName}` }),
  ).toBeFocused();
  await expect(row).toContainText(AMAL_WORDS);

  // Her proposals: Eva, the profession's reason first and naming the group.
  await page.getByRole('button', { name: `Find a mentor for ${menteeName}` }).click();
  const proposal = page.locator('#proposal');
  await expect(page.locator('#proposal-heading')).toBeFocused();
  const eva = page.locator('#candidates > li').filter({ hasText: mentorName });
  await expect(eva).toBeVisible();
  await expect(eva).toContainText('Occupation: Specialist physicians');
  await expect(eva.locator('.reasons li').first()).toHaveText(
    /^Same occupation group: Specialist physicians \(\d+\s?%\)$/,
  );
  const first = page.locator('#candidates > li').first();
  await expect(first.locator('.reasons li').first()).toContainText('Same occupation group: ');
  await expect(proposal).not.toContainText('2211');
  expect((await new AxeBuilder({ page }).include('#proposal').analyze()).violations).toEqual([]);
});
