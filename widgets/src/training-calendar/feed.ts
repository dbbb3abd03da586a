/**
 * Reads a feed: decides whether it is iCalendar or JSON, and turns either into the
 * occurrences of a window. Both readers are loaded with `import()` when a feed needs them:
 * the iCalendar parser (ical.js and the Windows zone table) only for iCalendar, so pages with
 * JSON feeds never download it; the JSON reader (zod/mini and the schema) on first use, so
 * the widget's entry carries neither. A reader that cannot be loaded is a `network` error.
 */
import type { TrainingEvent } from '@mentorkit/core';
import { zonedToInstant } from '@mentorkit/core/time';
import { importForParse } from '../shared/data-controller.ts';
import { addDays } from './calendar-days.ts';
import { FeedError } from './feed-types.ts';
import type { CalendarWindow, ExpandOptions, FeedResult } from './feed-types.ts';

/** What a URL answered: the body as text and its content type. */
export interface FeedBody {
  text: string;
  contentType: string;
}

export async function readFeedBody(response: Response): Promise<FeedBody> {
  return { text: await response.text(), contentType: response.headers.get('content-type') ?? '' };
}

export function looksLikeICalendar(body: FeedBody): boolean {
  return (
    /^\uFEFF?\s*BEGIN:VCALENDAR/i.test(body.text.slice(0, 200)) ||
    /^text\/calendar\b/i.test(body.contentType)
  );
}

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

/** Any feed body: iCalendar through the lazy parser, else JSON, else not a calendar. */
export async function readFeed(body: FeedBody, options: ExpandOptions): Promise<FeedResult> {
  if (looksLikeICalendar(body)) {
    const { parseICalendar } = await importForParse(() => import('./ical-feed.ts'));
    return parseICalendar(body.text, options);
  }
  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch {
    throw new FeedError('not-calendar', 'neither iCalendar nor JSON');
  }
  return readJsonEvents(json, options.window);
}

/** Events from JSON or the `events` property, validated by the lazily loaded JSON reader. */
export async function readJsonEvents(list: unknown, window: CalendarWindow): Promise<FeedResult> {
  const { readEventList } = await importForParse(() => import('./json-feed.ts'));
  return readEventList(list, window);
}
