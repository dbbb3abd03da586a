import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import type { TrainingEvent } from '@mentorkit/core';
import { parseICalendar } from './ical-feed.ts';
import {
  googleCalendarUrl,
  icsDataUrl,
  icsFileName,
  outlookCalendarUrl,
  toICalendar,
} from './ics-export.ts';

const window = { from: '2026-01-01', until: '2027-12-31', zone: 'Europe/Stockholm' };

const training: TrainingEvent = {
  uid: 'weekly-dst@mentorkit.test#20261029T180000',
  title: 'Mentorutbildning: grunder; del 4, kväll',
  description: 'Rad ett\nRad två med \\ och en lång text som måste vikas: ' + 'å'.repeat(80),
  start: '2026-10-29T18:00:00+01:00',
  end: '2026-10-29T20:00:00+01:00',
  allDay: false,
  timeZone: 'Europe/Stockholm',
  location: {
    name: 'Stadsbiblioteket',
    address: 'Odengatan 63, Stockholm',
    url: 'https://example.org/bibblan',
  },
  onlineUrl: 'https://meet.example.org/abc',
  category: 'utbildning',
  languages: ['sv', 'ar'],
  seats: { total: 20, taken: 12 },
  status: 'confirmed',
  signupUrl: 'https://example.org/anmal',
};

describe('toICalendar', () => {
  it('reads back as the same event', () => {
    const { events, skipped } = parseICalendar(toICalendar(training), { window });
    expect(skipped).toBe(0);
    expect(events).toEqual([training]);
  });

  it('reads back all-day, UTC and cancelled events', () => {
    const allDay: TrainingEvent = {
      uid: 'conference@mentorkit.test',
      title: 'Konferens',
      start: '2026-04-21',
      end: '2026-04-24',
      allDay: true,
      status: 'cancelled',
    };
    const utc: TrainingEvent = {
      uid: 'utc@mentorkit.test',
      title: 'Webbinarium',
      start: '2026-05-07T08:00:00Z',
      end: '2026-05-07T09:30:00Z',
      allDay: false,
      onlineUrl: 'https://meet.example.org/webinar',
      status: 'tentative',
    };
    for (const event of [allDay, utc]) {
      expect(parseICalendar(toICalendar(event), { window }).events).toEqual([event]);
    }
  });

  it('writes a VTIMEZONE that places the event right on its own (as Outlook reads it)', () => {
    const text = toICalendar(training);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm');
    // Read with ical.js through the file's VTIMEZONE, not the browser's tz database.
    const root = ICAL.Component.fromString(text);
    const vevent = root.getFirstSubcomponent('vevent')!;
    const start = new ICAL.Event(vevent).startDate;
    expect(start.zone?.tzid).toBe('Europe/Stockholm');
    expect(start.toUnixTime() * 1000).toBe(Date.parse(training.start));
    // A summer date in the same zone gets the summer offset from the same VTIMEZONE.
    const summer = toICalendar({
      ...training,
      start: '2026-06-04T18:00:00+02:00',
      end: '2026-06-04T20:00:00+02:00',
    });
    const summerStart = new ICAL.Event(
      ICAL.Component.fromString(summer).getFirstSubcomponent('vevent')!,
    ).startDate;
    expect(summerStart.toUnixTime() * 1000).toBe(Date.parse('2026-06-04T16:00:00Z'));
  });

  it('uses CRLF, escapes text and folds long lines at 75 octets', () => {
    const text = toICalendar(training);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
    expect(text).toContain('SUMMARY:Mentorutbildning: grunder\\; del 4\\, kväll\r\n');
    expect(text).toContain('DESCRIPTION:Rad ett\\nRad två med \\\\ och');
  });

  it('keeps hostile text inside its property, the UID too', () => {
    const hostile: TrainingEvent = {
      ...training,
      uid: 'x@mentorkit.test\r\nATTENDEE:mailto:a@example.org',
      title: 'Fika\nEND:VEVENT\r\nBEGIN:VEVENT',
      description: 'Rad\u0007ett\rRAD:två',
    };
    const text = toICalendar(hostile);
    const names = text
      .split('\r\n')
      .filter((line) => line && !line.startsWith(' '))
      .map((line) => /^[A-Z-]+/.exec(line)?.[0]);
    expect(names).not.toContain('ATTENDEE');
    expect(names).not.toContain('RAD');
    expect(text.split('\r\n').filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    const { events } = parseICalendar(text, { window });
    // A line break reads back as a newline, whichever form it had.
    expect(events[0]?.uid).toBe('x@mentorkit.test\nATTENDEE:mailto:a@example.org');
    expect(events[0]?.title).toBe('Fika\nEND:VEVENT\nBEGIN:VEVENT');
    expect(events[0]?.description).toBe('Radett\nRAD:två');
  });
});

describe('calendar links', () => {
  it('builds a Google Calendar link in UTC with the zone', () => {
    const url = new URL(googleCalendarUrl(training));
    expect(url.host).toBe('calendar.google.com');
    expect(url.searchParams.get('dates')).toBe('20261029T170000Z/20261029T190000Z');
    expect(url.searchParams.get('ctz')).toBe('Europe/Stockholm');
    expect(url.searchParams.get('location')).toBe('Stadsbiblioteket, Odengatan 63, Stockholm');
  });

  it('builds Outlook links for all-day and timed events', () => {
    const url = new URL(outlookCalendarUrl(training));
    expect(url.host).toBe('outlook.live.com');
    expect(url.searchParams.get('startdt')).toBe('2026-10-29T17:00:00.000Z');
    const office = new URL(
      outlookCalendarUrl(
        { ...training, allDay: true, start: '2026-04-21', end: '2026-04-24' },
        'office',
      ),
    );
    expect(office.host).toBe('outlook.office.com');
    expect(office.searchParams.get('allday')).toBe('true');
    expect(office.searchParams.get('enddt')).toBe('2026-04-24');
  });

  it('names the file after the title and date, and downloads as a data URL', () => {
    expect(icsFileName(training)).toBe('mentorutbildning-grunder-del-4-kvall-2026-10-29.ics');
    expect(
      icsDataUrl(training).startsWith('data:text/calendar;charset=utf-8,BEGIN%3AVCALENDAR'),
    ).toBe(true);
  });
});
