/**
 * "Add to calendar": one event as an .ics file (RFC 5545, with a VTIMEZONE written from the
 * browser's tz database, so Outlook, Google and Apple place it right), and compose links for
 * Google Calendar and Outlook. Written with core's hand-made iCalendar writer, the one the
 * backend's feed uses, so ical.js stays out of it. Loaded with `import()` when an event's details
 * open (training-calendar.ts), so the widget's entry does not carry it.
 */
import type { TrainingEvent } from '@mentorkit/core';
import {
  escapeIcalText,
  formatIcalUtc,
  icalDateTimeProperty,
  vtimezoneLines,
  writeICalendar,
} from '@mentorkit/core/ical';
import { placeText } from './event-time.ts';

const compactDate = (key: string) => key.replaceAll('-', '');

function moment(name: string, value: string, allDay: boolean, zone: string | undefined): string {
  if (allDay) return `${name};VALUE=DATE:${compactDate(value)}`;
  return icalDateTimeProperty(name, Date.parse(value), zone);
}

const STATUS_NAMES = { confirmed: 'CONFIRMED', tentative: 'TENTATIVE', cancelled: 'CANCELLED' };

/** The event as an iCalendar file (CRLF lines). `now` is DTSTAMP. */
export function toICalendar(event: TrainingEvent, now = new Date()): string {
  const zone = event.allDay ? undefined : event.timeZone;
  const lines: string[] = [];
  if (zone && zone !== 'UTC') lines.push(...vtimezoneLines(zone, Date.parse(event.start)));
  lines.push(
    'BEGIN:VEVENT',
    `UID:${escapeIcalText(event.uid)}`,
    icalDateTimeProperty('DTSTAMP', now.getTime()),
    moment('DTSTART', event.start, event.allDay, zone),
    moment('DTEND', event.end, event.allDay, zone),
    `SUMMARY:${escapeIcalText(event.title)}`,
    `STATUS:${STATUS_NAMES[event.status]}`,
  );
  if (event.description) lines.push(`DESCRIPTION:${escapeIcalText(event.description)}`);
  const place = placeText(event);
  if (place) lines.push(`LOCATION:${escapeIcalText(place)}`);
  else if (event.onlineUrl) lines.push(`LOCATION:${escapeIcalText(event.onlineUrl)}`);
  if (event.location) {
    // Our own reading of the place in parts, so that the file reads back to the same event.
    lines.push(`X-MENTORKIT-LOCATION-NAME:${escapeIcalText(event.location.name)}`);
    if (event.location.address)
      lines.push(`X-MENTORKIT-LOCATION-ADDRESS:${escapeIcalText(event.location.address)}`);
    if (event.location.url) lines.push(`X-MENTORKIT-LOCATION-URL:${event.location.url}`);
  }
  if (event.onlineUrl) lines.push(`CONFERENCE;VALUE=URI:${event.onlineUrl}`);
  if (event.signupUrl) lines.push(`URL:${event.signupUrl}`);
  if (event.category) lines.push(`CATEGORIES:${escapeIcalText(event.category)}`);
  if (event.languages?.length) lines.push(`X-MENTORKIT-LANGUAGES:${event.languages.join(',')}`);
  if (event.seats) {
    lines.push(
      `X-MENTORKIT-SEATS-TOTAL:${event.seats.total}`,
      `X-MENTORKIT-SEATS-TAKEN:${event.seats.taken}`,
    );
  }
  lines.push('END:VEVENT');
  return writeICalendar({ productId: '-//Mentorkit//Training calendar//EN', components: lines });
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
    : `${formatIcalUtc(Date.parse(event.start))}/${formatIcalUtc(Date.parse(event.end))}`;
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
