// Coordinators' own accounts in Chromium, on a server of this test's own that sends mail to an
// SMTP server in this process: the first administrator (signed in with the token) adds two
// programmes and invites a coordinator to each; each coordinator opens the invitation's link
// from the mail, presses its button and sees only their programme's people, in a session cookie
// that scripts cannot read and other sites do not send; later they sign in by a link they ask
// for.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from '@playwright/test';
import { startSmtpSink, type SmtpSink } from '../../../demo/server/mail/testing/smtp-sink.ts';
import { menteeSubmission, mentorSubmission } from '../../../demo/server/testing/fixtures.ts';
import { expect, test } from '../../support/pinned-clock.ts';
import {
  coordinatorHeaders,
  freePort,
  startServerProcess,
  type ServerProcess,
} from './backend-helpers.ts';

test.describe.configure({ timeout: 180_000 });

const TOKEN = 'accounts-test-token-not-secret-0123456789';

/** The link of the latest mail to `email` whose subject matches (waits for it). */
async function mailedLink(smtp: SmtpSink, email: string, subject: RegExp): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const mail = smtp.received.findLast(
          (one) => JSON.stringify(one.to).includes(email) && subject.test(one.subject ?? ''),
        );
        link = /http:\/\/127\.0\.0\.1:\d+\/coordinator-sign-in\/[A-Za-z0-9_-]{43}/.exec(
          mail?.text ?? '',
        )?.[0];
        return link !== undefined;
      },
      { message: `a mail to ${email}`, timeout: 60_000 },
    )
    .toBe(true);
  return link!;
}

/** Opens the invitation mailed to `email` in a browser of its own and accepts it. */
async function acceptInvitation(browser: Browser, base: string, smtp: SmtpSink, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(await mailedLink(smtp, email, /invited/));
  await page.getByRole('button', { name: 'Accept and sign in' }).click();
  await expect(page).toHaveURL(`${base}/coordinator/`);
  await expect(page.getByRole('heading', { name: 'People' })).toBeVisible();
  return { context, page };
}

test('two coordinators of two programmes each sign in by mail and see only their own people', async ({
  browser,
  request,
}) => {
  const smtp = await startSmtpSink();
  const dataDir = mkdtempSync(join(tmpdir(), 'mentorkit-accounts-'));
  let server: ServerProcess | undefined;
  try {
    server = await startServerProcess(await freePort(), {
      MENTORKIT_DATA_DIR: dataDir,
      MENTORKIT_COORDINATOR_TOKEN: TOKEN,
      MENTORKIT_SMTP_URL: smtp.url,
      MENTORKIT_SEED: '0',
      MENTORKIT_SIGNUP_RATE: 'off',
    });
    const base = server.url;
    const admin = await coordinatorHeaders(base, TOKEN);
    for (const [id, name] of [
      ['union-academics', 'Academics'],
      ['foundry', 'Foundry'],
    ] as const) {
      const created = await request.post(`${base}/api/coordinator/programmes`, {
        headers: { ...admin, Origin: base },
        data: { id, name },
      });
      expect(created.status()).toBe(201);
    }
    for (const [email, name, programme] of [
      ['ulla@union.example', 'Ulla Union', 'union-academics'],
      ['frank@foundry.example', 'Frank Foundry', 'foundry'],
    ] as const) {
      const invited = await request.post(`${base}/api/coordinator/coordinators`, {
        headers: { ...admin, Origin: base },
        data: { email, name, role: 'coordinator', lang: 'en', programmes: [programme] },
      });
      expect(invited.status()).toBe(201);
    }
    for (const submission of [
      menteeSubmission({
        programmeId: 'union-academics',
        person: { name: 'Amal Academic', email: 'amal@example.org' },
      }),
      mentorSubmission({
        programmeId: 'union-academics',
        person: { name: 'Maja Mentor', email: 'maja@example.org' },
      }),
      menteeSubmission({
        programmeId: 'foundry',
        person: { name: 'Farid Foundry', email: 'farid@example.org' },
      }),
    ]) {
      const stored = await request.post(`${base}/api/signups`, {
        headers: { 'Idempotency-Key': submission.draftId },
        data: submission,
      });
      expect(stored.status()).toBe(201);
    }

    const ulla = await acceptInvitation(browser, base, smtp, 'ulla@union.example');
    const rows = (page: typeof ulla.page) => page.locator('#signups-table tbody tr');
    await expect(rows(ulla.page)).toHaveCount(2);
    await expect(rows(ulla.page).filter({ hasText: 'Amal Academic' })).toHaveCount(1);
    await expect(rows(ulla.page).filter({ hasText: 'Maja Mentor' })).toHaveCount(1);
    await expect(ulla.page.locator('#signed-in-as')).toHaveText(
      'Signed in as Ulla Union (ulla@union.example), coordinator of Academics.',
    );
    await expect(ulla.page.getByRole('heading', { name: 'Administration' })).toBeHidden();

    const frank = await acceptInvitation(browser, base, smtp, 'frank@foundry.example');
    await expect(rows(frank.page)).toHaveCount(1);
    await expect(rows(frank.page).first()).toContainText('Farid Foundry');
    await expect(frank.page.locator('#signups-table')).not.toContainText('Amal');

    // The session is a cookie no script reads and no other site's page sends.
    const [cookie] = await frank.context.cookies(base);
    expect(cookie).toMatchObject({
      name: 'mentorkit-coordinator',
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
    });
    expect(await frank.page.evaluate(() => document.cookie)).toBe('');

    // Signing out ends it: a reload shows the sign-in forms, and a link asked for signs in.
    await frank.page.getByRole('button', { name: 'Sign out' }).click();
    await frank.page.reload();
    await frank.page.getByLabel('Your e-mail address').fill('frank@foundry.example');
    await frank.page.getByRole('button', { name: 'Send sign-in link' }).click();
    await expect(frank.page.getByRole('heading', { name: 'Check your e-mail' })).toBeFocused();
    await expect(frank.page.locator('mk-sign-in .sent')).toContainText(
      'If the address has an account, a sign-in link is on its way to frank@foundry.example.',
    );
    await frank.page.goto(await mailedLink(smtp, 'frank@foundry.example', /^Sign in/));
    await frank.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(rows(frank.page)).toHaveCount(1);
    await ulla.context.close();
    await frank.context.close();
  } finally {
    if (server) expect(await server.stop(), server.output()).toEqual({ code: 0, signal: null });
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('an administrator invites a coordinator from the view, who accepts by the mailed link; revoke and invite again', async ({
  browser,
  page,
}) => {
  const smtp = await startSmtpSink();
  const dataDir = mkdtempSync(join(tmpdir(), 'mentorkit-invite-'));
  let server: ServerProcess | undefined;
  try {
    server = await startServerProcess(await freePort(), {
      MENTORKIT_DATA_DIR: dataDir,
      MENTORKIT_COORDINATOR_TOKEN: TOKEN,
      MENTORKIT_SMTP_URL: smtp.url,
      MENTORKIT_SEED: '0',
      MENTORKIT_SIGNUP_RATE: 'off',
    });
    const base = server.url;
    await page.goto(`${base}/coordinator/`);
    await page.getByLabel('Coordinator token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const administration = page.locator('#administration');
    await expect(administration.getByRole('heading', { name: 'Administration' })).toBeVisible();

    // A programme: an empty form says what is missing next to each field.
    const programmeForm = page.getByRole('form', { name: 'Add a programme' });
    await programmeForm.getByRole('button', { name: 'Add programme' }).click();
    await expect(programmeForm.locator('#error-programme-id')).toHaveText(
      /^Enter an id of letters, digits and hyphens/,
    );
    await expect(programmeForm.getByLabel(/^Programme id/)).toBeFocused();
    await expect(programmeForm.getByLabel(/^Programme id/)).toHaveAttribute('aria-invalid', 'true');
    await programmeForm.getByLabel(/^Programme id/).fill('union academics');
    await programmeForm.getByLabel('Programme name').fill('Academics');
    await programmeForm.getByRole('button', { name: 'Add programme' }).click();
    // The server's schema refuses the space: the form's words, not the validator's.
    await expect(programmeForm.locator('#error-programme-id')).toHaveText(
      /^Enter an id of letters, digits and hyphens/,
    );
    await expect(programmeForm).not.toContainText('Invalid input');
    await programmeForm.getByLabel(/^Programme id/).fill('union-academics');
    await programmeForm.getByRole('button', { name: 'Add programme' }).click();
    // Said where the form is, with the focus there; the error beside the id is gone.
    const programmeNotice = administration.locator('#programme-notice');
    await expect(programmeNotice).toHaveText('The programme Academics was added.');
    await expect(programmeNotice).toBeFocused();
    await expect(programmeForm.locator('#error-programme-id')).toHaveCount(0);
    await expect(administration.locator('#programmes')).toContainText(
      'Academics (id: union-academics)',
    );

    // The invitation: errors in words next to their fields, then the mail.
    const invite = page.getByRole('form', { name: 'Invite a coordinator' });
    await invite.getByLabel('Name').fill('Ulla Union');
    await invite.getByLabel('E-mail address').fill('ulla@union');
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await expect(invite.locator('#error-invite-email')).toHaveText(
      'Enter their e-mail address, like name@example.org.',
    );
    await expect(invite.locator('#error-invite-programmes')).toHaveText(
      /^Choose at least one programme for a coordinator/,
    );
    await expect(invite.getByLabel('E-mail address')).toBeFocused();
    const axe = await new AxeBuilder({ page }).include('#administration').analyze();
    expect(axe.violations).toEqual([]);
    await invite.getByLabel('E-mail address').fill('ulla@union.example');
    await invite.getByLabel('Language of the invitation').selectOption('en');
    await invite.getByRole('checkbox', { name: 'Academics' }).check();
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    const accountNotice = administration.locator('#account-notice');
    await expect(accountNotice).toHaveText(
      'An invitation was sent to Ulla Union at ulla@union.example. Its link works once, for 7 days.',
    );
    await expect(accountNotice).toBeFocused();
    await expect(invite.locator('.error')).toHaveCount(0);
    const card = page.locator('#coordinators > li').filter({ hasText: 'Ulla Union' });
    await expect(card).toContainText('Coordinator of Academics');
    await expect(card).toContainText(/Invited .*; has not accepted yet\./);

    // The same address again: the server's words next to the address.
    await invite.getByLabel('Name').fill('Ulla Again');
    await invite.getByLabel('E-mail address').fill('ulla@union.example');
    await invite.getByRole('checkbox', { name: 'Academics' }).check();
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await expect(invite.locator('#error-invite-email')).toHaveText(
      'This address has an account already.',
    );

    const ulla = await acceptInvitation(browser, base, smtp, 'ulla@union.example');
    await expect(ulla.page.locator('#signed-in-as')).toHaveText(
      'Signed in as Ulla Union (ulla@union.example), coordinator of Academics.',
    );
    await page.reload();
    await expect(card).toContainText(/Active; last signed in/);

    // Her trainings are her programme's: the form offers it by name and says what is missing
    // next to the field; the programme's feed has the training.
    const trainingForm = ulla.page.getByRole('form', { name: 'Add a training' });
    const trainingNotice = ulla.page.locator('mk-trainings .notice');
    await expect(trainingForm.getByLabel('Programme')).toHaveText('Academics');
    await trainingForm.getByLabel('Date').fill('2027-05-04');
    await trainingForm.getByRole('button', { name: 'Add training' }).click();
    await expect(trainingForm.locator('#error-title')).toHaveText(
      'Enter a title (at most 200 characters).',
    );
    await expect(trainingForm.getByLabel('Title')).toBeFocused();
    await expect(trainingNotice).toHaveText('');
    await trainingForm.getByLabel('Title').fill('Academics evening');
    await trainingForm.getByLabel('Starts (Stockholm time)').fill('18:00');
    await trainingForm.getByLabel('Ends').fill('17:00');
    await trainingForm.getByRole('button', { name: 'Add training' }).click();
    await expect(trainingForm.locator('#error-endTime')).toHaveText(
      'Enter the time it ends, after it starts, like 18:30.',
    );
    await expect(trainingForm.getByLabel('Ends')).toBeFocused();
    await trainingForm.getByLabel('Ends').fill('19:30');
    await trainingForm.getByRole('button', { name: 'Add training' }).click();
    await expect(trainingNotice).toHaveText('"Academics evening" was added to the feeds.');
    await expect(ulla.page.locator('#trainings')).toContainText('Programme: Academics');
    const feed = async (programme: string) =>
      (
        (await (
          await ulla.page.request.get(`${base}/api/trainings.json?programme=${programme}`)
        ).json()) as { title: string }[]
      ).map((event) => event.title);
    expect(await feed('union-academics')).toEqual(['Academics evening']);
    expect(await feed('foundry')).toEqual([]);

    // Revoked: her session ends; invited again, a new mail comes.
    await card.getByRole('button', { name: 'Revoke Ulla Union' }).click();
    await expect(administration.locator('#account-notice')).toHaveText(
      'Ulla Union can no longer sign in. Invite them again to let them back.',
    );
    // The focus on the account acted on.
    await expect(card.getByRole('heading', { name: 'Ulla Union' })).toBeFocused();
    await expect(card).toContainText('Revoked: cannot sign in.');
    await ulla.page.reload();
    await expect(ulla.page.getByLabel('Your e-mail address')).toBeVisible();
    const invitations = () =>
      smtp.received.filter((mail) => /invited/.test(mail.subject ?? '')).length;
    expect(invitations()).toBe(1);
    await card.getByRole('button', { name: 'Invite Ulla Union again' }).click();
    await expect(administration.locator('#account-notice')).toHaveText(
      'A new invitation was sent to Ulla Union; the earlier link no longer works.',
    );
    await expect(card).toContainText(/Invited .*; has not accepted yet\./);
    await expect.poll(invitations, { timeout: 60_000 }).toBe(2);
    const back = await acceptInvitation(browser, base, smtp, 'ulla@union.example');
    await expect(back.page.locator('#signed-in-as')).toContainText('Ulla Union');
    await ulla.context.close();
    await back.context.close();
  } finally {
    if (server) expect(await server.stop(), server.output()).toEqual({ code: 0, signal: null });
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
