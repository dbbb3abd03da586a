/**
 * The calendar window as the feed readers use it: its bounds as instants, which events overlap
 * it, and the order they are listed in. Shared by the iCalendar and JSON readers (both loaded
 * lazily by feed.ts), so it is a module of its own that imports neither.
 */
import type { TrainingEvent } from '@mentorkit/core';
import { zonedToInstant } from '@mentorkit/core/time';
import { addDays } from './calendar-days.ts';
import type { CalendarWindow } from './feed-types.ts';

/** The window's bounds as instants: the start of `from` and the end of `until` in its zone. */
export function windowInstants(window: CalendarWindow): { start: number; end: number } {
  const at = (key: string) => {
    const [year, month, day] = key.split('-').map(Number) as [number, number, number];
    return zonedToInstant({ year, month, day, hour: 0, minute: 0, second: 0 }, window.zone);
  };
  return { start: at(window.from), end: at(addDays(window.until, 1)) };
}

/** Whether `event` overlaps the window (an all-day event by its days, a timed one by instants). */
export function inWindow(
  event: Pick<TrainingEvent, 'start' | 'end' | 'allDay'>,
  window: CalendarWindow,
  bounds = windowInstants(window),
): boolean {
  if (event.allDay) return event.start <= window.until && event.end > window.from;
  const start = Date.parse(event.start);
  const end = Math.max(Date.parse(event.end), start + 1);
  return start < bounds.end && end > bounds.start;
}

export function byStart(a: TrainingEvent, b: TrainingEvent): number {
  const key = (event: TrainingEvent) =>
    event.allDay ? Date.parse(`${event.start}T00:00:00Z`) : Date.parse(event.start);
  return key(a) - key(b) || a.title.localeCompare(b.title);
}
