// The mails with a coordinator's link, through the outbox and the job queue like every mail
// (decision 15): the sign-in link they asked for, and an administrator's invitation. Both are
// of the kind SIGN_IN_MAIL_KIND, which the outbox view never lists (the link is a key to the
// account), and removing the account deletes them (store/coordinators.ts).
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

/** Who sends an invitation, and the names of the programmes it is for. */
export interface Invitation {
  inviter: string;
  programmeNames: readonly string[];
}

/** Queues the link they asked for, or with `invitation` the invitation's (7 days, activates). */
export async function queueSignInMail(
  tx: Queryable,
  settings: AccountMailSettings,
  coordinator: Coordinator & { email: string },
  now: Date,
  invitation?: Invitation,
): Promise<void> {
  const purpose = invitation ? 'invitation' : 'sign-in';
  const { token, expiresAt } = await createSignInLink(tx, coordinator.id, now, purpose);
  const messages = SIGN_IN_MESSAGES[coordinator.lang];
  const words = invitation
    ? {
        ...messages.invitation,
        request: messages.invitation.invited(
          invitation.inviter,
          coordinator.role === 'administrator' ? 'administrator' : invitation.programmeNames,
        ),
      }
    : messages;
  const mail = renderLinkMail({
    locale: coordinator.lang,
    subject: words.subject,
    name: coordinator.name.split(/\s+/)[0] ?? coordinator.name,
    blocks: [[words.request]],
    button: words.button,
    link: `${settings.publicUrl}${signInPath(token)}`,
    expiresAt,
    closing: [words.validFor, words.notYou],
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
