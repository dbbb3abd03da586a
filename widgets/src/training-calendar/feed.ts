/**
 * Reads a feed: decides whether it is iCalendar or JSON, and turns either into the
 * occurrences of a window. Both readers are loaded with `import()` when a feed needs them:
 * the iCalendar parser (ical.js and the Windows zone table) only for iCalendar, so pages with
 * JSON feeds never download it; the JSON reader (zod/mini and the schema) on first use, so
 * the widget's entry carries neither. A reader that cannot be loaded is a `network` error.
 */
import { importForParse } from '../shared/data-controller.ts';
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
