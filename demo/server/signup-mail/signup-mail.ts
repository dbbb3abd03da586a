// The mails a new signup causes: the confirmation to the person (double opt-in), and the
// notice to the programme's coordinators, at once (`each`) or in the next daily digest
// (`daily`). Everything is written to the outbox and the job queue in the transaction that
// stores the signup (the outbox pattern): a signup is never stored without its confirmation,
// and one whose mails cannot be queued is not stored either, so the form keeps it and retries.
import { isLocale, type Locale } from '@mentorkit/core';
import type { Database, Queryable } from '../db/database.ts';
import type { Now } from '../jobs/clock.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { queueMail } from '../mail/mailer.ts';
import { createConfirmationToken } from '../store/signup-confirmations.ts';
import { getSignup } from '../store/signups.ts';
import { renderConfirmationMail } from './confirmation-mail.ts';
import { nextDigestAt, previousDigestAt } from './digest-time.ts';
import { renderNoticeMail, type NoticedSignup } from './notice-mail.ts';

export const SIGNUP_DIGEST_JOB = 'signup-digest';

export interface SignupMailSettings {
  database: Database;
  queue: JobQueue;
  now: Now;
  /** Where the backend is reached from outside, for the links (ends with /). */
  publicUrl: string;
  /** MENTORKIT_COORDINATOR_EMAILS; none: no notices. */
  coordinatorEmails: readonly string[];
  signupNotice: 'each' | 'daily';
  /** How long a confirmation link works (default 7 days). */
  confirmationTtlMs: number;
  /** The hour of the daily digest, Stockholm time (default 8). */
  digestHour?: number;
}

export interface DigestPayload {
  /** The digest's instant (ISO): it covers the signups of the 24 hours before. */
  until: string;
}

export const confirmationPath = (token: string) => `signup/confirm/${token}`;

const coordinatorUrl = (settings: SignupMailSettings) => `${settings.publicUrl}coordinator/`;

/**
 * Writes the signup's mails (and the digest's job) to the outbox and the queue, in `tx`: the
 * transaction that stores the signup, so that a stored signup always has its confirmation.
 */
export async function queueSignupMails(
  settings: SignupMailSettings,
  signupId: string,
  tx: Queryable,
): Promise<void> {
  const now = settings.now();
  const signup = await getSignup(tx, signupId);
  if (!signup) return;
  const locale: Locale = isLocale(signup.submission.locale) ? signup.submission.locale : 'sv';
  const expiresAt = new Date(now.getTime() + settings.confirmationTtlMs);
  const token = await createConfirmationToken(tx, signup.id, now, expiresAt);
  const confirmation = renderConfirmationMail({
    locale,
    name: signup.name,
    kind: signup.kind,
    link: `${settings.publicUrl}${confirmationPath(token)}`,
    expiresAt,
  });
  await queueMail(tx, settings.queue, {
    key: `signup-confirmation:${signup.id}`,
    kind: 'signup-confirmation',
    recipient: signup.email,
    lang: locale,
    ...confirmation,
    signupIds: [signup.id],
    createdAt: now,
  });

  if (settings.coordinatorEmails.length === 0) return;
  if (settings.signupNotice === 'daily') {
    const until = nextDigestAt(now, settings.digestHour ?? 8);
    const payload: DigestPayload = { until: until.toISOString() };
    await settings.queue.enqueue(SIGNUP_DIGEST_JOB, payload, {
      key: payload.until,
      runAfter: until,
      in: tx,
    });
    return;
  }
  const notice = renderNoticeMail([signup], coordinatorUrl(settings));
  for (const recipient of settings.coordinatorEmails) {
    await queueMail(tx, settings.queue, {
      key: `signup-notice:${signup.id}:${recipient.toLowerCase()}`,
      kind: 'signup-notice',
      recipient,
      lang: 'sv',
      ...notice,
      signupIds: [signup.id],
      createdAt: now,
    });
  }
}

/** The `signup-digest` job: one mail per coordinator with the day's signups (none: no mail). */
export async function sendSignupDigest(
  settings: SignupMailSettings,
  { until }: DigestPayload,
): Promise<void> {
  const end = new Date(until);
  const start = previousDigestAt(end);
  await settings.database.transaction(async (tx) => {
    // Read when the digest goes out, not when its job was queued: a person erased meanwhile is
    // not in it. Demo data is not news.
    const found = await tx.query<NoticedSignup & { id: string; created_at: unknown }>(
      `SELECT id, name, kind, programme_id AS "programmeId", created_at FROM signups
        WHERE created_at >= $1 AND created_at < $2 AND NOT demo
        ORDER BY created_at, id`,
      [start, end],
    );
    if (found.rows.length === 0) return;
    const notice = renderNoticeMail(found.rows, coordinatorUrl(settings), start);
    const signupIds = found.rows.map((row) => row.id);
    for (const recipient of settings.coordinatorEmails) {
      await queueMail(tx, settings.queue, {
        key: `signup-digest:${until}:${recipient.toLowerCase()}`,
        kind: 'signup-digest',
        recipient,
        lang: 'sv',
        ...notice,
        signupIds,
        createdAt: settings.now(),
      });
    }
  });
}

export function defineSignupMailJobs(settings: SignupMailSettings): Promise<void> {
  return settings.queue.define<DigestPayload>({
    name: SIGNUP_DIGEST_JOB,
    run: (payload) => sendSignupDigest(settings, payload),
  });
}
