/**
 * Writing iCalendar (RFC 5545) by hand, for the training calendar's "Add to calendar" file and
 * the reference backend's feed alike: TEXT escaping, line folding, date-times and the calendar
 * around the components. By hand, not with ical.js, so that a widget's lazy chunk stays small.
 */
import { wallTimeAt } from '../time/zoned-time.ts';
import type { WallTime } from '../time/zoned-time.ts';

// CONTROL in RFC 5545's grammar: every C0 control but HTAB, and DEL. TEXT may not hold them.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/**
 * A TEXT value (RFC 5545 §3.3.11): `\`, `;` and `,` escaped with a backslash, every line break
 * written as `\n`, other control characters dropped (the grammar has no place for them; a raw
 * line break would start a new property, so text from a feed or a form cannot add one).
 */
export function escapeIcalText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n')
    .replace(CONTROL_CHARACTERS, '');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldIcalLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line holds 75 octets; continuation lines start with a space, so 74 more.
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** A DATE-TIME of a wall time, `20261015T180000` (local: a TZID parameter says where). */
export function formatIcalDateTime(wall: WallTime): string {
  return `${pad(wall.year, 4)}${pad(wall.month)}${pad(wall.day)}T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}`;
}

/** A DATE-TIME in UTC, `20261015T160000Z` (DTSTAMP, CREATED, LAST-MODIFIED). */
export function formatIcalUtc(instant: number): string {
  return `${formatIcalDateTime(wallTimeAt(instant, 'UTC'))}Z`;
}

/**
 * A date-time property: the local time with `TZID` in a named zone, so that calendar apps keep
 * "18:00 in Stockholm" across daylight saving; UTC without a zone or in `UTC`.
 */
export function icalDateTimeProperty(name: string, instant: number, zone?: string): string {
  if (!zone || zone === 'UTC') return `${name}:${formatIcalUtc(instant)}`;
  return `${name};TZID=${zone}:${formatIcalDateTime(wallTimeAt(instant, zone))}`;
}

export interface ICalendarContent {
  /** PRODID: who wrote the file, `-//Mentorkit//Training calendar//EN`. */
  productId: string;
  /** Further calendar properties (`X-WR-CALNAME:…`), their values already escaped. */
  properties?: readonly string[];
  /** The VTIMEZONE and VEVENT components, as unfolded content lines. */
  components: readonly string[];
}

/** The calendar as text: folded content lines, each ended by CRLF, as RFC 5545 requires. */
export function writeICalendar({
  productId,
  properties = [],
  components,
}: ICalendarContent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...properties,
    ...components,
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcalLine).join('\r\n')}\r\n`;
}
