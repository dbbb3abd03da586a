// What a match's start sets going, in the transaction of the step that started it: the
// follow-up rounds (3, 6, 12 months) and the first check for meetings. Resuming a paused match
// starts the meeting checks again from that moment.
import { scheduleFollowUps } from '../follow-up/follow-up-jobs.ts';
import type { StepHook } from '../match-lifecycle/lifecycle.ts';
import type { MatchMailSettings } from './match-mail.ts';
import { queueMeetingCheck } from './meeting-reminder.ts';

export function afterMatchStep(settings: MatchMailSettings): StepHook {
  return async (tx, match, activated) => {
    if (match.status !== 'active') return;
    if (activated) await scheduleFollowUps(tx, settings, match);
    const from = activated && match.startedAt ? new Date(match.startedAt) : settings.now();
    await queueMeetingCheck(
      tx,
      settings,
      match.id,
      new Date(from.getTime() + settings.noMeetingAfterMs),
    );
  };
}
