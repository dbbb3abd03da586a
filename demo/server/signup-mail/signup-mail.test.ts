// The mail path end to end, on PGlite and PostgreSQL: a signup posted over HTTP, its mails
// written to the outbox and queued on pg-boss, sent by the queue's worker through nodemailer to
// a real SMTP server in this process, and its link opened. Time is pg-boss's TestClock, moved
// by the tests: retries, expiry and the daily digest happen without waiting.
import type { SignupSubmission } from '@mentorkit/core';
import { describe, expect, it } from 'vitest';
import { createDemoServer, listen } from '../app.ts';
import { createBackend } from '../backend.ts';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { nowOf } from '../jobs/clock.ts';
import { SEND_MAIL_JOB, sendOutboxMail } from '../mail/mailer.ts';
import type { SmtpSink } from '../mail/testing/smtp-sink.ts';
import { getOutboxMailByKey, listOutbox } from '../store/outbox.ts';
import { eraseSignup, getSignup } from '../store/signups.ts';
import { menteeSubmission, mentorSubmission } from '../testing/fixtures.ts';
import {
  PINNED,
  TEST_COORDINATOR_TOKEN,
  advanceUntil,
  startMailBackend,
  useMailTestBackends,
  type MailBackend,
} from '../testing/mail-backend.ts';
import type { SignupMailSettings } from './signup-mail.ts';

const COORDINATORS = ['samordnare@example.org', 'second@example.org'];

type Running = MailBackend & { signupMail: SignupMailSettings };

async function startAll(
  database: Database,
  smtp: SmtpSink,
  notice: SignupMailSettings['signupNotice'],
): Promise<Running> {
  const running = await startMailBackend(database, smtp, {
    signupMail: {
      coordinatorEmails: COORDINATORS,
      signupNotice: notice,
      confirmationTtlMs: 7 * 86_400_000,
    },
    leaseMs: 60_000,
  });
  return { ...running, signupMail: running.signupMail! };
}

async function postSignup(base: string, submission: SignupSubmission) {
  const response = await fetch(`${base}/api/signups`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.draftId },
    body: JSON.stringify(submission),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const textOf = (html: string | false | undefined) => (typeof html === 'string' ? html : '');

function confirmationLink(mailText: string): string {
  const link = /http:\/\/mentor\.example\.org\/(signup\/confirm\/[A-Za-z0-9_-]+)/.exec(mailText);
  if (!link) throw new Error('no confirmation link in the mail');
  return link[1]!;
}

// The queue's workers poll once per test-clock second; a test moves that clock through
// minutes of retries and a night before the digest, each step a few real milliseconds.
describe.each(TEST_DATABASES)('signup mail on $name', { timeout: 120_000 }, (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);
  let running: Running | undefined;
  const smtp = useMailTestBackends(() => running);

  it('sends the confirmation in the signup language (Arabic: rtl), and its link confirms once', async () => {
    running = await startAll(context.database, smtp, 'each');
    const submission = menteeSubmission({
      locale: 'ar',
      person: { name: 'ليلى <b onmouseover=alert(1)>', email: 'layla@example.org' },
    });
    const id = await postSignup(running.base, submission);
    await advanceUntil(running.clock, () =>
      smtp.received.some((mail) => mail.to && JSON.stringify(mail.to).includes('layla@')),
    );
    const mail = smtp.received.find((m) => JSON.stringify(m.to).includes('layla@'))!;
    expect(mail.subject).toBe('أكّد تسجيلك');
    expect(mail.text).toContain('مرحبًا ليلى <b onmouseover=alert(1)>');
    const html = textOf(mail.html);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    // The hostile name is text in the HTML part, never markup.
    expect(html).toContain('ليلى &lt;b onmouseover=alert(1)&gt;');
    expect(html).not.toContain('<b onmouseover');
    expect(mail.messageId).toMatch(/^<mail-[0-9a-f-]+@mentor\.example\.org>$/);

    const path = confirmationLink(mail.text ?? '');
    expect(html).toContain(`href="http://mentor.example.org/${path}"`);
    expect(path).not.toContain('layla');
    expect((await getSignup(context.database, id))?.confirmedAt).toBeNull();

    // Opening the link shows a button in Arabic and confirms nothing yet (mail scanners open links).
    const page = await fetch(`${running.base}/${path}`);
    expect(page.status).toBe(200);
    const pageHtml = await page.text();
    expect(pageHtml).toContain('<html lang="ar" dir="rtl">');
    expect(pageHtml).toContain('data-outcome="pending"');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await getSignup(context.database, id))?.confirmedAt).toBeNull();

    const confirmed = await fetch(`${running.base}/${path}`, { method: 'POST' });
    expect(await confirmed.text()).toContain('data-outcome="confirmed"');
    const confirmedAt = (await getSignup(context.database, id))?.confirmedAt;
    expect(confirmedAt).toBe(new Date(running.clock.now()).toISOString());

    // Again, a day later: it says so, and the confirmation keeps its first time.
    await running.clock.setTime(running.clock.now() + 86_400_000);
    const again = await fetch(`${running.base}/${path}`, { method: 'POST' });
    expect(await again.text()).toContain('data-outcome="already-confirmed"');
    expect((await getSignup(context.database, id))?.confirmedAt).toBe(confirmedAt);
  });

  it('stores no signup whose mails cannot be queued (5xx, retried by the form), and the retry stores it with its confirmation', async () => {
    running = await startAll(context.database, smtp, 'each');
    // The same backend, but its queue refuses: the signup's transaction is rolled back.
    const refusingQueue: JobQueue = {
      ...running.queue,
      enqueue: () => Promise.reject(new Error('the queue is down')),
    };
    const broken = createBackend({
      database: context.database,
      coordinatorToken: TEST_COORDINATOR_TOKEN,
      signupRateLimit: false,
      signupMail: { ...running.signupMail, queue: refusingQueue },
      now: running.signupMail.now,
      smtpConfigured: true,
    });
    const brokenServer = createDemoServer({ backend: broken });
    const brokenBase = (await listen(brokenServer, 0)).replace(/\/$/, '');
    const submission = mentorSubmission({
      person: { name: 'Rut Retry', email: 'rut@example.org' },
    });
    try {
      const refused = await fetch(`${brokenBase}/api/signups`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.draftId },
        body: JSON.stringify(submission),
      });
      expect(refused.status).toBe(500);
      const stored = await context.database.query('SELECT id FROM signups WHERE email = $1', [
        'rut@example.org',
      ]);
      expect(stored.rowCount).toBe(0);
    } finally {
      await new Promise((resolve) => brokenServer.close(resolve));
    }
    const id = await postSignup(running.base, submission);
    expect(await getOutboxMailByKey(context.database, `signup-confirmation:${id}`)).toBeTruthy();
  });

  it('refuses an expired link and an unknown one, in plain words', async () => {
    running = await startAll(context.database, smtp, 'each');
    const id = await postSignup(running.base, mentorSubmission({ locale: 'uk' }));
    const mail = await getOutboxMailByKey(context.database, `signup-confirmation:${id}`);
    const path = confirmationLink(mail!.text);
    await running.clock.setTime(new Date(Date.parse(PINNED) + 7 * 86_400_000 + 1000));
    const expired = await fetch(`${running.base}/${path}`, { method: 'POST' });
    expect(expired.status).toBe(410);
    const expiredHtml = await expired.text();
    expect(expiredHtml).toContain('<html lang="uk" dir="ltr">');
    expect(expiredHtml).toContain('Термін дії посилання минув.');
    expect((await getSignup(context.database, id))?.confirmedAt).toBeNull();

    const unknown = await fetch(`${running.base}/signup/confirm/${'x'.repeat(43)}`, {
      headers: { 'Accept-Language': 'fa-AF,fa;q=0.8' },
    });
    expect(unknown.status).toBe(404);
    const unknownHtml = await unknown.text();
    expect(unknownHtml).toContain('<html lang="prs" dir="rtl">');
    expect(unknownHtml).toContain('data-outcome="unknown"');
  });

  it('tells each coordinator of a signup at once, with no more than name, role and programme', async () => {
    running = await startAll(context.database, smtp, 'each');
    await postSignup(running.base, menteeSubmission({ programmeId: 'foundry-2026' }));
    await advanceUntil(running.clock, () => smtp.received.length === 3);
    const notices = smtp.received.filter((mail) => mail.subject === 'Ny anmälan: adept');
    for (const address of COORDINATORS) {
      expect(notices.filter((mail) => JSON.stringify(mail.to).includes(address))).toHaveLength(1);
    }
    expect(notices).toHaveLength(2);
    const notice = notices[0]!;
    expect(notice.text).toContain('Amina Test, adept, programmet foundry-2026');
    expect(notice.text).toContain('http://mentor.example.org/coordinator/');
    expect(notice.text).not.toContain('amina.test@example.org');
    expect(textOf(notice.html)).toContain('<html lang="sv" dir="ltr">');
  });

  it('sends the daily digest at 08:00 Stockholm time with the day’s signups, once', async () => {
    running = await startAll(context.database, smtp, 'daily');
    await postSignup(running.base, menteeSubmission());
    await running.clock.tick(3_600_000);
    await postSignup(running.base, mentorSubmission());
    await advanceUntil(running.clock, () => smtp.received.length === 2);
    // Only the two confirmations: the digest waits for the morning.
    expect(
      smtp.received.every((mail) => mail.subject !== undefined && !mail.subject.startsWith('Nya')),
    ).toBe(true);
    // 07:59:30 Stockholm on Tuesday: still nothing.
    await running.clock.setTime('2026-11-24T06:59:30Z');
    await running.clock.tick(1000);
    expect(smtp.received).toHaveLength(2);
    await advanceUntil(running.clock, () => smtp.received.length === 4);
    const digests = smtp.received.slice(2);
    expect(digests.map((mail) => mail.subject)).toEqual([
      'Nya anmälningar 23 nov. 2026: 2',
      'Nya anmälningar 23 nov. 2026: 2',
    ]);
    expect(digests[0]!.text).toContain('Amina Test, adept');
    expect(digests[0]!.text).toContain('Lars Test, mentor');
    // A day later nothing more arrives: the digest job ran once, and there is no empty digest.
    await advanceUntil(running.clock, () => true);
    for (let step = 0; step < 30; step += 1) await running.clock.tick(1000);
    expect(smtp.received).toHaveLength(4);
  });

  it('retries a mail the SMTP server refused, with back-off, and sends it once', async () => {
    running = await startAll(context.database, smtp, 'each');
    smtp.failNext(2);
    const id = await postSignup(running.base, menteeSubmission({ locale: 'so' }));
    const key = `signup-confirmation:${id}`;
    // Two refusals, then accepted. pg-boss waits 30 s and more between tries (back-off).
    await advanceUntil(
      running.clock,
      async () => (await getOutboxMailByKey(context.database, key))?.sentAt != null,
      600,
    );
    await advanceUntil(
      running.clock,
      async () => (await listOutbox(context.database)).every((mail) => mail.sentAt !== null),
      600,
    );
    // The confirmation and the two notices: each arrived once, after 2 refusals in all.
    const outbox = await listOutbox(context.database);
    expect(smtp.received).toHaveLength(3);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(3);
    expect(outbox.reduce((sum, mail) => sum + mail.attempts, 0)).toBe(5);
    expect(outbox.every((mail) => mail.lastError === null)).toBe(true);
    // A retry waited for the queue's back-off (30 s and more on the test clock).
    const retried = outbox.filter((mail) => mail.attempts > 1);
    expect(retried.length).toBeGreaterThan(0);
    for (const mail of retried) {
      expect(Date.parse(mail.sentAt!) - Date.parse(PINNED)).toBeGreaterThanOrEqual(30_000);
    }
  });

  it('sends nothing again when a run is repeated after the mail was marked sent', async () => {
    running = await startAll(context.database, smtp, 'each');
    const submission = menteeSubmission();
    const id = await postSignup(running.base, submission);
    const key = `signup-confirmation:${id}`;
    await advanceUntil(
      running.clock,
      async () => (await getOutboxMailByKey(context.database, key))?.sentAt != null,
    );
    // The person's mails only: the coordinators' notice of the same signup ('each') may still
    // be on its way, and is not what this test repeats.
    const toPerson = () =>
      smtp.received.filter((mail) => JSON.stringify(mail.to).includes(submission.person.email))
        .length;
    const before = toPerson();
    const mail = (await getOutboxMailByKey(context.database, key))!;
    // What the queue does after a worker died between "marked" and "job completed": the job
    // runs again. And a second job for the same mail, as from an enqueue repeated by hand.
    const settings = {
      database: context.database,
      queue: running.queue,
      transport: running.transport,
      from: 'Mentorkit <noreply@mentor.example.org>',
      now: nowOf(running.clock),
    };
    await sendOutboxMail(settings, { outboxId: mail.id });
    await running.queue.enqueue(SEND_MAIL_JOB, { outboxId: mail.id }, { key: `${mail.id}-again` });
    await advanceUntil(running.clock, () => true, 10);
    for (let step = 0; step < 10; step += 1) await running.clock.tick(1000);
    expect(toPerson()).toBe(before);
    expect(before).toBe(1);
    expect((await getOutboxMailByKey(context.database, key))!.attempts).toBe(1);
  });

  it('takes a mail held by a worker that died only after its lease, then sends it once', async () => {
    running = await startAll(context.database, smtp, 'each');
    await running.queue.stop();
    // The queue is stopped: the mail is written and queued, but nobody sends it yet.
    const stoppedQueue = running.queue;
    const id = await postSignup(running.base, menteeSubmission());
    const mail = (await getOutboxMailByKey(context.database, `signup-confirmation:${id}`))!;
    // A worker claimed it and died before SMTP answered (kill -9): the row is leased.
    await context.database.query(
      `UPDATE outbox SET attempts = 1, sending_until = $2 WHERE id = $1`,
      [mail.id, new Date(Date.parse(PINNED) + 60_000)],
    );
    const settings = {
      database: context.database,
      queue: stoppedQueue,
      transport: running.transport,
      from: 'Mentorkit <noreply@mentor.example.org>',
      now: nowOf(running.clock),
    };
    await expect(sendOutboxMail(settings, { outboxId: mail.id })).rejects.toThrow(/being sent/);
    expect(smtp.received).toHaveLength(0);
    await running.clock.tick(61_000);
    await sendOutboxMail(settings, { outboxId: mail.id });
    await sendOutboxMail(settings, { outboxId: mail.id });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.messageId).toBe(`<${mail.id}@mentor.example.org>`);
  });

  it('erases the person’s outbox mails and confirmation tokens with them', async () => {
    running = await startAll(context.database, smtp, 'each');
    const id = await postSignup(running.base, menteeSubmission());
    const other = await postSignup(running.base, mentorSubmission());
    expect(await listOutbox(context.database)).toHaveLength(6);
    const result = await eraseSignup(context.database, id, 'amina.test@example.org');
    expect(result.erased).toBe(true);
    const left = await listOutbox(context.database);
    expect(left).toHaveLength(3);
    expect(left.every((mail) => !mail.text.includes('Amina'))).toBe(true);
    const tokens = await context.database.query<{ signup_id: string }>(
      'SELECT signup_id FROM signup_confirmations',
    );
    expect(tokens.rows.map((row) => row.signup_id)).toEqual([other]);
  });
});
