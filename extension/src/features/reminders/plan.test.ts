import { describe, expect, it } from 'vitest';
import { makeSession } from '../../storage/testing/sessions.ts';
import { MAX_PLANNED, localMoment, plannedReminders } from './plan.ts';

// A Monday morning in the mentor's own calendar (the machine's zone, as the extension's is).
const now = new Date(2026, 10, 23, 8, 0);

const withFollowUp = (id: string, followUpOn: string | undefined, followUp = 'Ring facket') =>
  makeSession({
    id,
    followUp,
    ...(followUpOn ? { followUpOn } : {}),
  });

describe('the follow-up reminders to set', () => {
  it('rings at nine on its day, or at once when that has passed, nearest first', () => {
    const planned = plannedReminders(
      [
        withFollowUp('00000000-0000-4000-8000-000000000002', '2026-11-25'),
        withFollowUp('00000000-0000-4000-8000-000000000001', '2026-11-23'),
        withFollowUp('00000000-0000-4000-8000-000000000003', '2026-11-20'),
      ],
      {},
      now,
    );
    expect(planned).toEqual([
      { sessionId: '00000000-0000-4000-8000-000000000003', when: now.getTime() },
      { sessionId: '00000000-0000-4000-8000-000000000001', when: localMoment('2026-11-23', 9) },
      { sessionId: '00000000-0000-4000-8000-000000000002', when: localMoment('2026-11-25', 9) },
    ]);
  });

  it('skips what has no day or no follow-up, what was shown for its day, and what is over a week late', () => {
    const moved = withFollowUp('00000000-0000-4000-8000-000000000004', '2026-11-30');
    const planned = plannedReminders(
      [
        withFollowUp('00000000-0000-4000-8000-000000000001', undefined),
        makeSession({ id: '00000000-0000-4000-8000-000000000002', followUpOn: '2026-11-24' }),
        withFollowUp('00000000-0000-4000-8000-000000000003', '2026-11-24'),
        moved,
        withFollowUp('00000000-0000-4000-8000-000000000005', '2026-11-15'),
        withFollowUp('00000000-0000-4000-8000-000000000006', '2026-11-16'),
      ],
      {
        '00000000-0000-4000-8000-000000000003': '2026-11-24',
        // Shown for its old day: its new day rings again.
        [moved.id]: '2026-11-21',
      },
      now,
    );
    expect(planned.map((reminder) => reminder.sessionId)).toEqual([
      '00000000-0000-4000-8000-000000000006',
      moved.id,
    ]);
  });

  it(`sets at most ${MAX_PLANNED} at once, the nearest`, () => {
    const sessions = Array.from({ length: MAX_PLANNED + 10 }, (_, index) =>
      withFollowUp(
        `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
        `2027-01-${String((index % 28) + 1).padStart(2, '0')}`,
      ),
    );
    const planned = plannedReminders(sessions, {}, now);
    expect(planned).toHaveLength(MAX_PLANNED);
    expect(planned.at(-1)!.when).toBeLessThanOrEqual(localMoment('2027-01-28', 9));
    expect(planned[0]!.when).toBe(localMoment('2027-01-01', 9));
  });
});
