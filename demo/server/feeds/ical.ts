// The training feed as iCalendar (RFC 5545), written by hand: CRLF lines folded at 75 octets
// without splitting a UTF-8 character, TEXT values escaped, and a VTIMEZONE for every zone
// used, so that calendar apps show "18:00 Stockholm time" across DST changes.
import type { TrainingRecord } from '../store/trainings.ts';
import { formatIcalLocal, formatIcalUtc } from './zoned-time.ts';

/** VTIMEZONE blocks for the zones the coordinator view offers (EU rules since 1996). */
const VTIMEZONES: Record<string, string[]> = {
  'Europe/Stockholm': [
    'BEGIN:VTIMEZONE',
    'TZID:Europe/Stockholm',
    'X-LIC-LOCATION:Europe/Stockholm',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ],
};

export const SUPPORTED_TIME_ZONES = Object.keys(VTIMEZONES);

const isControl = (code: number) => code < 0x20 || code === 0x7f;

/** Escapes a TEXT value (§3.3.11); control characters other than newlines are dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('')
    .filter((character) => character === '\n' || !isControl(character.charCodeAt(0)))
    .join('')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Folds a content line at 75 octets (§3.1), never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const character of line) {
    const bytes = encoder.encode(character).length;
    // The first line holds 75 octets; continuation lines start with a space, so 74 more.
    const limit = pieces.length === 0 ? 75 : 74;
    if (currentBytes + bytes > limit) {
      pieces.push(current);
      current = '';
      currentBytes = 0;
    }
    current += character;
    currentBytes += bytes;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

const STATUS: Record<TrainingRecord['status'], string> = {
  confirmed: 'CONFIRMED',
  tentative: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

function timeZoneOf(training: TrainingRecord): string {
  return VTIMEZONES[training.timeZone] ? training.timeZone : 'Europe/Stockholm';
}

function eventLines(training: TrainingRecord, stamp: Date): string[] {
  const zone = timeZoneOf(training);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(training.uid)}`,
    `DTSTAMP:${formatIcalUtc(stamp)}`,
    `DTSTART;TZID=${zone}:${formatIcalLocal(training.startsAt, zone)}`,
    `DTEND;TZID=${zone}:${formatIcalLocal(training.endsAt, zone)}`,
    `SUMMARY:${escapeText(training.title)}`,
  ];
  if (training.rrule) lines.push(`RRULE:${training.rrule}`);
  if (training.description) lines.push(`DESCRIPTION:${escapeText(training.description)}`);
  if (training.location) {
    const where = [training.location.name, training.location.address].filter(Boolean).join(', ');
    lines.push(`LOCATION:${escapeText(where)}`);
  }
  const url = training.onlineUrl ?? training.location?.url;
  if (url) lines.push(`URL:${url}`);
  if (training.category) lines.push(`CATEGORIES:${escapeText(training.category)}`);
  lines.push(
    `STATUS:${STATUS[training.status]}`,
    `SEQUENCE:${training.sequence}`,
    `CREATED:${formatIcalUtc(training.createdAt)}`,
    `LAST-MODIFIED:${formatIcalUtc(training.updatedAt)}`,
    'END:VEVENT',
  );
  return lines;
}

export function trainingsToIcal(
  trainings: readonly TrainingRecord[],
  { name = 'Mentorkit trainings', stamp = new Date() } = {},
): string {
  const zones = new Set(trainings.map(timeZoneOf));
  zones.add('Europe/Stockholm');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mentorkit//Reference backend//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    'X-WR-TIMEZONE:Europe/Stockholm',
    ...[...zones].flatMap((zone) => VTIMEZONES[zone] ?? []),
    ...trainings.flatMap((training) => eventLines(training, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
