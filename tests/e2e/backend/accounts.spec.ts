// Coordinators' own accounts in Chromium, on a server of this test's own that sends mail to an
// SMTP server in this process: the first administrator (signed in with the token) adds two
// programmes and a coordinator to each; each coordinator asks for a link, opens it from the
// mail, presses its button and sees only their programme's people, in a session cookie that
// scripts cannot read and other sites do not send.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

async function signInByMail(browser: Browser, base: string, smtp: SmtpSink, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/coordinator/`);
  await page.getByLabel('Your e-mail address').fill(email);
  await page.getByRole('button', { name: 'Send sign-in link' }).click();
  await expect(page.getByRole('status')).toContainText('If the address has an account');
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const mail = smtp.received.findLast((one) => JSON.stringify(one.to).includes(email));
        link = /http:\/\/127\.0\.0\.1:\d+\/coordinator-sign-in\/[A-Za-z0-9_-]{43}/.exec(
          mail?.text ?? '',
        )?.[0];
        return link !== undefined;
      },
      { message: `a sign-in mail to ${email}`, timeout: 60_000 },
    )
    .toBe(true);
  await page.goto(link!);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${base}/coordinator/`);
  await expect(page.getByRole('heading', { name: 'Signups' })).toBeVisible();
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

    const ulla = await signInByMail(browser, base, smtp, 'ulla@union.example');
    const rows = (page: typeof ulla.page) => page.locator('#signups-table tbody tr');
    await expect(rows(ulla.page)).toHaveCount(2);
    await expect(rows(ulla.page).filter({ hasText: 'Amal Academic' })).toHaveCount(1);
    await expect(rows(ulla.page).filter({ hasText: 'Maja Mentor' })).toHaveCount(1);
    await expect(ulla.page.locator('#signed-in-as')).toHaveText(
      'Signed in as Ulla Union (ulla@union.example), coordinator of union-academics.',
    );
    await expect(ulla.page.getByRole('heading', { name: 'Administration' })).toBeHidden();

    const frank = await signInByMail(browser, base, smtp, 'frank@foundry.example');
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

    // Signing out ends it: a reload shows the sign-in forms.
    await frank.page.getByRole('button', { name: 'Sign out' }).click();
    await frank.page.reload();
    await expect(frank.page.getByLabel('Your e-mail address')).toBeVisible();
    await ulla.context.close();
    await frank.context.close();
  } finally {
    if (server) expect(await server.stop(), server.output()).toEqual({ code: 0, signal: null });
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
