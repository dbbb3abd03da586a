import { describe, expect, it } from 'vitest';
import { makeSession } from '../../storage/testing/sessions.ts';
import {
  filterSessions,
  lastMonths,
  monthsWithSessions,
  totalsByMentee,
  totalsByMonth,
} from './aggregate.ts';

const sessions = [
  makeSession({ menteeId: 'a', menteeAlias: 'Amal', date: '2026-11-02', topics: ['cv'] }),
  makeSession({
    menteeId: 'a',
    menteeAlias: 'Amal',
    date: '2026-10-12',
    durationMinutes: 90,
    topics: ['interview'],
  }),
  makeSession({ menteeId: 'b', menteeAlias: 'Bashir', date: '2025-10-30', durationMinutes: 30 }),
];

describe('sessions aggregation', () => {
  it('filters by mentee, month and topic together', () => {
    expect(filterSessions(sessions, { menteeId: 'a' })).toHaveLength(2);
    expect(filterSessions(sessions, { month: '2026-10' })).toEqual([sessions[1]]);
    expect(filterSessions(sessions, { menteeId: 'a', topic: 'cv' })).toEqual([sessions[0]]);
    expect(filterSessions(sessions, {})).toHaveLength(3);
  });

  it('sums per mentee with the last time met', () => {
    expect(totalsByMentee(sessions)).toEqual([
      { menteeId: 'a', alias: 'Amal', lastMet: '2026-11-02', sessions: 2, minutes: 135 },
      { menteeId: 'b', alias: 'Bashir', lastMet: '2025-10-30', sessions: 1, minutes: 30 },
    ]);
  });

  it('sums the last 12 months, empty ones included, across a year boundary', () => {
    const months = lastMonths('2026-11-23');
    expect(months[0]).toBe('2025-12');
    expect(months[11]).toBe('2026-11');
    expect(lastMonths('2026-01-05', 3)).toEqual(['2025-11', '2025-12', '2026-01']);
    const totals = totalsByMonth(sessions, months);
    expect(totals).toHaveLength(12);
    expect(totals.at(-1)).toEqual({ month: '2026-11', sessions: 1, minutes: 45 });
    expect(totals.at(-2)).toEqual({ month: '2026-10', sessions: 1, minutes: 90 });
    expect(totals.reduce((sum, month) => sum + month.sessions, 0)).toBe(2);
    expect(monthsWithSessions(sessions)).toEqual(['2026-11', '2026-10', '2025-10']);
  });
});
