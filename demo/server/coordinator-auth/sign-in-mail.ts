// The mail with a coordinator's sign-in link, through the outbox and the job queue like every
// mail (decision 15). The outbox view never lists these (the link is a key to the account),
// and removing the account deletes them (store/coordinators.ts).
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { renderLinkMail } from '../mail/link-mail.ts';
import { queueMail } from '../mail/mailer.ts';
import { createSignInLink } from '../store/coordinator-sessions.ts';
import { SIGN_IN_MAIL_KEY_PREFIX, type Coordinator } from '../store/coordinators.ts';
import { SIGN_IN_MESSAGES } from './sign-in-messages.ts';

export const SIGN_IN_MAIL_KIND = 'coordinator-sign-in';

/** The page a sign-in link opens: the token only. */
export const signInPath = (token: string) => `coordinator-sign-in/${token}`;

export interface AccountMailSettings {
  queue: JobQueue;
  /** Where the backend is reached from outside (ends with /). */
  publicUrl: string;
}

export async function queueSignInMail(
  tx: Queryable,
  settings: AccountMailSettings,
  coordinator: Coordinator & { email: string },
  now: Date,
): Promise<void> {
  const { token, expiresAt } = await createSignInLink(tx, coordinator.id, now);
  const messages = SIGN_IN_MESSAGES[coordinator.lang];
  const mail = renderLinkMail({
    locale: coordinator.lang,
    subject: messages.subject,
    name: coordinator.name.split(/\s+/)[0] ?? coordinator.name,
    blocks: [[messages.request]],
    button: messages.button,
    link: `${settings.publicUrl}${signInPath(token)}`,
    expiresAt,
    closing: [messages.validFor, messages.notYou],
  });
  await queueMail(tx, settings.queue, {
    // One mail per link; the key names the account (its removal finds them), never the token.
    key: `${SIGN_IN_MAIL_KEY_PREFIX}${coordinator.id}:${randomUUID()}`,
    kind: SIGN_IN_MAIL_KIND,
    recipient: coordinator.email,
    lang: coordinator.lang,
    ...mail,
    signupIds: [],
    createdAt: now,
  });
}
