import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TrainingEvent } from '@mentorkit/core';
import { parseICalendar, resolveTzid } from './ical-feed.ts';
import { FeedError } from './feed-types.ts';
import type { CalendarWindow } from './feed-types.ts';

const fixture = (name: string) =>
  readFileSync(
    fileURLToPath(new URL(`../../../tests/fixtures/calendar/${name}`, import.meta.url)),
    'utf8',
  );

const window2026: CalendarWindow = {
  from: '2026-01-01',
  until: '2026-12-31',
  zone: 'Europe/Stockholm',
};

const parse = (name: string, window = window2026) => parseICalendar(fixture(name), { window });

const utc = (event: TrainingEvent) => new Date(event.start).toISOString();

function failure(run: () => unknown): FeedError {
  try {
    run();
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected a FeedError');
}

describe('parseICalendar: daylight saving', () => {
  it('keeps the local time of a weekly training across the end of DST in Stockholm', () => {
    const { events, skipped } = parse('dst-weekly.ics');
    expect(skipped).toBe(0);
    expect(events.map((e) => e.start)).toEqual([
      '2026-10-08T18:00:00+02:00',
      '2026-10-15T18:00:00+02:00',
      '2026-10-22T18:00:00+02:00',
      '2026-10-29T18:00:00+01:00',
      '2026-11-05T18:00:00+01:00',
      '2026-11-12T18:00:00+01:00',
    ]);
    // The UTC time moves by an hour after 25 October.
    expect(events.map(utc).map((iso) => iso.slice(11, 16))).toEqual([
      '16:00',
      '16:00',
      '16:00',
      '17:00',
      '17:00',
      '17:00',
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(6);
  });

  it('reads the fields of the event and its Mentorkit extensions', () => {
    const [first] = parse('dst-weekly.ics').events;
    expect(first).toMatchObject({
      title: 'Mentorutbildning: grunder',
      timeZone: 'Europe/Stockholm',
      allDay: false,
      end: '2026-10-08T20:00:00+02:00',
      location: { name: 'Stadsbiblioteket, Odengatan 63, Stockholm' },
      category: 'utbildning',
      languages: ['sv', 'en'],
      seats: { total: 20, taken: 12 },
      status: 'confirmed',
      recurrence: 'FREQ=WEEKLY;COUNT=6;BYDAY=TH',
    });
    expect(first?.description).toBe(
      'Sex kvällar om att ta emot en adept på arbetsplatsen.\nMer info: https://example.org/utbildning',
    );
  });
});

describe('parseICalendar: exceptions', () => {
  const { events } = parse('exceptions.ics');

  it('drops an EXDATE, adds an RDATE, moves and cancels single occurrences', () => {
    expect(events.map((e) => [e.start, e.title, e.status])).toEqual([
      ['2026-03-02T10:00:00+01:00', 'Handledarträff', 'confirmed'],
      ['2026-03-04T10:00:00+01:00', 'Handledarträff', 'confirmed'],
      ['2026-03-17T13:00:00+01:00', 'Handledarträff (flyttad)', 'confirmed'],
      ['2026-03-23T10:00:00+01:00', 'Handledarträff', 'cancelled'],
      ['2026-03-30T10:00:00+02:00', 'Handledarträff', 'confirmed'],
    ]);
    expect(events.find((e) => e.title.includes('flyttad'))?.location?.name).toBe(
      'Folkets hus, sal B',
    );
  });
});

describe('parseICalendar: rules', () => {
  it('expands DAILY with COUNT, MONTHLY with BYDAY and UNTIL, WEEKLY with INTERVAL', () => {
    const { events } = parse('rules.ics', {
      from: '2026-01-01',
      until: '2026-06-30',
      zone: 'Europe/Stockholm',
    });
    const of = (title: string) =>
      events.filter((e) => e.title === title).map((e) => e.start.slice(0, 10));
    expect(of('Introduktionsvecka')).toEqual([
      '2026-06-01',
      '2026-06-02',
      '2026-06-03',
      '2026-06-04',
      '2026-06-05',
    ]);
    expect(of('Nätverksträff andra tisdagen')).toEqual([
      '2026-01-13',
      '2026-02-10',
      '2026-03-10',
      '2026-04-14',
      '2026-05-12',
      '2026-06-09',
    ]);
    expect(of('Språkcafé varannan vecka')).toEqual([
      '2026-01-05',
      '2026-01-07',
      '2026-01-19',
      '2026-01-21',
      '2026-02-02',
      '2026-02-04',
      '2026-02-16',
      '2026-02-18',
    ]);
  });

  it('bounds endless rules and huge counts to the window', () => {
    const window: CalendarWindow = {
      from: '2026-03-01',
      until: '2026-03-10',
      zone: 'Europe/Stockholm',
    };
    const started = performance.now();
    const { events } = parse('rules.ics', window);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(events.filter((e) => e.title === 'Dagligt avstämningssamtal')).toHaveLength(10);
    expect(events.filter((e) => e.title === 'Morgonmöte')).toHaveLength(10);
  });

  it('caps the occurrences of one event', () => {
    const window: CalendarWindow = { from: '2026-01-01', until: '2026-12-31', zone: 'UTC' };
    const { events } = parseICalendar(fixture('rules.ics'), { window, maxOccurrences: 50 });
    expect(events.filter((e) => e.title === 'Morgonmöte')).toHaveLength(50);
  });
});

describe('parseICalendar: Outlook', () => {
  const { events, skipped } = parse('outlook.ics');

  it('maps Windows zone names to IANA zones', () => {
    expect(skipped).toBe(0);
    const deep = events.find((e) => e.title === 'Mentorutbildning: fördjupning');
    expect(deep).toMatchObject({
      start: '2026-04-03T09:00:00+02:00',
      end: '2026-04-03T16:00:00+02:00',
      timeZone: 'Europe/Berlin',
      onlineUrl: 'https://teams.example.com/l/meetup-join/abc',
    });
    const toronto = events.find((e) => e.title.startsWith('Mentor exchange'));
    expect(toronto).toMatchObject({
      start: '2026-03-20T10:00:00-04:00',
      timeZone: 'America/New_York',
      status: 'tentative',
    });
  });

  it("falls back to the feed's own VTIMEZONE for a zone it cannot name", () => {
    const custom = events.find((e) => e.title.startsWith('Uppföljning'));
    expect(custom?.timeZone).toBeUndefined();
    expect(new Date(custom?.start ?? '').toISOString()).toBe('2026-04-10T07:00:00.000Z');
  });

  it('resolves TZIDs written in several ways', () => {
    expect(resolveTzid('Europe/Stockholm')).toBe('Europe/Stockholm');
    expect(resolveTzid('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(resolveTzid('/mozilla.org/20050126_1/Europe/Stockholm')).toBe('Europe/Stockholm');
    expect(resolveTzid('Nowhere Standard Time')).toBeUndefined();
  });
});

describe('parseICalendar: all-day, floating and UTC', () => {
  const { events } = parse('all-day.ics');
  const byUid = (uid: string) => events.find((e) => e.uid === uid);

  it('keeps all-day and multi-day events as dates with an exclusive end', () => {
    expect(byUid('conference@mentorkit.test')).toMatchObject({
      start: '2026-04-21',
      end: '2026-04-24',
      allDay: true,
    });
    expect(byUid('single-day@mentorkit.test')).toMatchObject({
      start: '2026-05-05',
      end: '2026-05-06',
    });
  });

  it("reads floating times in the calendar's zone and keeps UTC times", () => {
    expect(byUid('floating@mentorkit.test')?.start).toBe('2026-05-06T14:00:00+02:00');
    expect(byUid('utc@mentorkit.test')).toMatchObject({
      start: '2026-05-07T08:00:00Z',
      end: '2026-05-07T09:30:00Z',
      onlineUrl: 'https://meet.example.org/webinar',
    });
    expect(byUid('utc@mentorkit.test')?.location).toBeUndefined();
  });
});

describe('parseICalendar: bad input', () => {
  it('refuses a malformed feed', () => {
    expect(failure(() => parse('malformed.ics')).kind).toBe('malformed');
  });

  it('refuses something that is not a calendar', () => {
    expect(
      failure(() => parseICalendar(fixture('not-a-calendar.html'), { window: window2026 })).kind,
    ).toBe('malformed');
    expect(
      failure(() =>
        parseICalendar('BEGIN:VCARD\nVERSION:4.0\nFN:A\nEND:VCARD\n', { window: window2026 }),
      ).kind,
    ).toBe('not-calendar');
  });

  it('keeps the readable events and counts the rest', () => {
    const { events, skipped } = parse('partial.ics');
    expect(events.map((e) => e.uid)).toEqual(['good@mentorkit.test']);
    expect(skipped).toBe(3);
  });

  it('keeps hostile text as text and drops unsafe URLs', () => {
    const [event] = parse('hostile.ics').events;
    expect(event?.title).toContain('<script>');
    expect(event?.location?.name).toContain('<svg');
    expect(event?.signupUrl).toBeUndefined();
    expect(event?.onlineUrl).toBeUndefined();
  });
});
