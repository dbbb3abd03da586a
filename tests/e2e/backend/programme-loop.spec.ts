// The programme's whole loop in a real browser, with real SMTP (a server in this test process)
// and a backend process of its own whose clock the test sets at each start (MENTORKIT_CLOCK):
// a mentee signs up through the form and a mentor through the API, both confirm from their
// mails' links, the coordinator proposes in the coordinator view, both accept from their mails,
// and four more pairs go the same way by API (the report shows no figure under five people).
// The server is stopped and started 22 days later: the no-meeting reminders go out, and the
// mentee records a meeting from hers. Started again three months on, it is stopped in the
// middle of sending the follow-ups and started again; every follow-up arrives once. Four
// mentees answer by API, the first through <mk-follow-up>, and the coordinator's report counts
// the five answers. No mail arrives twice over the three restarts. Axe on every page.
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import type { ParsedMail } from 'mailparser';
import type { SignupSubmission } from '@mentorkit/core';
import type { ProposedMatch } from '../../../demo/server/api/coordinator-match-routes.ts';
import { startSmtpSink, type SmtpSink } from '../../../demo/server/mail/testing/smtp-sink.ts';
import { menteeSubmission, mentorSubmission } from '../../../demo/server/testing/fixtures.ts';
import { PINNED_NOW, expect, test } from '../../support/pinned-clock.ts';
import {
  coordinatorHeaders,
  freePort,
  startServerProcess,
  type ServerProcess,
} from './backend-helpers.ts';

// Three server starts, a dozen mails each, and axe over five pages, on a shared machine.
test.describe.configure({ timeout: 300_000 });

const TOKEN = 'programme-loop-test-token-not-secret';
const DAY = 86_400_000;
const at = (days: number) => new Date(Date.parse(PINNED_NOW) + days * DAY);
/** A trade no other signup has, so that the first mentor is the first mentee's best candidate. */
const TRADE = 'Urmakare';

const axeViolations = async (page: Page) => (await new AxeBuilder({ page }).analyze()).violations;

const addressOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text ?? '';

/** Waits until the sink holds a mail to `address` whose text has `path` (a link); its link. */
async function linkFor(smtp: SmtpSink, address: string, path: string): Promise<string> {
  const pattern = new RegExp(`http://127\\.0\\.0\\.1:\\d+/${path}/[A-Za-z0-9_-]{43}`);
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const mails = smtp.received.filter((mail) => addressOf(mail) === address);
        link = mails.map((mail) => pattern.exec(mail.text ?? '')?.[0]).findLast(Boolean);
        return link !== undefined;
      },
      { message: `a mail to ${address} with a ${path} link`, timeout: 60_000 },
    )
    .toBe(true);
  return link!;
}

const mailsOfKind = (smtp: SmtpSink, subjects: readonly string[]) =>
  smtp.received.filter((mail) => subjects.includes(mail.subject ?? ''));

async function signUp(request: APIRequestContext, base: string, submission: SignupSubmission) {
  const response = await request.post(`${base}/api/signups`, {
    headers: { 'Idempotency-Key': submission.draftId },
    data: submission,
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

test('a match from signup to the funder report, across restarts, with every mail sent once', async ({
  page,
}) => {
  const smtp = await startSmtpSink();
  const dataDir = mkdtempSync(join(tmpdir(), 'mentorkit-loop-'));
  const port = await freePort();
  const env = {
    MENTORKIT_DATA_DIR: dataDir,
    MENTORKIT_COORDINATOR_TOKEN: TOKEN,
    MENTORKIT_SMTP_URL: smtp.url,
    MENTORKIT_SEED: '0',
    MENTORKIT_SIGNUP_RATE: 'off',
  };
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // Chromium asks every page for /favicon.ico, which the backend's pages do not have.
    const favicon = message.location().url.endsWith('/favicon.ico');
    if (message.type() === 'error' && !favicon) problems.push(message.text());
  });
  let server: ServerProcess | undefined;
  const start = async (day: number) => {
    server = await startServerProcess(port, { ...env, MENTORKIT_CLOCK: at(day).toISOString() });
    await page.clock.setSystemTime(at(day));
    return server.url;
  };
  const stop = async () => {
    expect(await server!.stop(), server!.output()).toEqual({ code: 0, signal: null });
    server = undefined;
  };

  try {
    // Day 0. The mentee signs up in Arabic through the form, the mentor through the API.
    let base = await start(0);
    await page.goto(`${base}/rtl.html`);
    const form = page.locator('#rtl-signup');
    await expect(form.locator('form')).toBeVisible();
    await form.evaluate((element) => {
      // People take longer than the form's bot threshold; this test types faster.
      (element as HTMLElement & { minFillTime: number }).minFillTime = 0;
    });
    const field = (selector: string) => form.locator(selector);
    await field('[name="person.name"]').fill('ليلى حداد');
    await field('[name="person.email"]').fill('layla.loop@example.org');
    await field('[name="profile.profession"]').fill(TRADE);
    await field('[name="profile.desiredField"]').fill(TRADE);
    await field('[name="profile.swedishLevel"]').selectOption('B1');
    await field('[name="profile.languages"][value="ar"]').check();
    await field('select[id$="-ar-level"]').selectOption('native');
    await field('[name="profile.goals"][value="cv"]').check();
    await field('[name="profile.availabilitySlots"][value="weekday-daytime"]').check();
    await field('[name="profile.meetingModes"][value="remote"]').check();
    await field('[name="profile.region"]').fill('Dalarna');
    await field('[name="consent"]').check();
    await field('[part~="submit"]').click();
    await expect(form.locator('[part~="success"]')).toBeVisible();

    const mentor = mentorSubmission({
      person: { name: 'Nils Urmakare', email: 'nils.loop@example.org' },
    });
    mentor.profile = { ...mentor.profile, profession: TRADE, industry: TRADE, region: 'Dalarna' };
    await signUp(page.request, base, mentor);

    // Both confirm from their mails' links, in their own languages.
    await page.goto(await linkFor(smtp, 'layla.loop@example.org', 'signup/confirm'));
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'تأكيد تسجيلي' }).click();
    await expect(page.locator('main')).toContainText('شكرًا! تم تأكيد تسجيلك.');
    await page.goto(await linkFor(smtp, 'nils.loop@example.org', 'signup/confirm'));
    await page.getByRole('button', { name: 'Bekräfta min anmälan' }).click();
    await expect(page.locator('main')).toContainText('Din anmälan är bekräftad');

    // Four more pairs by API, each person confirmed from their mail, proposed, accepted.
    const others: { mentee: string; mentor: string }[] = [];
    for (let n = 1; n <= 4; n += 1) {
      const menteeEmail = `mentee${n}.loop@example.org`;
      const menteeId = await signUp(
        page.request,
        base,
        menteeSubmission({ person: { name: `Amina Loop${n}`, email: menteeEmail } }),
      );
      const mentorEmail = `mentor${n}.loop@example.org`;
      const mentorId = await signUp(
        page.request,
        base,
        mentorSubmission({ person: { name: `Lars Loop${n}`, email: mentorEmail } }),
      );
      for (const email of [menteeEmail, mentorEmail]) {
        const confirmed = await page.request.post(await linkFor(smtp, email, 'signup/confirm'));
        expect(confirmed.status()).toBe(200);
      }
      const proposed = await page.request.post(`${base}/api/coordinator/matches`, {
        headers: await coordinatorHeaders(base, TOKEN),
        data: { mentorId, menteeId },
      });
      expect(proposed.status()).toBe(201);
      const { participantUrls } = (await proposed.json()) as ProposedMatch;
      for (const url of [participantUrls.mentee, participantUrls.mentor]) {
        const accepted = await page.request.post(
          url.replace('/match/', '/api/participant/') + '/accept',
          { data: {} },
        );
        expect(accepted.status()).toBe(200);
      }
      others.push({ mentee: menteeEmail, mentor: mentorEmail });
    }

    // The coordinator proposes the first pair in the coordinator view.
    await page.goto(`${base}/coordinator/`);
    await page.getByLabel('Coordinator token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Find a mentor for ليلى حداد' }).click();
    await page
      .getByRole('button', { name: 'Propose this match: Nils Urmakare and ليلى حداد' })
      .click();
    await expect(page.locator('#proposal').getByRole('status')).toHaveText(
      'The match was proposed.',
    );

    // Both accept from their introductions.
    await page.goto(await linkFor(smtp, 'layla.loop@example.org', 'match'));
    const menteeCard = page.locator('mk-match-card');
    await menteeCard.locator('[part~="accept-button"]').click();
    await expect(menteeCard.locator('[part~="answer-done"]')).toBeVisible();
    await page.goto(await linkFor(smtp, 'nils.loop@example.org', 'match'));
    const mentorCard = page.locator('mk-match-card');
    await mentorCard.locator('[part~="accept-button"]').click();
    await expect(mentorCard.locator('[part~="answer-done"]')).toHaveText(
      'Ni har båda tackat ja. Matchningen har börjat!',
    );
    await expect.poll(() => smtp.received.length, { timeout: 60_000 }).toBe(20);
    await stop();

    // Day 22: nobody has recorded a meeting, so all ten are reminded, each once.
    base = await start(22);
    const reminderSubjects = ['Dags att träffas igen?', 'هل حان وقت لقاء جديد؟'];
    await expect
      .poll(() => mailsOfKind(smtp, reminderSubjects).length, { timeout: 90_000 })
      .toBe(10);
    // The mentee records that they met, from her reminder's link.
    await page.goto(await linkFor(smtp, 'layla.loop@example.org', 'match'));
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByRole('button', { name: 'تسجيل اللقاء' }).click();
    await expect(page.locator('#meeting-notice')).toContainText('شكرًا!');
    await expect(page.locator('mk-match-card')).toContainText('1');
    expect(await axeViolations(page)).toEqual([]);
    await stop();

    // Three months and a day after the start: the follow-ups. The server is stopped as soon as
    // the first of them has arrived, and started again: each person still gets one.
    const followUpSubjects = [
      'Hur har det gått? Några frågor om ditt mentorskap',
      'كيف سارت الأمور؟ بعض الأسئلة عن الإرشاد',
    ];
    base = await start(93);
    await expect
      .poll(() => mailsOfKind(smtp, followUpSubjects).length, { timeout: 90_000 })
      .toBeGreaterThan(0);
    await stop();
    base = await start(93);
    await expect
      .poll(() => mailsOfKind(smtp, followUpSubjects).length, { timeout: 90_000 })
      .toBe(10);
    const followUps = mailsOfKind(smtp, followUpSubjects);
    expect(new Set(followUps.map(addressOf)).size).toBe(10);

    // Four mentees answer by API: not yet five answers, so the report shows no number.
    for (const [index, { mentee }] of others.entries()) {
      const link = await linkFor(smtp, mentee, 'follow-up');
      const answered = await page.request.post(link.replace('/follow-up/', '/api/follow-ups/'), {
        data: {
          role: 'mentee',
          workSituation: index < 2 ? 'qualified-job' : 'looking',
          helped: 'some',
        },
      });
      expect(answered.status()).toBe(200);
    }
    const answeredCell = async () => {
      // The token is kept for this tab: the second time, the view opens signed in.
      await page.goto(`${base}/coordinator/`);
      const tokenField = page.getByLabel('Coordinator token');
      const signOut = page.getByRole('button', { name: 'Sign out' });
      await expect(tokenField.or(signOut).filter({ visible: true })).toHaveCount(1);
      if (await tokenField.isVisible()) {
        await tokenField.fill(TOKEN);
        await page.getByRole('button', { name: 'Sign in' }).click();
      }
      const round = page.locator('tr', { hasText: '3 months' }).first();
      return round.locator('[data-measure="answered"]');
    };
    await expect(await answeredCell()).toHaveText('fewer than 5');

    // The first mentee answers through <mk-follow-up>, in Arabic, right to left.
    await page.goto(await linkFor(smtp, 'layla.loop@example.org', 'follow-up'));
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const followUp = page.locator('mk-follow-up');
    await followUp.locator('[name="workSituation"][value="qualified-job"]').check();
    await followUp.locator('[name="weeklyHours"]').fill('40');
    await followUp.locator('[name="sinceMonth"]').selectOption('01');
    await followUp.locator('[name="sinceYear"]').selectOption('2027');
    await followUp.locator('[name="helped"][value="a-lot"]').check();
    expect(await axeViolations(page)).toEqual([]);
    await followUp.locator('[part~="submit"]').click();
    await expect(followUp.locator('[part~="thanks"]')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // Five answers: the report counts them.
    await expect(await answeredCell()).toHaveText('5');
    expect(await axeViolations(page)).toEqual([]);
    await stop();

    // Over three restarts, no mail went out twice.
    const ids = smtp.received.map((mail) => mail.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    const contents = smtp.received.map((mail) => `${addressOf(mail)}\n${mail.text ?? ''}`);
    expect(new Set(contents).size).toBe(contents.length);
    expect(problems).toEqual([]);
  } finally {
    await server?.stop();
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
