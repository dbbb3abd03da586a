/**
 * Wall-clock time in IANA zones through `Intl` (the engine's own tz database), without a date
 * library: the offset of a zone at an instant, the instant of a wall time in a zone, and
 * calendar-day keys (`YYYY-MM-DD`). One module for the widgets (the training calendar's days,
 * labels, iCalendar parser and .ics export) and the reference backend (its feeds, recurrence and
 * seed data), so that both read "18:00 in Stockholm" the same way. Instants are epoch ms. Pure
 * functions; formatters and offsets are cached, because expanding a feed needs thousands.
 */

/** A wall-clock time: month 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const validZones = new Map<string, boolean>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Whether `name` is a time zone this engine knows (`Europe/Stockholm`, `UTC`). */
export function isTimeZone(name: string): boolean {
  let valid = validZones.get(name);
  if (valid === undefined) {
    try {
      partsFormatter(name);
      valid = true;
    } catch {
      valid = false;
    }
    validZones.set(name, valid);
  }
  return valid;
}

/** The viewer's own zone (`UTC` when the engine does not say). */
export function viewerTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The wall-clock time in `zone` at `instant`, read from `Intl` (slow: tens of µs a call). */
function intlWallTime(instant: number, zone: string): WallTime {
  const wall: WallTime = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of partsFormatter(zone).formatToParts(instant)) {
    if (part.type in wall) wall[part.type as keyof WallTime] = Number(part.value);
  }
  return wall;
}

const wallToUtc = (wall: WallTime) =>
  Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);

function intlOffset(instant: number, zone: string): number {
  return wallToUtc(intlWallTime(instant, zone)) - instant;
}

const WEEK = 7 * 86_400_000;
/** Per zone and week: the offset when it holds all week, `null` when it changes in that week. */
const weekOffsets = new Map<string, number | null>();

/**
 * The offset of `zone` from UTC at `instant`, in ms (`+3_600_000` for CET). Offsets change a
 * few times a year at most, so each week's is read twice from `Intl` and then reused: expanding
 * a feed needs thousands of these.
 */
export function offsetAt(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const week = Math.floor(whole / WEEK);
  const key = `${zone}|${week}`;
  let offset = weekOffsets.get(key);
  if (offset === undefined) {
    const first = intlOffset(week * WEEK, zone);
    offset = first === intlOffset((week + 1) * WEEK - 1000, zone) ? first : null;
    if (weekOffsets.size > 50_000) weekOffsets.clear();
    weekOffsets.set(key, offset);
  }
  return offset ?? intlOffset(whole, zone);
}

/** The wall-clock time in `zone` at `instant` (epoch ms). */
export function wallTimeAt(instant: number, zone: string): WallTime {
  const date = new Date(Math.floor(instant / 1000) * 1000 + offsetAt(instant, zone));
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/**
 * The instant of wall time `wall` in `zone`. A time skipped by a daylight-saving change is
 * moved forward by the gap; a time that happens twice is the first of the two (RFC 5545 §3.3.5).
 */
export function zonedToInstant(wall: WallTime, zone: string): number {
  const asUtc = wallToUtc(wall);
  const before = offsetAt(asUtc - 86_400_000, zone);
  const after = offsetAt(asUtc + 86_400_000, zone);
  // Try the offset in force before a nearby change first: it gives the earlier of two readings.
  for (const offset of before === after ? [before] : [before, after]) {
    const candidate = asUtc - offset;
    if (offsetAt(candidate, zone) === offset) return candidate;
  }
  // In a gap: read it with the earlier offset, which lands after the change.
  return asUtc - before;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** `YYYY-MM-DD` of a wall time. */
export function dateKeyOf(wall: Pick<WallTime, 'year' | 'month' | 'day'>): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** The calendar day (`YYYY-MM-DD`) that `instant` falls on in `zone`. */
export function dayKeyAt(instant: number, zone: string): string {
  return dateKeyOf(wallTimeAt(instant, zone));
}

/** `+01:00`, `-05:00`, `+05:45` for an offset in ms. */
export function formatOffset(offset: number): string {
  const minutes = Math.round(Math.abs(offset) / 60_000);
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** ISO 8601 with the offset `zone` has at `instant` (`2026-10-15T18:00:00+02:00`), or `Z`. */
export function isoInZone(instant: number, zone?: string): string {
  if (!zone || zone === 'UTC')
    return new Date(Math.floor(instant / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  const wall = wallTimeAt(instant, zone);
  return `${dateKeyOf(wall)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${formatOffset(offsetAt(instant, zone))}`;
}

/**
 * The wall time `days` calendar days later at the same clock time, whatever daylight saving does
 * in between (a weekly training stays at 18:00).
 */
export function addDaysToWallTime(wall: WallTime, days: number): WallTime {
  const shifted = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  return {
    ...wall,
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}
