// The training feeds: iCalendar parsed back with ical.js (what calendar apps do), the JSON feed
// against the contract's schema, and series across DST changes. The time-zone arithmetic and
// the iCalendar writer's escaping and folding are tested in core, where they live.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { TrainingEventListSchema } from '@mentorkit/core';
import { isoInZone } from '@mentorkit/core/time';
import type { TrainingRecord } from '../store/trainings.ts';
import { trainingsToIcal } from './ical.ts';
import { trainingsToJson } from './json-feed.ts';
import { expandStarts, parseSimpleRule } from './recurrence.ts';

const ZONE = 'Europe/Stockholm';

function training(overrides: Partial<TrainingRecord> = {}): TrainingRecord {
  return {
    uid: 'intro-1@mentorkit.demo',
    title: 'Introduktion för nya mentorer',
    startsAt: new Date('2026-12-03T12:00:00Z'),
    endsAt: new Date('2026-12-03T15:00:00Z'),
    timeZone: ZONE,
    status: 'confirmed',
    sequence: 0,
    demo: false,
    createdAt: new Date('2026-11-01T08:00:00Z'),
    updatedAt: new Date('2026-11-01T08:00:00Z'),
    ...overrides,
  };
}

describe('recurrence', () => {
  it('parses the simple subset and refuses the rest', () => {
    expect(parseSimpleRule('FREQ=WEEKLY;COUNT=12')).toEqual({
      freq: 'WEEKLY',
      interval: 1,
      count: 12,
    });
    expect(parseSimpleRule('RRULE:FREQ=DAILY;INTERVAL=2;UNTIL=20261231')).toMatchObject({
      freq: 'DAILY',
      interval: 2,
    });
    expect(parseSimpleRule('FREQ=MONTHLY;COUNT=2')).toBeUndefined();
    expect(parseSimpleRule('FREQ=WEEKLY;BYDAY=TU')).toBeUndefined();
    expect(parseSimpleRule('FREQ=WEEKLY;COUNT=100000')).toBeUndefined();
  });

  it('keeps the local time of a weekly series across the change to summer time', () => {
    const starts = expandStarts(
      new Date('2026-03-17T17:30:00Z'),
      parseSimpleRule('FREQ=WEEKLY;COUNT=3')!,
      ZONE,
    );
    expect(starts.map((start) => isoInZone(start.getTime(), ZONE))).toEqual([
      '2026-03-17T18:30:00+01:00',
      '2026-03-24T18:30:00+01:00',
      '2026-03-31T18:30:00+02:00',
    ]);
  });
});

describe('trainingsToIcal', () => {
  const hostile = 'Fika; kaffe, kaka\\ och "citat"\nrad två — مرحبا '.repeat(3);
  const feed = trainingsToIcal(
    [
      training({
        description: hostile,
        location: { name: 'Biblioteket', address: 'Storgatan 1, Exempelstad' },
      }),
      training({
        uid: 'cafe@mentorkit.demo',
        title: 'Språkcafé',
        startsAt: new Date('2026-03-17T17:30:00Z'),
        endsAt: new Date('2026-03-17T19:00:00Z'),
        rrule: 'FREQ=WEEKLY;COUNT=3',
      }),
      training({ uid: 'off@mentorkit.demo', status: 'cancelled', sequence: 2 }),
    ],
    { stamp: new Date('2026-11-23T12:00:00Z') },
  );

  it('uses CRLF line endings and no line over 75 octets', () => {
    expect(feed.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(feed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of feed.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
  });

  it('parses back with ical.js: VTIMEZONE, local times, text, recurrence and status', () => {
    const calendar = ICAL.Component.fromString(feed);
    const zone = calendar.getFirstSubcomponent('vtimezone');
    expect(zone?.getFirstPropertyValue('tzid')).toBe(ZONE);
    const timezone = new ICAL.Timezone(zone!);
    ICAL.TimezoneService.register(timezone, ZONE);
    try {
      const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
      expect(events.map((event) => event.uid)).toEqual([
        'intro-1@mentorkit.demo',
        'cafe@mentorkit.demo',
        'off@mentorkit.demo',
      ]);
      const [intro, cafe, cancelled] = events as [ICAL.Event, ICAL.Event, ICAL.Event];
      expect(intro.description).toBe(hostile);
      expect(intro.location).toBe('Biblioteket, Storgatan 1, Exempelstad');
      expect(intro.startDate.toString()).toBe('2026-12-03T13:00:00');
      expect(intro.startDate.zone?.tzid).toBe(ZONE);
      expect(intro.startDate.toJSDate().toISOString()).toBe('2026-12-03T12:00:00.000Z');

      expect(cafe.isRecurring()).toBe(true);
      const iterator = cafe.iterator();
      const occurrences: string[] = [];
      for (let next = iterator.next(); next; next = iterator.next()) {
        occurrences.push(next.toJSDate().toISOString());
      }
      // 18:30 local each time: 17:30 UTC in winter, 16:30 UTC after the change to summer time.
      expect(occurrences).toEqual([
        '2026-03-17T17:30:00.000Z',
        '2026-03-24T17:30:00.000Z',
        '2026-03-31T16:30:00.000Z',
      ]);
      expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(cancelled.sequence).toBe(2);
    } finally {
      ICAL.TimezoneService.remove(ZONE);
    }
  });
});

describe('trainingsToJson', () => {
  it('expands a series into occurrences that the contract schema accepts, with seats taken', () => {
    const events = trainingsToJson(
      [
        training({ seatsTotal: 20 }),
        training({
          uid: 'cafe@mentorkit.demo',
          title: 'Språkcafé',
          startsAt: new Date('2026-03-17T17:30:00Z'),
          endsAt: new Date('2026-03-17T19:00:00Z'),
          rrule: 'FREQ=WEEKLY;COUNT=3',
          seatsTotal: 30,
        }),
      ],
      new Map([
        ['intro-1@mentorkit.demo', 4],
        ['cafe@mentorkit.demo/20260324', 2],
      ]),
    );
    expect(TrainingEventListSchema.safeParse(events).success).toBe(true);
    expect(events.map((event) => [event.uid, event.start, event.seats?.taken])).toEqual([
      ['cafe@mentorkit.demo/20260317', '2026-03-17T18:30:00+01:00', 0],
      ['cafe@mentorkit.demo/20260324', '2026-03-24T18:30:00+01:00', 2],
      ['cafe@mentorkit.demo/20260331', '2026-03-31T18:30:00+02:00', 0],
      ['intro-1@mentorkit.demo', '2026-12-03T13:00:00+01:00', 4],
    ]);
    expect(events[2]).toMatchObject({
      end: '2026-03-31T20:00:00+02:00',
      recurrence: 'FREQ=WEEKLY;COUNT=3',
    });
  });
});
