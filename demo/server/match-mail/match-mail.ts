// The mails of a match: the introduction to both people when a coordinator proposes it (each
// with their own link), a new introduction when a coordinator reissues a link, and a reminder
// to whoever has not answered after some days. All through the outbox and the job queue, in
// the proposing transaction, like the signup mails (signup-mail/signup-mail.ts).
import type { Database, Queryable } from '../db/database.ts';
import type { Now } from '../jobs/clock.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { queueMail } from '../mail/mailer.ts';
import { waitingFor } from '../match-lifecycle/transitions.ts';
import type { ParticipantTokens } from '../match-lifecycle/lifecycle.ts';
import type { MatchRole } from '../store/match-history.ts';
import { createMatchLink } from '../store/match-links.ts';
import { getMatch, type StoredMatch } from '../store/matches.ts';
import { renderIntroductionMail } from './introduction-mail.ts';
import { firstName, localeOf, otherRole, pairOf, type Pair } from './pair.ts';
import { checkMeetings, MEETING_CHECK_JOB, type MeetingCheckPayload } from './meeting-reminder.ts';
import { defineFollowUpJobs } from '../follow-up/follow-up-jobs.ts';

export const MATCH_REMINDER_JOB = 'match-reminder';

export interface MatchMailSettings {
  database: Database;
  queue: JobQueue;
  now: Now;
  /** Where the backend is reached from outside, for the links (ends with /). */
  publicUrl: string;
  /** How long a participant's link works (MENTORKIT_MATCH_LINK_DAYS, default 60 days). */
  linkTtlMs: number;
  /** After how long an unanswered proposal is reminded of (MENTORKIT_MATCH_REMINDER_DAYS, default 7); 0: never. */
  reminderAfterMs: number;
  /** After how long without a meeting both people of an active match are reminded (MENTORKIT_NO_MEETING_DAYS, default 21); 0: never. */
  noMeetingAfterMs: number;
  /** When both are asked how it went, in months after the start (MENTORKIT_FOLLOW_UP_MONTHS); empty: never. */
  followUpMonths: readonly number[];
  /** How long a follow-up's link takes answers (MENTORKIT_FOLLOW_UP_DAYS, default 30). */
  followUpLinkTtlMs: number;
  /** How long follow-up answers are kept after they were given (MENTORKIT_FOLLOW_UP_RETENTION_MONTHS). */
  followUpRetentionMonths: number;
}

export interface ReminderPayload {
  matchId: string;
}

/** The participant page of a link: the token only, nothing about the person or the match. */
export const participantPath = (token: string) => `match/${token}`;

async function queueOne(
  tx: Queryable,
  settings: MatchMailSettings,
  pair: Pair,
  role: MatchRole,
  token: string,
  kind: 'match-introduction' | 'match-reminder',
  key: string,
): Promise<void> {
  const reader = pair[role];
  const other = pair[otherRole(role)];
  const now = settings.now();
  const locale = localeOf(reader);
  const mail = renderIntroductionMail({
    locale,
    name: firstName(reader),
    otherName: firstName(other),
    role,
    reasons: pair.match.reasons,
    link: `${settings.publicUrl}${participantPath(token)}`,
    expiresAt: new Date(now.getTime() + settings.linkTtlMs),
    reminder: kind === 'match-reminder',
  });
  await queueMail(tx, settings.queue, {
    key,
    kind,
    recipient: reader.email,
    lang: locale,
    ...mail,
    // Both: erasing either person erases the mails that name them.
    signupIds: [pair.mentor.id, pair.mentee.id],
    createdAt: now,
  });
}

/** The proposal's hook: both introductions, and the reminder's job. */
export async function queueIntroductionMails(
  tx: Queryable,
  settings: MatchMailSettings,
  match: StoredMatch,
  tokens: ParticipantTokens,
): Promise<void> {
  const pair = await pairOf(tx, match);
  if (!pair) return;
  for (const role of ['mentor', 'mentee'] as const) {
    const key = `match-introduction:${match.id}:${role}`;
    await queueOne(tx, settings, pair, role, tokens[role], 'match-introduction', key);
  }
  if (settings.reminderAfterMs > 0) {
    const payload: ReminderPayload = { matchId: match.id };
    await settings.queue.enqueue(MATCH_REMINDER_JOB, payload, {
      key: match.id,
      runAfter: new Date(settings.now().getTime() + settings.reminderAfterMs),
      in: tx,
    });
  }
}

/** A reissued link's hook: the introduction again, with the new link (its own outbox key). */
export async function queueReissuedIntroduction(
  tx: Queryable,
  settings: MatchMailSettings,
  match: StoredMatch,
  role: MatchRole,
  token: string,
): Promise<void> {
  const pair = await pairOf(tx, match);
  if (!pair) return;
  const key = `match-introduction:${match.id}:${role}:${settings.now().toISOString()}`;
  await queueOne(tx, settings, pair, role, token, 'match-introduction', key);
}

/**
 * The `match-reminder` job: whoever has not answered a still proposed match gets a reminder
 * with a new link of their own (the first one's token is not stored, so it cannot be sent
 * again; the first link keeps working). Read when it runs: an answer or an erasure meanwhile
 * means no mail.
 */
export async function sendMatchReminders(
  settings: MatchMailSettings,
  { matchId }: ReminderPayload,
): Promise<void> {
  await settings.database.transaction(async (tx) => {
    const match = await getMatch(tx, matchId);
    if (!match) return;
    const pair = await pairOf(tx, match);
    if (!pair) return;
    const now = settings.now();
    for (const role of waitingFor(match)) {
      const key = `match-reminder:${match.id}:${role}`;
      // Once per person and match: a job run twice finds the mail there and adds no link.
      const existing = await tx.query('SELECT 1 FROM outbox WHERE key = $1', [key]);
      if (existing.rowCount > 0) continue;
      const token = await createMatchLink(
        tx,
        match.id,
        role,
        now,
        new Date(now.getTime() + settings.linkTtlMs),
      );
      await queueOne(tx, settings, pair, role, token, 'match-reminder', key);
    }
  });
}

export async function defineMatchMailJobs(settings: MatchMailSettings): Promise<void> {
  await settings.queue.define<ReminderPayload>({
    name: MATCH_REMINDER_JOB,
    run: (payload) => sendMatchReminders(settings, payload),
  });
  await settings.queue.define<MeetingCheckPayload>({
    name: MEETING_CHECK_JOB,
    run: (payload) => checkMeetings(settings, payload),
  });
  await defineFollowUpJobs(settings);
}
