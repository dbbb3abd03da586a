// The training feed as iCalendar (RFC 5545), with core's writer (the one the calendar widget's
// .ics export uses): escaping, folding and CRLF are there. Here: which properties a training
// has, and a VTIMEZONE for every zone used, so that calendar apps show "18:00 Stockholm time"
// across DST changes.
import { escapeIcalText, icalDateTimeProperty, writeICalendar } from '@mentorkit/core/ical';
import type { TrainingRecord } from '../store/trainings.ts';

/**
 * VTIMEZONE blocks for the zones the coordinator view offers (EU rules since 1996). Written out
 * with yearly RRULEs rather than computed (as the widget's one-event export does), because a
 * series in the feed may run for years beyond any span of changes we would list.
 */
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
    `UID:${escapeIcalText(training.uid)}`,
    icalDateTimeProperty('DTSTAMP', stamp.getTime()),
    icalDateTimeProperty('DTSTART', training.startsAt.getTime(), zone),
    icalDateTimeProperty('DTEND', training.endsAt.getTime(), zone),
    `SUMMARY:${escapeIcalText(training.title)}`,
  ];
  if (training.rrule) lines.push(`RRULE:${training.rrule}`);
  if (training.description) lines.push(`DESCRIPTION:${escapeIcalText(training.description)}`);
  if (training.location) {
    const where = [training.location.name, training.location.address].filter(Boolean).join(', ');
    lines.push(`LOCATION:${escapeIcalText(where)}`);
  }
  const url = training.onlineUrl ?? training.location?.url;
  if (url) lines.push(`URL:${url}`);
  if (training.category) lines.push(`CATEGORIES:${escapeIcalText(training.category)}`);
  lines.push(
    `STATUS:${STATUS[training.status]}`,
    `SEQUENCE:${training.sequence}`,
    icalDateTimeProperty('CREATED', training.createdAt.getTime()),
    icalDateTimeProperty('LAST-MODIFIED', training.updatedAt.getTime()),
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
  return writeICalendar({
    productId: '-//Mentorkit//Reference backend//EN',
    properties: [`X-WR-CALNAME:${escapeIcalText(name)}`, 'X-WR-TIMEZONE:Europe/Stockholm'],
    components: [
      ...[...zones].flatMap((zone) => VTIMEZONES[zone] ?? []),
      ...trainings.flatMap((training) => eventLines(training, stamp)),
    ],
  });
}
