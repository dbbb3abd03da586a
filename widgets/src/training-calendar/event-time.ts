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

/** The name of `zone` at `instant` in the element's language (`centraleuropeisk normaltid`). */
export function zoneName(
  instant: number,
  zone: string,
  localize: LocalizeController<CalendarMessages>,
  style: 'long' | 'short' = 'long',
): string {
  // Core's memoised formatter: a list names the zone of every event in another zone's offset.
  return formatTimeZoneName(instant, localize.lang, zone, style);
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
  const options: Intl.DateTimeFormatOptions = {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
  };
  const start = localize.formatTime(event.start, options);
  const end = localize.formatTime(event.end, options);
  const range = start === end ? start : `${start}–${end}`;
  if (!alwaysNameZone && !zoneDiffers(event, zones)) return range;
  const name = zoneName(Date.parse(event.start), zone, localize, alwaysNameZone ? 'long' : 'short');
  return `${range} (${name})`;
}

/** The date or dates: `tors 8 okt. 2026`, or a range for multi-day events. */
export function dateText(
  event: TrainingEvent,
  zones: ZoneChoice,
  localize: LocalizeController<CalendarMessages>,
): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  };
  const first = startDay(event, zones);
  const last = endDay(event, zones);
  const start = localize.formatDate(first, options);
  return first === last ? start : `${start} – ${localize.formatDate(last, options)}`;
}

export function seatsLeft(event: TrainingEvent): number | undefined {
  return event.seats ? Math.max(0, event.seats.total - event.seats.taken) : undefined;
}

export function isFull(event: TrainingEvent): boolean {
  return seatsLeft(event) === 0;
}
