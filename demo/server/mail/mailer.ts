// Mail as the product sends it: `queueMail` writes the mail to the outbox and enqueues the job
// that sends it, in the caller's transaction; the `mail-send` job claims the row, sends it over
// SMTP and marks it sent. A run that fails is retried with back-off by the job queue; a run
// that finds the mail sent sends nothing (idempotent); without SMTP the mail stays in the
// outbox for the coordinator view. Logs carry outbox ids and error codes, never addresses.
import type { Database, Queryable } from '../db/database.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Now } from '../jobs/clock.ts';
import {
  claimOutboxMail,
  insertOutboxMail,
  markOutboxMailSent,
  recordOutboxFailure,
  type NewOutboxMail,
} from '../store/outbox.ts';
import type { MailTransport } from './transport.ts';

export const SEND_MAIL_JOB = 'mail-send';

export interface SendMailPayload {
  outboxId: string;
}

export interface MailerSettings {
  database: Database;
  queue: JobQueue;
  /** Undefined: no SMTP configured, mail stays in the outbox. */
  transport: MailTransport | undefined;
  /** The From address (MENTORKIT_MAIL_FROM). */
  from: string;
  now: Now;
  /** How long one send may hold a mail before another run may take it (default 2 min). */
  leaseMs?: number;
}

/** Puts the mail in the outbox and enqueues its sending, both in `tx`. Its key decides: once. */
export async function queueMail(
  tx: Queryable,
  queue: JobQueue,
  mail: NewOutboxMail,
): Promise<string> {
  const { id, created } = await insertOutboxMail(tx, mail);
  if (created) {
    const payload: SendMailPayload = { outboxId: id };
    await queue.enqueue(SEND_MAIL_JOB, payload, { key: id, in: tx });
  }
  return id;
}

/** A stable Message-ID per outbox row, on the From address's domain. */
export function messageIdOf(outboxId: string, from: string): string {
  const domain = /@([^\s>]+)>?\s*$/.exec(from)?.[1] ?? 'mentorkit.invalid';
  return `<${outboxId}@${domain}>`;
}

/** An SMTP failure's codes (`EAUTH 535`, `ECONNECTION`): what logs and the job queue keep. */
function failureCode(error: unknown): string {
  const failure = error as { code?: unknown; responseCode?: unknown };
  const code = [failure.code, failure.responseCode]
    .filter((part) => typeof part === 'string' || typeof part === 'number')
    .map(String)
    .join(' ');
  return code || 'unknown';
}

/**
 * The failure with the server's words, for the outbox row only: a server may quote the
 * address it refused, and the row is erased with its person, while logs and the job queue's
 * table are not.
 */
function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `${failureCode(error)}: ${message}`;
}

/** The `mail-send` job: sends one outbox mail, at most once once it is marked sent. */
export async function sendOutboxMail(
  settings: MailerSettings,
  { outboxId }: SendMailPayload,
): Promise<void> {
  if (!settings.transport) return;
  const { database } = settings;
  const claim = await claimOutboxMail(
    database,
    outboxId,
    settings.now(),
    settings.leaseMs ?? 120_000,
  );
  if (claim.kind === 'done') return;
  // Another run holds it (or held it and died): fail this run so the queue tries again later.
  if (claim.kind === 'busy') throw new Error(`mail ${outboxId} is being sent until ${claim.until}`);
  const { mail } = claim;
  try {
    await settings.transport.send({
      from: settings.from,
      to: mail.recipient,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      lang: mail.lang,
      messageId: messageIdOf(mail.id, settings.from),
    });
  } catch (error) {
    await recordOutboxFailure(database, mail.id, describeFailure(error));
    const code = failureCode(error);
    console.error(`Mail ${mail.id} not sent (attempt ${mail.attempts}): ${code}`);
    // No cause: pg-boss keeps a failed run's error, cause and all, in its table, which erasure
    // does not reach, and the SMTP server's message may quote the person's address.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(`mail ${mail.id} not sent: ${code}`);
  }
  await markOutboxMailSent(database, mail.id, settings.now());
}

/** Registers the `mail-send` worker on the queue. */
export function defineMailJobs(settings: MailerSettings): Promise<void> {
  return settings.queue.define<SendMailPayload>({
    name: SEND_MAIL_JOB,
    run: (payload) => sendOutboxMail(settings, payload),
    retries: 10,
    retryDelaySeconds: 30,
    retryDelayMaxSeconds: 3600,
  });
}
