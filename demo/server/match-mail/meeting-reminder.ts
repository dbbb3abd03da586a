// The reminder when an active match has had no meeting for a while (MENTORKIT_NO_MEETING_DAYS,
// 21 by default). One chain of `match-meeting-check` jobs per active match: each check runs at
// the moment the two would have gone that long without meeting, reads the last recorded meeting
// when it runs, and either reminds both people (each with a new link to their card, where a
// meeting can be recorded) or, if they met meanwhile, moves the check to the new moment. A paused,
// completed or closed match ends the chain; resuming starts it again.
//
// Once per person and check: the mail's outbox key names the check's moment (`due`), so a job
// retried after a crash finds its mails there, and the next check's moment follows from `due`,
// not from the clock, so a retry cannot start a second chain.
import type { Queryable } from '../db/database.ts';
import { queueMail } from '../mail/mailer.ts';
import { createMatchLink } from '../store/match-links.ts';
import { getMatch, type StoredMatch } from '../store/matches.ts';
import { lastMeetingOn } from '../store/meetings.ts';
import type { MatchMailSettings } from './match-mail.ts';
import { participantPath } from './match-mail.ts';
import { renderMeetingReminderMail } from './meeting-reminder-mail.ts';
import { firstName, localeOf, otherRole, pairOf } from './pair.ts';

export const MEETING_CHECK_JOB = 'match-meeting-check';

export interface MeetingCheckPayload {
  matchId: string;
  /** The check's moment (ISO): when the two would have gone the set time without meeting. */
  due: string;
}

const DAY_MS = 86_400_000;

/** Queues the check of `match` at `due`, in `tx` (a check already queued for it is kept). */
export async function queueMeetingCheck(
  tx: Queryable,
  settings: MatchMailSettings,
  matchId: string,
  due: Date,
): Promise<void> {
  if (settings.noMeetingAfterMs <= 0) return;
  const payload: MeetingCheckPayload = { matchId, due: due.toISOString() };
  await settings.queue.enqueue(MEETING_CHECK_JOB, payload, {
    key: `${matchId}:${payload.due}`,
    runAfter: due,
    in: tx,
  });
}

/**
 * Since when the two have not met: the end of the last recorded meeting's day, or the start.
 * A meeting's day is a calendar date; its end in UTC is close enough for a reminder of weeks.
 */
async function quietSince(tx: Queryable, match: StoredMatch): Promise<{ at: Date; met: boolean }> {
  const started = new Date(match.startedAt ?? match.createdAt);
  const last = await lastMeetingOn(tx, match.id);
  if (last === undefined) return { at: started, met: false };
  const endOfDay = new Date(Date.parse(`${last}T00:00:00Z`) + DAY_MS);
  return { at: endOfDay > started ? endOfDay : started, met: true };
}

/** The first of `due` + n periods (n ≥ 1) that is after `now`. */
export function nextCheckAfter(due: number, now: Date, settings: MatchMailSettings): Date {
  const period = settings.noMeetingAfterMs;
  const periods = Math.max(1, Math.floor((now.getTime() - due) / period) + 1);
  return new Date(due + periods * period);
}

/** The `match-meeting-check` job. */
export async function checkMeetings(
  settings: MatchMailSettings,
  { matchId, due }: MeetingCheckPayload,
): Promise<void> {
  await settings.database.transaction(async (tx) => {
    const match = await getMatch(tx, matchId);
    if (!match || match.status !== 'active') return;
    const now = settings.now();
    const quiet = await quietSince(tx, match);
    const remindAt = new Date(quiet.at.getTime() + settings.noMeetingAfterMs);
    if (remindAt.getTime() > Date.parse(due)) {
      // They met after this check was planned: check again when that meeting is as old.
      await queueMeetingCheck(tx, settings, matchId, remindAt);
      return;
    }
    const pair = await pairOf(tx, match);
    if (!pair) return;
    const days = Math.floor((now.getTime() - quiet.at.getTime()) / DAY_MS);
    for (const role of ['mentor', 'mentee'] as const) {
      const key = `meeting-reminder:${matchId}:${role}:${due}`;
      const existing = await tx.query('SELECT 1 FROM outbox WHERE key = $1', [key]);
      if (existing.rowCount > 0) continue;
      const expiresAt = new Date(now.getTime() + settings.linkTtlMs);
      const token = await createMatchLink(tx, matchId, role, now, expiresAt);
      const reader = pair[role];
      const locale = localeOf(reader);
      const mail = renderMeetingReminderMail({
        locale,
        name: firstName(reader),
        otherName: firstName(pair[otherRole(role)]),
        days,
        metBefore: quiet.met,
        link: `${settings.publicUrl}${participantPath(token)}`,
        expiresAt,
      });
      await queueMail(tx, settings.queue, {
        key,
        kind: 'meeting-reminder',
        recipient: reader.email,
        lang: locale,
        ...mail,
        signupIds: [pair.mentor.id, pair.mentee.id],
        createdAt: now,
      });
    }
    // Still no meeting by then: another reminder, a period later. A check that ran late (the
    // server was down for weeks) skips the periods already past, so that a restart sends one
    // reminder, not one per missed period.
    await queueMeetingCheck(tx, settings, matchId, nextCheckAfter(Date.parse(due), now, settings));
  });
}
