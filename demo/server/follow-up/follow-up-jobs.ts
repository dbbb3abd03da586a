// The follow-ups of a started match, as jobs: when the match starts, one `match-follow-up` job
// per round (3, 6 and 12 months later by default) waits in the queue; when it runs, each of the
// two people gets their own follow-up link and a mail, both written in one transaction with
// the follow-up row, so a job run again finds the row and sends nothing twice. A daily
// `follow-up-retention` job deletes the answers whose retention has passed.
import type { Queryable } from '../db/database.ts';
import { queueMail } from '../mail/mailer.ts';
import type { MatchMailSettings } from '../match-mail/match-mail.ts';
import { firstName, localeOf, otherRole, pairOf } from '../match-mail/pair.ts';
import { nextDigestAt } from '../signup-mail/digest-time.ts';
import { createFollowUp, deleteFollowUpsBefore } from '../store/follow-ups.ts';
import { getMatch, type StoredMatch } from '../store/matches.ts';
import { renderFollowUpMail } from './follow-up-mail.ts';

export const FOLLOW_UP_JOB = 'match-follow-up';
export const FOLLOW_UP_RETENTION_JOB = 'follow-up-retention';

export interface FollowUpPayload {
  matchId: string;
  monthsAfterStart: number;
}

export interface RetentionPayload {
  /** The sweep's instant (ISO). */
  at: string;
}

/** The page a follow-up's link opens: the token only, nothing about the person or the match. */
export const followUpPath = (token: string) => `follow-up/${token}`;

/** `months` calendar months after `start` (UTC), the day kept or clamped to the month's end. */
export function addMonths(start: Date, months: number): Date {
  const result = new Date(start.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(
    Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0),
  ).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/** Queues every round's job for a match that has just started, in `tx`. */
export async function scheduleFollowUps(
  tx: Queryable,
  settings: MatchMailSettings,
  match: StoredMatch,
): Promise<void> {
  if (!match.startedAt) return;
  const start = new Date(match.startedAt);
  for (const monthsAfterStart of settings.followUpMonths) {
    const payload: FollowUpPayload = { matchId: match.id, monthsAfterStart };
    await settings.queue.enqueue(FOLLOW_UP_JOB, payload, {
      key: `${match.id}:${monthsAfterStart}`,
      runAfter: addMonths(start, monthsAfterStart),
      in: tx,
    });
  }
}

/** The `match-follow-up` job: each person's link and mail for the round, once. */
export async function sendFollowUps(
  settings: MatchMailSettings,
  { matchId, monthsAfterStart }: FollowUpPayload,
): Promise<void> {
  await settings.database.transaction(async (tx) => {
    const match = await getMatch(tx, matchId);
    // Erased meanwhile, or never started: nobody to ask.
    if (!match?.startedAt) return;
    const pair = await pairOf(tx, match);
    if (!pair) return;
    const now = settings.now();
    const expiresAt = new Date(now.getTime() + settings.followUpLinkTtlMs);
    for (const role of ['mentee', 'mentor'] as const) {
      const created = await createFollowUp(tx, { matchId, role, monthsAfterStart, now, expiresAt });
      if (!created) continue;
      const reader = pair[role];
      const locale = localeOf(reader);
      const mail = renderFollowUpMail({
        locale,
        name: firstName(reader),
        otherName: firstName(pair[otherRole(role)]),
        monthsAfterStart,
        retentionMonths: settings.followUpRetentionMonths,
        link: `${settings.publicUrl}${followUpPath(created.token)}`,
        expiresAt,
      });
      await queueMail(tx, settings.queue, {
        key: `follow-up:${matchId}:${monthsAfterStart}:${role}`,
        kind: 'follow-up',
        recipient: reader.email,
        lang: locale,
        ...mail,
        signupIds: [pair.mentor.id, pair.mentee.id],
        createdAt: now,
      });
    }
  });
}

/** The retention sweep's hour, Stockholm time: at night, when nobody is answering. */
const RETENTION_HOUR = 3;

async function queueNextSweep(settings: MatchMailSettings, after: Date): Promise<void> {
  const at = nextDigestAt(after, RETENTION_HOUR);
  const payload: RetentionPayload = { at: at.toISOString() };
  await settings.queue.enqueue(FOLLOW_UP_RETENTION_JOB, payload, {
    key: payload.at,
    runAfter: at,
  });
}

/** The `follow-up-retention` job: deletes what is past its retention, then plans the next. */
export async function sweepFollowUps(
  settings: MatchMailSettings,
  { at }: RetentionPayload,
): Promise<number> {
  const cutoff = addMonths(new Date(at), -settings.followUpRetentionMonths);
  const deleted = await deleteFollowUpsBefore(settings.database, cutoff);
  if (deleted > 0) console.log(`Follow-ups past their retention deleted: ${deleted}`);
  await queueNextSweep(settings, new Date(at));
  return deleted;
}

export async function defineFollowUpJobs(settings: MatchMailSettings): Promise<void> {
  await settings.queue.define<FollowUpPayload>({
    name: FOLLOW_UP_JOB,
    run: (payload) => sendFollowUps(settings, payload),
  });
  await settings.queue.define<RetentionPayload>({
    name: FOLLOW_UP_RETENTION_JOB,
    run: async (payload) => {
      await sweepFollowUps(settings, payload);
    },
  });
  // The sweep's chain: its key is its instant, so a restart queues no second one.
  await queueNextSweep(settings, settings.now());
}
