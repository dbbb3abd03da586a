/**
 * "Add to calendar": one event as an .ics file (RFC 5545, with a VTIMEZONE written from the
 * browser's tz database, so Outlook, Google and Apple place it right), and compose links for
 * Google Calendar and Outlook. Written by hand: ical.js stays out of the main bundle. Loaded
 * with `import()` when an event's details open (training-calendar.ts), so the widget's entry
 * does not carry it.
 */
import type { TrainingEvent } from '@mentorkit/core';
import { placeText } from './event-time.ts';
import { formatOffset, offsetAt, wallTimeAt } from './zoned-time.ts';
import type { WallTime } from './zoned-time.ts';

const DAY = 86_400_000;
const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** `20261015T180000` (+ `Z` for UTC). */
function compactWall(wall: WallTime, utc = false): string {
  return `${pad(wall.year, 4)}${pad(wall.month)}${pad(wall.day)}T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}${utc ? 'Z' : ''}`;
}

function compactUtc(instant: number): string {
  return compactWall(wallTimeAt(instant, 'UTC'), true);
}

const compactDate = (key: string) => key.replaceAll('-', '');

/** TEXT escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

interface Transition {
  at: number;
  from: number;
  to: number;
}

/** Offset changes of `zone` between two instants, found daily then to the minute. */
export function transitions(zone: string, start: number, end: number): Transition[] {
  const found: Transition[] = [];
  let previous = offsetAt(start, zone);
  for (let t = start + DAY; t <= end; t += DAY) {
    const offset = offsetAt(t, zone);
    if (offset === previous) continue;
    let low = t - DAY;
    let high = t;
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetAt(middle, zone) === previous) low = middle;
      else high = middle;
    }
    found.push({ at: high, from: previous, to: offset });
    previous = offset;
  }
  return found;
}

const utcOffset = (offset: number) => formatOffset(offset).replace(':', '');

/** A VTIMEZONE for `zone` covering the year before to the year after `around`. */
export function vtimezone(zone: string, around: number): string[] {
  const year = new Date(around).getUTCFullYear();
  const start = Date.UTC(year - 1, 0, 1);
  const changes = transitions(zone, start, Date.UTC(year + 2, 0, 1));
  const initial = offsetAt(start, zone);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const offsets = [initial, ...changes.map((change) => change.to)];
  const standardOffset = Math.min(...offsets);
  const component = (kind: string, at: number, from: number, to: number) => [
    `BEGIN:${kind}`,
    `DTSTART:${compactWall(wallTimeAt(at + from, 'UTC'))}`,
    `TZOFFSETFROM:${utcOffset(from)}`,
    `TZOFFSETTO:${utcOffset(to)}`,
    `END:${kind}`,
  ];
  lines.push(
    ...component(initial > standardOffset ? 'DAYLIGHT' : 'STANDARD', start, initial, initial),
  );
  for (const change of changes) {
    lines.push(
      ...component(
        change.to > standardOffset ? 'DAYLIGHT' : 'STANDARD',
        change.at,
        change.from,
        change.to,
      ),
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function moment(name: string, value: string, allDay: boolean, zone: string | undefined): string {
  if (allDay) return `${name};VALUE=DATE:${compactDate(value)}`;
  const instant = Date.parse(value);
  if (!zone || zone === 'UTC') return `${name}:${compactUtc(instant)}`;
  return `${name};TZID=${zone}:${compactWall(wallTimeAt(instant, zone))}`;
}

const STATUS_NAMES = { confirmed: 'CONFIRMED', tentative: 'TENTATIVE', cancelled: 'CANCELLED' };

/** The event as an iCalendar file (CRLF lines). `now` is DTSTAMP. */
export function toICalendar(event: TrainingEvent, now = new Date()): string {
  const zone = event.allDay ? undefined : event.timeZone;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mentorkit//Training calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (zone && zone !== 'UTC') lines.push(...vtimezone(zone, Date.parse(event.start)));
  lines.push(
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${compactUtc(now.getTime())}`,
    moment('DTSTART', event.start, event.allDay, zone),
    moment('DTEND', event.end, event.allDay, zone),
    `SUMMARY:${escapeText(event.title)}`,
    `STATUS:${STATUS_NAMES[event.status]}`,
  );
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  const place = placeText(event);
  if (place) lines.push(`LOCATION:${escapeText(place)}`);
  else if (event.onlineUrl) lines.push(`LOCATION:${escapeText(event.onlineUrl)}`);
  if (event.location) {
    // Our own reading of the place in parts, so that the file reads back to the same event.
    lines.push(`X-MENTORKIT-LOCATION-NAME:${escapeText(event.location.name)}`);
    if (event.location.address)
      lines.push(`X-MENTORKIT-LOCATION-ADDRESS:${escapeText(event.location.address)}`);
    if (event.location.url) lines.push(`X-MENTORKIT-LOCATION-URL:${event.location.url}`);
  }
  if (event.onlineUrl) lines.push(`CONFERENCE;VALUE=URI:${event.onlineUrl}`);
  if (event.signupUrl) lines.push(`URL:${event.signupUrl}`);
  if (event.category) lines.push(`CATEGORIES:${escapeText(event.category)}`);
  if (event.languages?.length) lines.push(`X-MENTORKIT-LANGUAGES:${event.languages.join(',')}`);
  if (event.seats) {
    lines.push(
      `X-MENTORKIT-SEATS-TOTAL:${event.seats.total}`,
      `X-MENTORKIT-SEATS-TAKEN:${event.seats.taken}`,
    );
  }
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** A `data:` URL of the .ics, for `<a download>` (no script, no blob, fine under any CSP). */
export function icsDataUrl(event: TrainingEvent): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(toICalendar(event))}`;
}

/** A file name from the title and date: `mentor-training-2026-10-15.ics`. */
export function icsFileName(event: TrainingEvent): string {
  const slug = event.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'event'}-${event.start.slice(0, 10)}.ics`;
}

const DETAILS_LIMIT = 1500;

function detailsText(event: TrainingEvent): string {
  const description = event.description ?? '';
  const text =
    description.length > DETAILS_LIMIT ? `${description.slice(0, DETAILS_LIMIT)}…` : description;
  return event.onlineUrl && !text.includes(event.onlineUrl)
    ? `${text}\n\n${event.onlineUrl}`.trim()
    : text;
}

/** Google Calendar's "create event" link. */
export function googleCalendarUrl(event: TrainingEvent): string {
  const url = new URL('https://calendar.google.com/calendar/render');
  url.searchParams.set('action', 'TEMPLATE');
  url.searchParams.set('text', event.title);
  const dates = event.allDay
    ? `${compactDate(event.start)}/${compactDate(event.end)}`
    : `${compactUtc(Date.parse(event.start))}/${compactUtc(Date.parse(event.end))}`;
  url.searchParams.set('dates', dates);
  if (event.timeZone && !event.allDay) url.searchParams.set('ctz', event.timeZone);
  const details = detailsText(event);
  if (details) url.searchParams.set('details', details);
  const place = placeText(event) ?? event.onlineUrl;
  if (place) url.searchParams.set('location', place);
  return url.href;
}

/** Outlook's compose link: `live` for Outlook.com, `office` for Microsoft 365 (work or school). */
export function outlookCalendarUrl(event: TrainingEvent, host: 'live' | 'office' = 'live'): string {
  const url = new URL(
    host === 'live'
      ? 'https://outlook.live.com/calendar/0/action/compose'
      : 'https://outlook.office.com/calendar/0/action/compose',
  );
  url.searchParams.set('path', '/calendar/action/compose');
  url.searchParams.set('rru', 'addevent');
  url.searchParams.set('subject', event.title);
  url.searchParams.set('startdt', event.allDay ? event.start : new Date(event.start).toISOString());
  url.searchParams.set('enddt', event.allDay ? event.end : new Date(event.end).toISOString());
  url.searchParams.set('allday', String(event.allDay));
  const details = detailsText(event);
  if (details) url.searchParams.set('body', details);
  const place = placeText(event) ?? event.onlineUrl;
  if (place) url.searchParams.set('location', place);
  return url.href;
}
