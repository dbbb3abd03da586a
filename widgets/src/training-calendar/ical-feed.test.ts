import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TrainingEvent } from '@mentorkit/core';
import { isoInZone, zonedToInstant } from '@mentorkit/core/time';
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

  it('keeps the last day of a window in a zone far east of UTC (Kiritimati, +14:00)', () => {
    const { events } = read(
      calendar([
        'UID:east@x',
        'DTSTART;TZID=Pacific/Kiritimati:20260303T230000',
        'RRULE:FREQ=WEEKLY',
        'SUMMARY:Sent',
      ]),
      { from: '2026-03-01', until: '2026-03-31', zone: 'Pacific/Kiritimati' },
    );
    expect(starts(events).at(-1)).toBe('2026-03-31T23:00:00+14:00');
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

  it('resolves a zone at the end of a path whose host name has a dot (libical: issue_313_globally_unique_tzid.ics)', () => {
    expect(resolveTzid('/freeassociation.sourceforge.net/Europe/Berlin')).toBe('Europe/Berlin');
    expect(
      resolveTzid('/freeassociation.sourceforge.net/Tzfile/America/Argentina/Buenos_Aires'),
    ).toBe('America/Argentina/Buenos_Aires');
    expect(resolveTzid('/Europe/Stockholm')).toBe('Europe/Stockholm');
    expect(resolveTzid('posix/Europe/Vaduz')).toBe('Europe/Vaduz');
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
    // Its lines without a colon are dropped (line-without-colon), and no VCALENDAR is left.
    expect(
      failure(() => parseICalendar(fixture('not-a-calendar.html'), { window: window2026 })).kind,
    ).toBe('not-calendar');
    expect(
      failure(() =>
        parseICalendar('BEGIN:VCARD\nVERSION:4.0\nFN:A\nEND:VCARD\n', { window: window2026 }),
      ).kind,
    ).toBe('not-calendar');
  });

  it('keeps the readable events and counts the rest', () => {
    const { events, skipped } = parse('partial.ics');
    expect(events.map((e) => [e.uid, e.title])).toEqual([
      ['good@mentorkit.test', 'Ett läsbart evenemang'],
      ['no-title@mentorkit.test', ''],
    ]);
    expect(skipped).toBe(2);
  });

  it('keeps hostile text as text and drops unsafe URLs', () => {
    const [event] = parse('hostile.ics').events;
    expect(event?.title).toContain('<script>');
    expect(event?.location?.name).toContain('<svg');
    expect(event?.signupUrl).toBeUndefined();
    expect(event?.onlineUrl).toBeUndefined();
  });
});

/** A calendar of the given VEVENTs (each a list of lines without BEGIN/END), CRLF-joined. */
const calendar = (...events: string[][]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mentorkit//Tests//EN',
    ...events.flatMap((lines) => [
      'BEGIN:VEVENT',
      'DTSTAMP:20260101T000000Z',
      ...lines,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ].join('\r\n');

const read = (text: string, window = window2026) => parseICalendar(text, { window });
const starts = (events: readonly TrainingEvent[]) => events.map((e) => e.start);

describe('parseICalendar: what ical.js alone gets wrong', () => {
  it('expands RDATEs given as periods, each with its own end', () => {
    const { events, skipped } = read(
      calendar([
        'UID:period@x',
        'DTSTART:20260302T090000Z',
        'DTEND:20260302T100000Z',
        'RDATE;VALUE=PERIOD:20260310T130000Z/20260310T160000Z,20260312T080000Z/PT30M',
        'SUMMARY:Perioder',
      ]),
    );
    expect(skipped).toBe(0);
    expect(events.map((e) => [e.start, e.end])).toEqual([
      ['2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z'],
      ['2026-03-10T13:00:00Z', '2026-03-10T16:00:00Z'],
      ['2026-03-12T08:00:00Z', '2026-03-12T08:30:00Z'],
    ]);
  });

  it('keeps an event without a SUMMARY, with an empty title for the widget to name', () => {
    const { events, skipped } = read(
      calendar(['UID:untitled@x', 'DTSTART:20260302T090000Z', 'DTEND:20260302T100000Z']),
    );
    expect(skipped).toBe(0);
    expect(events).toHaveLength(1);
    expect(events[0]?.title).toBe('');
  });

  it("links each override to its own series only, not to another series' occurrence at that time", () => {
    const { events } = read(
      calendar(
        [
          'UID:a@x',
          'DTSTART:20260302T090000Z',
          'DTEND:20260302T100000Z',
          'RRULE:FREQ=WEEKLY;COUNT=3',
          'SUMMARY:A',
        ],
        [
          'UID:b@x',
          'DTSTART:20260302T090000Z',
          'DTEND:20260302T100000Z',
          'RRULE:FREQ=WEEKLY;COUNT=3',
          'SUMMARY:B',
        ],
        [
          'UID:b@x',
          'RECURRENCE-ID:20260309T090000Z',
          'DTSTART:20260309T150000Z',
          'DTEND:20260309T160000Z',
          'SUMMARY:B moved',
        ],
      ),
    );
    expect(events.filter((e) => e.title === 'A').map((e) => e.start)).toEqual([
      '2026-03-02T09:00:00Z',
      '2026-03-09T09:00:00Z',
      '2026-03-16T09:00:00Z',
    ]);
    expect(events.filter((e) => e.title.startsWith('B')).map((e) => [e.title, e.start])).toEqual([
      ['B', '2026-03-02T09:00:00Z'],
      ['B moved', '2026-03-09T15:00:00Z'],
      ['B', '2026-03-16T09:00:00Z'],
    ]);
  });

  it('applies an override with a date-time RECURRENCE-ID to an all-day series (Exchange)', () => {
    const { events } = read(
      calendar(
        [
          'UID:day@x',
          'DTSTART;VALUE=DATE:20260302',
          'DTEND;VALUE=DATE:20260303',
          'RRULE:FREQ=WEEKLY;COUNT=3',
          'SUMMARY:Heldag',
        ],
        [
          'UID:day@x',
          'RECURRENCE-ID;TZID=W. Europe Standard Time:20260309T000000',
          'DTSTART;VALUE=DATE:20260310',
          'DTEND;VALUE=DATE:20260311',
          'SUMMARY:Heldag (flyttad)',
        ],
      ),
    );
    expect(events.map((e) => [e.start, e.title])).toEqual([
      ['2026-03-02', 'Heldag'],
      ['2026-03-10', 'Heldag (flyttad)'],
      ['2026-03-16', 'Heldag'],
    ]);
  });

  it('applies an EXDATE in UTC to a series whose TZID has no VTIMEZONE in the file', () => {
    const { events } = read(
      calendar([
        'UID:ex@x',
        'DTSTART;TZID=Europe/Stockholm:20260302T100000',
        'DTEND;TZID=Europe/Stockholm:20260302T110000',
        'RRULE:FREQ=WEEKLY;COUNT=3',
        'EXDATE:20260309T090000Z',
        'SUMMARY:Utan VTIMEZONE',
      ]),
    );
    expect(starts(events)).toEqual(['2026-03-02T10:00:00+01:00', '2026-03-16T10:00:00+01:00']);
  });

  it('expands every RRULE of an event, past the end of the shorter one', () => {
    const { events } = read(
      calendar([
        'UID:two@x',
        'DTSTART:20260302T090000Z',
        'DTEND:20260302T100000Z',
        'RRULE:FREQ=WEEKLY;COUNT=2',
        'RRULE:FREQ=MONTHLY;COUNT=3',
        'SUMMARY:Två regler',
      ]),
    );
    expect(starts(events)).toEqual([
      '2026-03-02T09:00:00Z',
      '2026-03-09T09:00:00Z',
      '2026-04-02T09:00:00Z',
      '2026-05-02T09:00:00Z',
    ]);
  });

  it('applies a RANGE=THISANDFUTURE override to that occurrence and every later one', () => {
    const { events } = read(
      calendar(
        [
          'UID:fut@x',
          'DTSTART:20260302T090000Z',
          'DTEND:20260302T100000Z',
          'RRULE:FREQ=WEEKLY;COUNT=4',
          'SUMMARY:Före',
        ],
        [
          'UID:fut@x',
          'RECURRENCE-ID;RANGE=THISANDFUTURE:20260309T090000Z',
          'DTSTART:20260309T130000Z',
          'DTEND:20260309T150000Z',
          'SUMMARY:Efter',
        ],
      ),
    );
    expect(events.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Före', '2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z'],
      ['Efter', '2026-03-09T13:00:00Z', '2026-03-09T15:00:00Z'],
      ['Efter', '2026-03-16T13:00:00Z', '2026-03-16T15:00:00Z'],
      ['Efter', '2026-03-23T13:00:00Z', '2026-03-23T15:00:00Z'],
    ]);
  });
});

describe('parseICalendar: cases of the real-world corpus', () => {
  it("reads a VTIMEZONE observance's DTSTART and every value of its RDATEs as onsets (khal part1.ics)", () => {
    // ical.js takes an observance with RDATE for its first RDATE value alone: the onset at
    // DTSTART and the later values are lost, and April 2026 comes out in winter time.
    const text = calendar([
      'UID:tz@x',
      'DTSTART;TZID=Europe_Berlin:20260409T093000',
      'DTEND;TZID=Europe_Berlin:20260409T103000',
      'SUMMARY:Berlin',
    ]).replace(
      'BEGIN:VEVENT',
      [
        'BEGIN:VTIMEZONE',
        'TZID:Europe_Berlin',
        'BEGIN:STANDARD',
        'DTSTART:20241027T030000',
        'RDATE:20251026T030000,20261025T030000',
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
        'END:STANDARD',
        'BEGIN:DAYLIGHT',
        'DTSTART:20240331T020000',
        'RDATE:20250330T020000,20260329T020000',
        'TZOFFSETFROM:+0100',
        'TZOFFSETTO:+0200',
        'END:DAYLIGHT',
        'END:VTIMEZONE',
        'BEGIN:VEVENT',
      ].join('\r\n'),
    );
    const { events } = read(text);
    expect(events.map(utc)).toEqual(['2026-04-09T07:30:00.000Z']);
  });

  it('counts COUNT itself: a monthly BYDAY rule with BYMONTH that ical.js ends one short (period_with_timezone.ics)', () => {
    const { events } = read(
      calendar([
        'UID:count@x',
        'DTSTART:20260916T120000Z',
        // ical.js counts a month of BYMONTH before DTSTART's (January to May) as one occurrence.
        'RRULE:FREQ=MONTHLY;COUNT=4;BYDAY=+3WE;BYMONTH=1,2,3,4,5,9,10,11,12',
        'SUMMARY:Tredje onsdagen',
      ]),
    );
    expect(starts(events)).toEqual([
      '2026-09-16T12:00:00Z',
      '2026-10-21T12:00:00Z',
      '2026-11-18T12:00:00Z',
      '2026-12-16T12:00:00Z',
    ]);
  });

  it('keeps a series without the RDATE values it cannot read: VALUE=TIME, a PERIOD of dates, empty (multiple_timezones.ics, issue_1633, issue_1081)', () => {
    const { events, skipped } = read(
      calendar(
        ['UID:time@x', 'DTSTART:20260302T000000Z', 'RDATE;VALUE=TIME:133000Z', 'SUMMARY:T'],
        [
          'UID:dates@x',
          'DTSTART:20260303T180000Z',
          'RDATE;VALUE=PERIOD:20260303/20260304',
          'SUMMARY:P',
        ],
        ['UID:empty@x', 'DTSTART:20260304T100000Z', 'RDATE:', 'SUMMARY:E'],
      ),
    );
    expect(skipped).toBe(0);
    expect(events.map((e) => [e.title, e.start])).toEqual([
      ['T', '2026-03-02T00:00:00Z'],
      ['P', '2026-03-03T18:00:00Z'],
      ['E', '2026-03-04T10:00:00Z'],
    ]);
  });

  it('keeps an event whose DURATION no date can hold, ending where it starts (invalid_duration.ics)', () => {
    const { events, skipped } = read(
      calendar([
        'UID:long@x',
        'DTSTART:20260302T000000Z',
        'DURATION:P999999999999999999W',
        'SUMMARY:Ändlös',
      ]),
    );
    expect(skipped).toBe(0);
    expect(events.map((e) => [e.start, e.end])).toEqual([
      ['2026-03-02T00:00:00Z', '2026-03-02T00:00:00Z'],
    ]);
  });

  it('reads overrides whose series is missing as those occurrences only, not the rule they carry (event_dt_multi_recuid_no_master.ics)', () => {
    const { events } = read(
      calendar(
        [
          'UID:orphan@x',
          'RRULE:FREQ=WEEKLY;UNTIL=20261231T000000Z',
          'RECURRENCE-ID:20260316T053000Z',
          'DTSTART:20260302T073000Z',
          'DURATION:PT4H30M',
          'SUMMARY:Arbete',
        ],
        [
          'UID:orphan@x',
          'RRULE:FREQ=WEEKLY;UNTIL=20261231T000000Z',
          'RECURRENCE-ID:20260309T053000Z',
          'DTSTART:20260309T083000Z',
          'DTEND:20260309T120000Z',
          'SUMMARY:Arbete',
        ],
      ),
    );
    expect(starts(events)).toEqual(['2026-03-02T07:30:00Z', '2026-03-09T08:30:00Z']);
  });

  it('reads every calendar of a stream of several (RFC 5545 §3.4; multiple_calendar_components.ics)', () => {
    const { events } = read(
      `${calendar(['UID:one@x', 'DTSTART;VALUE=DATE:20260501', 'SUMMARY:Ett'])}\r\n${calendar([
        'UID:two@x',
        'DTSTART;VALUE=DATE:20261225',
        'SUMMARY:Två',
      ])}`,
    );
    expect(events.map((e) => [e.uid, e.start])).toEqual([
      ['one@x', '2026-05-01'],
      ['two@x', '2026-12-25'],
    ]);
  });

  it('text-after-vcalendar and blank-line-in-fold: the feed is read (issue_350.ics, multiple_calendar_components.ics)', () => {
    const result = read(
      `${calendar(['UID:p@x', 'DTSTART\r\n\r\n :20260302T090000Z', 'SUMMARY:Podio'])}\r\nX-COMMENT:Cached\r\n`,
    );
    expect(result.tolerated).toEqual(['blank-line-in-fold', 'text-after-vcalendar']);
    expect(starts(result.events)).toEqual(['2026-03-02T09:00:00Z']);
  });
});

describe('parseICalendar: the tolerant reading pass', () => {
  it('date-without-value-date: reads DTSTART:20190101 and a bare date RECURRENCE-ID as dates', () => {
    const result = read(
      calendar(
        [
          'UID:d@x',
          'DTSTART:20260302',
          'DTEND:20260303',
          'RRULE:FREQ=WEEKLY;COUNT=2',
          'SUMMARY:Dag',
        ],
        [
          'UID:d@x',
          'RECURRENCE-ID:20260309',
          'DTSTART:20260310',
          'DTEND:20260311',
          'SUMMARY:Dag (flyttad)',
        ],
      ),
    );
    expect(result.tolerated).toEqual(['date-without-value-date']);
    expect(result.events.map((e) => [e.start, e.title, e.allDay])).toEqual([
      ['2026-03-02', 'Dag', true],
      ['2026-03-10', 'Dag (flyttad)', true],
    ]);
  });

  it('empty-rrule: an event with RRULE: and nothing else is a single event', () => {
    const result = read(
      calendar(['UID:e@x', 'DTSTART:20260302T090000Z', 'RRULE:', 'SUMMARY:En gång']),
    );
    expect(result.tolerated).toEqual(['empty-rrule']);
    expect(starts(result.events)).toEqual(['2026-03-02T09:00:00Z']);
  });

  it('spaces-in-rrule: BYDAY=MO, TU', () => {
    const result = read(
      calendar([
        'UID:s@x',
        'DTSTART:20260302T090000Z',
        'RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=MO, TU',
        'SUMMARY:S',
      ]),
    );
    expect(result.tolerated).toEqual(['spaces-in-rrule']);
    expect(starts(result.events).map((s) => s.slice(0, 10))).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-09',
      '2026-03-10',
    ]);
  });

  it('lowercase-rrule: freq=weekly', () => {
    const result = read(
      calendar(['UID:l@x', 'DTSTART:20260302T090000Z', 'rrule:freq=weekly;count=2', 'SUMMARY:L']),
    );
    expect(result.tolerated).toEqual(['lowercase-rrule']);
    expect(result.events).toHaveLength(2);
  });

  it('missing-uid: a VEVENT without a UID gets one of its own', () => {
    const result = read(calendar(['DTSTART:20260302T090000Z', 'SUMMARY:Utan UID']));
    expect(result.tolerated).toEqual(['missing-uid']);
    expect(result.events.map((e) => e.uid)).toEqual(['event-1']);
  });

  it('lotus-notes-tzid: a Lotus Notes zone name is its IANA zone, not floating (issue_526_calendar_with_events.ics)', () => {
    const result = read(
      calendar([
        'UID:1',
        'SUMMARY:Lotus',
        'DTSTART;TZID="Western/Central Europe";VALUE=DATE-TIME:20261101T160000',
        'DTEND;TZID="Western/Central Europe";VALUE=DATE-TIME:20261101T163000',
      ]),
    );
    expect(result.tolerated).toEqual(['lotus-notes-tzid']);
    expect(result.events.map((e) => [e.start, e.end, e.timeZone])).toEqual([
      ['2026-11-01T16:00:00+01:00', '2026-11-01T16:30:00+01:00', 'Europe/Berlin'],
    ]);
  });

  it('still skips an event that ends before it starts, and names no tolerance', () => {
    const result = read(
      calendar(
        ['UID:b@x', 'DTSTART:20260302T090000Z', 'DTEND:20260302T080000Z', 'SUMMARY:B'],
        ['UID:c@x', 'DTSTART:20260302T090000Z', 'SUMMARY:C'],
      ),
    );
    expect(result.skipped).toBe(1);
    expect(result.tolerated).toBeUndefined();
  });
});

describe('parseICalendar: times near a change of daylight saving', () => {
  it('writes each occurrence as core/time does, the skipped and the doubled hour too', () => {
    for (const [zone, days] of [
      ['Europe/Stockholm', ['20260325', '20261021']],
      ['America/New_York', ['20260305', '20261029']],
      ['Australia/Lord_Howe', ['20260401', '20261001']],
    ] as const) {
      for (const first of days) {
        for (const time of ['013000', '023000', '030000', '120000']) {
          const { events } = read(
            calendar([
              `UID:dst-${first}-${time}@x`,
              `DTSTART;TZID=${zone}:${first}T${time}`,
              `DTEND;TZID=${zone}:${first}T${time.slice(0, 2)}4500`,
              'RRULE:FREQ=DAILY;COUNT=10',
              'SUMMARY:Natt',
            ]),
          );
          expect(events).toHaveLength(10);
          for (const event of events) {
            const instant = Date.parse(event.start);
            expect(event.start, `${zone} ${event.uid}`).toBe(isoInZone(instant, zone));
            const [year, month, day] = event.uid
              .split('#')[1]!
              .match(/^(\d{4})(\d\d)(\d\d)/)!
              .slice(1)
              .map(Number) as [number, number, number];
            const wall = {
              year,
              month,
              day,
              hour: Number(time.slice(0, 2)),
              minute: Number(time.slice(2, 4)),
              second: 0,
            };
            expect(instant, `${zone} ${event.uid}`).toBe(zonedToInstant(wall, zone));
          }
        }
      }
    }
  });
});
