// Which follow-up reminders the browser should ring, and when: a pure function of the sessions,
// the reminders already shown and the time, so that node tests can check it on any clock.
import type { SessionLog } from '@mentorkit/core';
import { localToday } from '../../shared/local-day.ts';

/** Reminders ring at nine in the morning of their day, in the mentor's own calendar. */
export const REMINDER_HOUR = 9;
/** A reminder whose day passed while the browser was closed still rings, up to a week late. */
export const REMINDER_GRACE_DAYS = 7;
/** At most this many alarms are set at once (the nearest); the rest when those have rung. */
export const MAX_PLANNED = 50;

export interface PlannedReminder {
  readonly sessionId: string;
  /** Epoch ms: nine o'clock local time on its day, or `now` when that has passed. */
  readonly when: number;
}

/** `YYYY-MM-DD` at `hour` o'clock in the local calendar, as epoch ms. */
export function localMoment(day: string, hour: number): number {
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number);
  return new Date(year, month - 1, date, hour).getTime();
}

/**
 * The reminders to set: each session with a follow-up and its day, not yet shown for that day,
 * whose day is not more than REMINDER_GRACE_DAYS past; nearest first, at most MAX_PLANNED.
 */
export function plannedReminders(
  sessions: readonly SessionLog[],
  shown: Readonly<Record<string, string>>,
  now: Date,
): PlannedReminder[] {
  const nowMs = now.getTime();
  const oldest = localMoment(localToday(now), 0) - REMINDER_GRACE_DAYS * 86_400_000;
  const planned: PlannedReminder[] = [];
  for (const session of sessions) {
    const day = session.followUpOn;
    if (!day || !session.followUp || shown[session.id] === day) continue;
    const ring = localMoment(day, REMINDER_HOUR);
    if (Number.isNaN(ring) || localMoment(day, 0) < oldest) continue;
    planned.push({ sessionId: session.id, when: Math.max(ring, nowMs) });
  }
  return planned
    .sort((a, b) => a.when - b.when || a.sessionId.localeCompare(b.sessionId))
    .slice(0, MAX_PLANNED);
}
