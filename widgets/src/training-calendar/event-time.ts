/**
 * Where and when an occurrence falls for the viewer: its display zone (the `timezone`
 * attribute, else the event's own, else the viewer's), its days in that zone, and its time as
 * text with the zone named when it differs from the viewer's.
 */
import type { TrainingEvent } from '@mentorkit/core';
import { formatTimeZoneName } from '@mentorkit/core/i18n';
import { dayKeyAt, offsetAt } from '@mentorkit/core/time';
import type { LocalizeController } from '../shared/localize-controller.ts';
import type { CalendarMessages } from './locales/sv.ts';
import { addDays, daysBetween } from './calendar-days.ts';

/** The place as one line: name and address. */
export function placeText(event: TrainingEvent): string | undefined {
  const { location } = event;
  if (!location) return undefined;
  return location.address ? `${location.name}, ${location.address}` : location.name;
}

export interface ZoneChoice {
  /** The `timezone` attribute, when valid. */
  override?: string;
  /** The viewer's own zone. */
  viewer: string;
}

export function displayZone(event: TrainingEvent, zones: ZoneChoice): string {
  return zones.override ?? event.timeZone ?? zones.viewer;
}

/** The first day of the event in its display zone. */
export function startDay(event: TrainingEvent, zones: ZoneChoice): string {
  return event.allDay ? event.start : dayKeyAt(Date.parse(event.start), displayZone(event, zones));
}

/** The last day the event touches (an all-day end is exclusive; a timed end at midnight too). */
export function endDay(event: TrainingEvent, zones: ZoneChoice): string {
  if (event.allDay)
    return addDays(event.end, -1) < event.start ? event.start : addDays(event.end, -1);
  const start = Date.parse(event.start);
  const end = Math.max(start, Date.parse(event.end) - 1);
  return dayKeyAt(end, displayZone(event, zones));
}

/** Every day the event touches, at most 62 (a two-month event shows on each of its days). */
export function daysOf(event: TrainingEvent, zones: ZoneChoice): string[] {
  const first = startDay(event, zones);
  const count = Math.min(62, daysBetween(first, endDay(event, zones)) + 1);
  return Array.from({ length: Math.max(1, count) }, (_, i) => addDays(first, i));
}

/** Whether the viewer needs the zone named: its offset at the event differs from theirs. */
export function zoneDiffers(event: TrainingEvent, zones: ZoneChoice): boolean {
  if (event.allDay) return false;
  const instant = Date.parse(event.start);
  return offsetAt(instant, displayZone(event, zones)) !== offsetAt(instant, zones.viewer);
}

/**
 * Texts already formatted, by language and what they depend on. A list of a large feed names the
 * same few days, clock times and zones again and again: each is formatted through `Intl` once,
 * not once an entry (a third of the list's time in Chromium went to `Intl`, issue 22).
 */
const formatted = new Map<string, string>();

function remembered(key: string, make: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) {
    // A page going through many languages and zones starts over rather than growing.
    if (formatted.size >= 4096) formatted.clear();
    text = make();
    formatted.set(key, text);
  }
  return text;
}

/** The name of `zone` at `instant` in the element's language (`centraleuropeisk normaltid`). */
export function zoneName(
  instant: number,
  zone: string,
  localize: LocalizeController<CalendarMessages>,
  style: 'long' | 'short' = 'long',
): string {
  // A zone's name changes with its offset (CET, CEST), so the offset keys it.
  return remembered(`zone|${localize.lang}|${zone}|${offsetAt(instant, zone)}|${style}`, () =>
    formatTimeZoneName(instant, localize.lang, zone, style),
  );
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * `18:00` for `instant` in `zone`. Hours and minutes depend only on the clock time there, so the
 * text is keyed by the minute of the day and formatted once, for that minute in UTC.
 */
function clockText(
  instant: number,
  zone: string,
  localize: LocalizeController<CalendarMessages>,
): string {
  const minute = Math.floor(((((instant + offsetAt(instant, zone)) % DAY) + DAY) % DAY) / MINUTE);
  return remembered(`clock|${localize.lang}|${minute}`, () =>
    localize.formatTime(minute * MINUTE, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }),
  );
}

/** The event's languages by name, as a list (`arabiska och somaliska`). */
export function languagesText(
  event: TrainingEvent,
  localize: LocalizeController<CalendarMessages>,
): string | undefined {
  const codes = event.languages;
  if (!codes?.length) return undefined;
  return remembered(`languages|${localize.lang}|${codes.join(' ')}`, () =>
    localize.formatList(codes.map((code) => localize.languageName(code))),
  );
}

/** `18:00–20:00`, `18:00–20:00 CET` (zone named when it differs), or "All day". */
export function timeText(
  event: TrainingEvent,
  zones: ZoneChoice,
  localize: LocalizeController<CalendarMessages>,
  alwaysNameZone = false,
): string {
  if (event.allDay) return localize.term('calendarAllDay');
  const zone = displayZone(event, zones);
  const startsAt = Date.parse(event.start);
  const start = clockText(startsAt, zone, localize);
  const end = clockText(Date.parse(event.end), zone, localize);
  const range = start === end ? start : `${start}–${end}`;
  if (!alwaysNameZone && !zoneDiffers(event, zones)) return range;
  const name = zoneName(startsAt, zone, localize, alwaysNameZone ? 'long' : 'short');
  return `${range} (${name})`;
}

/** A day of the month grid, as its cell is read out: `tisdag 17 mars`. */
export function dayText(day: string, localize: LocalizeController<CalendarMessages>): string {
  return remembered(`day|${localize.lang}|${day}`, () =>
    localize.formatDate(day, { weekday: 'long', day: 'numeric', month: 'long' }),
  );
}

/** The date or dates: `tors 8 okt. 2026`, or a range for multi-day events. */
export function dateText(
  event: TrainingEvent,
  zones: ZoneChoice,
  localize: LocalizeController<CalendarMessages>,
): string {
  const first = startDay(event, zones);
  const last = endDay(event, zones);
  return remembered(`date|${localize.lang}|${first}|${last}`, () => {
    const options: Intl.DateTimeFormatOptions = {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    };
    const start = localize.formatDate(first, options);
    return first === last ? start : `${start} – ${localize.formatDate(last, options)}`;
  });
}

export function seatsLeft(event: TrainingEvent): number | undefined {
  return event.seats ? Math.max(0, event.seats.total - event.seats.taken) : undefined;
}

export function isFull(event: TrainingEvent): boolean {
  return seatsLeft(event) === 0;
}
