/**
 * ical.js times → the calendar's moments: a day for a date, an instant (epoch ms) for a
 * date-time. A TZID that names an IANA zone (directly, by a Windows name, at the end of a path)
 * is converted with the browser's tz database; a zone only the feed's VTIMEZONE defines, by
 * ical.js with it; UTC is UTC; floating times are read in the calendar's zone.
 */
import type ICAL from 'ical.js';
import { dateKeyOf, formatOffset, isTimeZone, isoInZone, offsetAt } from '@mentorkit/core/time';
import { ianaFromWindows } from './windows-zones.ts';

export type Time = InstanceType<typeof ICAL.Time>;

/** A moment of an occurrence: its day when all-day, else its instant. */
export type When =
  | { allDay: true; day: string }
  | {
      allDay: false;
      instant: number;
      /** The wall time as written, its fields read as if in UTC (see {@link wallMs}). */
      wall: number;
      /** Written in UTC (`…Z`). */
      utc?: true;
      /** The IANA zone it was planned in (shown when it differs from the viewer's). */
      zone?: string;
      /** The zone to write its ISO string in (`zone`, or the floating zone). */
      isoZone?: string;
    };

/** The IANA zone a TZID stands for, or `undefined`. */
export function resolveTzid(tzid: string | undefined): string | undefined {
  if (!tzid) return undefined;
  const name = tzid.trim().replace(/^"|"$/g, '');
  if (/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(name) && isTimeZone(name)) return name;
  const windows = ianaFromWindows(name);
  if (windows) return windows;
  // `/mozilla.org/20050126_1/Europe/Stockholm`, `/freeassociation.sourceforge.net/Europe/Berlin`,
  // `/…/Tzfile/America/Argentina/Buenos_Aires`: the last three segments, else the last two.
  const segments = name.split('/');
  for (const length of [3, 2]) {
    const tail = segments.slice(-length).join('/');
    if (
      segments.length >= length &&
      /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$/.test(tail) &&
      isTimeZone(tail)
    )
      return tail;
  }
  return undefined;
}

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/**
 * A zone's offsets over a week of wall time (two days either side included): the same all
 * through, or one change at instant `at` from `before` to `after`.
 */
type WeekOffsets = { steady: number } | { before: number; after: number; at: number };

/** How one feed reads its times: the floating zone, and each TZID resolved once. */
export class TimeReader {
  readonly floatingZone: string;
  private readonly zones = new Map<string, string | undefined>();
  /**
   * Per zone and week of wall time, its offsets. A feed converts thousands of wall times, and
   * with a week's offsets known each is a subtraction instead of three or four `Intl` look-ups
   * (`formatToParts` costs tens of microseconds).
   */
  private readonly weeks = new Map<string, Map<number, WeekOffsets>>();
  /**
   * The text of each day (days since 1970) and offset the feed's times fall on: an occurrence's
   * start, end and RECURRENCE-ID are written from these and a table of two digits, not from a
   * `Date`'s ISO string sliced apart, three strings an occurrence.
   */
  private readonly dayTexts = new Map<number, string>();
  private readonly compactDayTexts = new Map<number, string>();
  private readonly offsetTexts = new Map<number, string>();

  constructor(floatingZone: string) {
    this.floatingZone = floatingZone;
  }

  zoneOf(tzid: string): string | undefined {
    if (!this.zones.has(tzid)) this.zones.set(tzid, resolveTzid(tzid));
    return this.zones.get(tzid);
  }

  private weekOf(wall: number, zone: string): WeekOffsets {
    let weeks = this.weeks.get(zone);
    if (!weeks) {
      weeks = new Map();
      this.weeks.set(zone, weeks);
    }
    const week = Math.floor(wall / WEEK);
    let offsets = weeks.get(week);
    if (!offsets) {
      let low = week * WEEK - 2 * DAY;
      let high = (week + 1) * WEEK + 2 * DAY;
      const before = offsetAt(low, zone);
      const after = offsetAt(high, zone);
      if (before === after) {
        offsets = { steady: before };
      } else {
        // The change, to the second: twenty look-ups once per zone and week with a change.
        while (high - low > 1000) {
          const middle = low + Math.floor((high - low) / 2000) * 1000;
          if (offsetAt(middle, zone) === before) low = middle;
          else high = middle;
        }
        offsets = { before, after, at: high };
      }
      weeks.set(week, offsets);
    }
    return offsets;
  }

  /**
   * The instant of a wall time ({@link wallMs}) in `zone`, read as `zonedToInstant` reads it
   * (RFC 5545 §3.3.5): a time skipped by a change is moved on by the gap, a time that happens
   * twice is the first.
   */
  instantOf(wall: number, zone: string): number {
    const offsets = this.weekOf(wall, zone);
    if ('steady' in offsets) return wall - offsets.steady;
    const early = wall - offsets.before;
    if (early < offsets.at) return early;
    const late = wall - offsets.after;
    return late >= offsets.at ? late : early;
  }

  /** The offset of `zone` at `instant`, whose wall time there is near `wall`. */
  private offsetAtInstant(instant: number, wall: number, zone: string): number {
    const offsets = this.weekOf(wall, zone);
    if ('steady' in offsets) return offsets.steady;
    return instant < offsets.at ? offsets.before : offsets.after;
  }

  /** `time` (written with `tzid`, if any) as a day or an instant. */
  when(time: Time, tzid: string | undefined): When {
    if (time.isDate) return { allDay: true, day: dateKeyOf(time) };
    const zoneName = time.zone?.tzid;
    const wall = wallMs(time);
    if (zoneName === 'UTC' || (!tzid && zoneName !== 'floating' && zoneName !== undefined)) {
      return zoneName === 'UTC'
        ? { allDay: false, instant: wall, wall, utc: true }
        : { allDay: false, instant: wall, wall };
    }
    const iana = tzid ? this.zoneOf(tzid) : undefined;
    if (iana) {
      return {
        allDay: false,
        instant: this.instantOf(wall, iana),
        wall,
        zone: iana,
        isoZone: iana,
      };
    }
    if (tzid && zoneName && zoneName !== 'floating') {
      // A zone only the feed's VTIMEZONE defines: ical.js converts with it.
      return { allDay: false, instant: time.toUnixTime() * 1000, wall };
    }
    return {
      allDay: false,
      instant: this.instantOf(wall, this.floatingZone),
      wall,
      isoZone: this.floatingZone,
    };
  }

  /**
   * ISO 8601 of a moment: the day, or the instant with the offset of its zone at that instant
   * (from the week's offsets: no `Intl` per moment).
   */
  iso(when: When): string {
    if (when.allDay) return when.day;
    if (when.instant % 1000 !== 0) return isoInZone(when.instant, when.isoZone);
    if (!when.isoZone) return `${this.dayText(when.instant)}T${clockOf(when.instant, ':')}Z`;
    const offset = this.offsetAtInstant(when.instant, when.wall, when.isoZone);
    const local = when.instant + offset;
    let offsetText = this.offsetTexts.get(offset);
    if (offsetText === undefined) {
      offsetText = formatOffset(offset);
      this.offsetTexts.set(offset, offsetText);
    }
    return `${this.dayText(local)}T${clockOf(local, ':')}${offsetText}`;
  }

  /** `20261015T180000` (`Z` for UTC, `20261015` for a day): an occurrence's RECURRENCE-ID. */
  compact(when: When): string {
    if (when.allDay) return when.day.replace(/-/g, '');
    const day = Math.floor(when.wall / DAY);
    let text = this.compactDayTexts.get(day);
    if (text === undefined) {
      text = this.dayText(when.wall).replace(/-/g, '');
      this.compactDayTexts.set(day, text);
    }
    return `${text}T${clockOf(when.wall, '')}${when.utc ? 'Z' : ''}`;
  }

  /** `2026-10-15`: the UTC day of `ms`. */
  private dayText(ms: number): string {
    const day = Math.floor(ms / DAY);
    let text = this.dayTexts.get(day);
    if (text === undefined) {
      text = new Date(day * DAY).toISOString().slice(0, 10);
      this.dayTexts.set(day, text);
    }
    return text;
  }
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));

/** `18:00:00` (or `180000`): the UTC clock time of `ms`, to the second. */
function clockOf(ms: number, separator: string): string {
  const seconds = Math.floor((ms - Math.floor(ms / DAY) * DAY) / 1000);
  return `${TWO_DIGITS[Math.floor(seconds / 3600)]}${separator}${TWO_DIGITS[Math.floor(seconds / 60) % 60]}${separator}${TWO_DIGITS[seconds % 60]}`;
}

/** An ical.js time with a readable date (not a TIME value, a string, or an empty one). */
export const isTime = (value: unknown): value is Time =>
  typeof value === 'object' &&
  value !== null &&
  'isDate' in value &&
  Number.isFinite(wallMs(value as Time));

/**
 * The values of an RDATE or EXDATE, or none when ical.js cannot decode them (`VALUE=TIME`, a
 * PERIOD of dates, an empty value): that one property is left out, not its event.
 */
export function valuesOf(property: InstanceType<typeof ICAL.Property>): unknown[] {
  try {
    return property.getValues() as unknown[];
  } catch {
    return [];
  }
}

/** The wall time's fields read as if in UTC: for ordering and wall-clock arithmetic. */
export const wallMs = (time: Time) =>
  Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
