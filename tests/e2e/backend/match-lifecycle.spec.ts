// The match lifecycle as people live it, without SMTP (the e2e server's outbox): a coordinator
// proposes a match in the coordinator view, both introduction mails wait in the outbox, the
// mentee opens her link (Arabic, right to left) and accepts, the mentor opens his and accepts,
// and the coordinator view shows the match active with its history. Axe on every page.
import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import type { SignupSubmission } from '@mentorkit/core';
import { menteeSubmission, mentorSubmission } from '../../../demo/server/testing/fixtures.ts';
import { expect, test } from '../../support/pinned-clock.ts';
import { COORDINATOR_TOKEN } from './backend-helpers.ts';
import { expectNoCodes } from './codes-on-screen.ts';

// Axe over the coordinator view and two card pages takes a while on a shared machine.
test.describe.configure({ timeout: 120_000 });

/** A trade no demo signup has, so that this mentor is the mentee's best candidate. */
const TRADE = 'Urmakare';

async function signUp(page: Page, submission: SignupSubmission): Promise<void> {
  const response = await page.request.post('/api/signups', {
    headers: { 'Idempotency-Key': submission.draftId },
    data: submission,
  });
  expect(response.status()).toBe(201);
}

const axeViolations = async (page: Page) => (await new AxeBuilder({ page }).analyze()).violations;

/** The participant link in an introduction mail of the outbox, read as the coordinator would. */
async function linkInMail(page: Page, email: string): Promise<string> {
  const mail = page.locator('#outbox li[data-kind="match-introduction"]', { hasText: email });
  await expect(mail).toHaveCount(1);
  await mail.getByText('Plain text').click();
  const text = await mail.locator('.mail-text').innerText();
  const link = /http:\/\/[^\s]+\/match\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
  expect(link, `a link in the mail to ${email}`).toBeDefined();
  return link!;
}

test('both people accept a proposed match through their own links', async ({ page }) => {
  const suffix = randomUUID().slice(0, 8);
  const menteeName = `ليلى ${suffix}`;
  const menteeEmail = `layla.${suffix}@example.org`;
  const mentorName = `Nils Lifecycle${suffix}`;
  const mentorEmail = `nils.${suffix}@example.org`;
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // Chromium asks every page for /favicon.ico, which the backend's pages do not have.
    const favicon = message.location().url.endsWith('/favicon.ico');
    if (message.type() === 'error' && !favicon) problems.push(message.text());
  });

  const profile = { profession: TRADE, region: 'Dalarna' };
  const mentee = menteeSubmission({
    locale: 'ar',
    person: { name: menteeName, email: menteeEmail },
  });
  mentee.profile = { ...mentee.profile, ...profile, desiredField: TRADE };
  const mentor = mentorSubmission({ person: { name: mentorName, email: mentorEmail } });
  mentor.profile = { ...mentor.profile, ...profile, industry: TRADE };
  await signUp(page, mentee);
  await signUp(page, mentor);

  // The coordinator proposes the match in the coordinator view.
  await page.goto('/coordinator/');
  await page.getByLabel('Coordinator token').fill(COORDINATOR_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const findMentor = page.getByRole('button', { name: `Find a mentor for ${menteeName}` });
  await findMentor.click();
  await expect(page.locator('#proposal-heading')).toBeFocused();
  // Why this mentor, in a coordinator's words: no code and no programmer's jargon.
  await expect(page.locator('#proposal-intro')).toContainText(
    'Suggested by occupation, languages, region, goals and times',
  );
  const candidate = page.locator('#candidates > li', { hasText: mentorName });
  await expect(candidate.locator('.reasons')).toContainText('A shared language: Arabic, Swedish');
  // The panel's own section: a shadow host's innerText is empty.
  await expectNoCodes(page.locator('#proposal section'));
  await page
    .getByRole('button', { name: `Propose this match: ${mentorName} and ${menteeName}` })
    .click();
  await expect(page.locator('#proposal').getByRole('status')).toHaveText('The match was proposed.');
  // The links are shown, not thrown away; the mails carry them too.
  await expect(page.locator('.proposed-links')).toContainText('/match/');
  const card = page.locator('#matches li.card', { hasText: mentorName });
  await expect(card.locator('.match-state')).toContainText('Status: Proposed');
  await expect(card.locator('.match-state')).toContainText('waiting for');
  expect(await axeViolations(page)).toEqual([]);
  // Done with the proposals: Escape closes them, the focus back on the row that asked.
  await page.keyboard.press('Escape');
  await expect(page.locator('#proposal')).toBeHidden();
  await expect(findMentor).toBeFocused();

  const menteeLink = await linkInMail(page, menteeEmail);
  const mentorLink = await linkInMail(page, mentorEmail);
  expect(menteeLink).not.toBe(mentorLink);
  expect(menteeLink).not.toContain(suffix);
  await expect(
    page
      .locator('#outbox li[data-kind="match-introduction"]', { hasText: menteeEmail })
      .getByRole('heading'),
  ).toHaveText('تمّ اقتراح شريك لك في برنامج الإرشاد');

  // The mentee's card, in Arabic and right to left; she accepts.
  await page.goto(menteeLink);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const menteeCard = page.locator('mk-match-card');
  await expect(menteeCard.locator('[part~="title"]')).toContainText('ليلى');
  expect(await axeViolations(page)).toEqual([]);
  await menteeCard.locator('[part~="accept-button"]').click();
  await expect(menteeCard.locator('[part~="answer-done"]')).toHaveText(
    'لقد قبلت. تبدأ المطابقة عندما يقبل كلاكما.',
  );
  expect(await axeViolations(page)).toEqual([]);

  // The mentor's card, in Swedish; he accepts by keyboard, and the match starts.
  await page.goto(mentorLink);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  const mentorCard = page.locator('mk-match-card');
  await mentorCard.locator('[part~="accept-button"]').focus();
  await page.keyboard.press('Enter');
  await expect(mentorCard.locator('[part~="answer-done"]')).toHaveText(
    'Ni har båda tackat ja. Matchningen har börjat!',
  );
  // Now he may see how to reach her.
  await mentorCard.locator('[part~="contact-button"]').click();
  await expect(mentorCard.locator('[part~="contact-details"]')).toContainText(menteeEmail);
  expect(await axeViolations(page)).toEqual([]);

  // The coordinator view: active, nobody waited for, and the history says who did what.
  await page.goto('/coordinator/');
  const active = page.locator('#matches li.card', { hasText: mentorName });
  await expect(active.locator('.match-state')).toContainText('Status: Active');
  await expect(active.locator('.match-state')).not.toContainText('waiting for');
  await active.getByText('History (3)').click();
  const history = active.locator('.match-history li');
  await expect(history).toHaveCount(3);
  await expect(history.nth(0)).toContainText('the coordinator proposed the match');
  await expect(history.nth(1)).toContainText('the mentee accepted');
  await expect(history.nth(2)).toContainText('the mentor accepted → Active');
  await expectNoCodes(active);
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});
