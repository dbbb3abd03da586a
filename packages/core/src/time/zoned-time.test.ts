import { describe, expect, it } from 'vitest';
import {
  addDaysToWallTime,
  dayKeyAt,
  isTimeZone,
  isoInZone,
  offsetAt,
  wallTimeAt,
  zonedToInstant,
} from './zoned-time.ts';

const STOCKHOLM = 'Europe/Stockholm';
const HOUR = 3_600_000;
const iso = (instant: number) => new Date(instant).toISOString();

describe('zoned time', () => {
  it('knows Stockholm is UTC+1 in winter and UTC+2 in summer', () => {
    expect(offsetAt(Date.parse('2026-01-15T12:00:00Z'), STOCKHOLM)).toBe(1 * HOUR);
    expect(offsetAt(Date.parse('2026-07-15T12:00:00Z'), STOCKHOLM)).toBe(2 * HOUR);
  });

  it('changes the offset at the minute of the change, not the week it is cached for', () => {
    expect(offsetAt(Date.parse('2026-03-29T00:59:59Z'), STOCKHOLM)).toBe(1 * HOUR);
    expect(offsetAt(Date.parse('2026-03-29T01:00:00Z'), STOCKHOLM)).toBe(2 * HOUR);
    expect(dayKeyAt(Date.parse('2026-10-24T22:30:00Z'), STOCKHOLM)).toBe('2026-10-25');
  });

  it('converts wall times in a zone to instants across daylight saving', () => {
    const wall = { year: 2026, month: 10, day: 22, hour: 18, minute: 0, second: 0 };
    expect(iso(zonedToInstant(wall, STOCKHOLM))).toBe('2026-10-22T16:00:00.000Z');
    expect(iso(zonedToInstant({ ...wall, day: 29 }, STOCKHOLM))).toBe('2026-10-29T17:00:00.000Z');
    const spring = { year: 2026, month: 3, day: 28, hour: 18, minute: 0, second: 0 };
    expect(iso(zonedToInstant(spring, STOCKHOLM))).toBe('2026-03-28T17:00:00.000Z');
    expect(iso(zonedToInstant({ ...spring, day: 30 }, STOCKHOLM))).toBe('2026-03-30T16:00:00.000Z');
    expect(isoInZone(Date.parse('2026-03-30T16:00:00Z'), STOCKHOLM)).toBe(
      '2026-03-30T18:00:00+02:00',
    );
  });

  it('takes the first of two readings of an hour that happens twice, and moves a skipped one on', () => {
    const twice = { year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 };
    expect(iso(zonedToInstant(twice, STOCKHOLM))).toBe('2026-10-25T00:30:00.000Z');
    const skipped = { year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 };
    expect(isoInZone(zonedToInstant(skipped, STOCKHOLM), STOCKHOLM)).toBe(
      '2026-03-29T03:30:00+02:00',
    );
  });

  it('reads the wall time back from an instant', () => {
    expect(wallTimeAt(Date.parse('2026-12-03T12:00:00.750Z'), STOCKHOLM)).toEqual({
      year: 2026,
      month: 12,
      day: 3,
      hour: 13,
      minute: 0,
      second: 0,
    });
  });

  it('formats offsets and knows zones', () => {
    expect(offsetAt(Date.UTC(2026, 6, 1), 'America/New_York')).toBe(-4 * HOUR);
    expect(isoInZone(Date.UTC(2026, 0, 1, 12), 'Asia/Kolkata')).toBe('2026-01-01T17:30:00+05:30');
    expect(isoInZone(Date.UTC(2026, 0, 1, 12, 0, 0, 500))).toBe('2026-01-01T12:00:00Z');
    expect(isTimeZone(STOCKHOLM)).toBe(true);
    expect(isTimeZone('W. Europe Standard Time')).toBe(false);
  });

  it('adds calendar days to a wall time across a month, a year and a DST change', () => {
    const wall = { year: 2026, month: 3, day: 24, hour: 18, minute: 30, second: 0 };
    expect(addDaysToWallTime(wall, 7)).toEqual({ ...wall, month: 3, day: 31 });
    expect(addDaysToWallTime({ ...wall, month: 12, day: 29 }, 7)).toEqual({
      ...wall,
      year: 2027,
      month: 1,
      day: 5,
    });
    expect(isoInZone(zonedToInstant(addDaysToWallTime(wall, 7), STOCKHOLM), STOCKHOLM)).toBe(
      '2026-03-31T18:30:00+02:00',
    );
  });
});
