/**
 * JSON feeds and the `events` property: `TrainingEvent[]` checked with the data contract's
 * schemas (zod/mini). Loaded with `import()` from feed.ts.
 */
import { TrainingEventListSchema, TrainingEventSchema } from '@mentorkit/core';
import type { TrainingEvent } from '@mentorkit/core';
import { byStart, inWindow, windowInstants } from './feed-window.ts';
import { FeedError } from './feed-types.ts';
import type { CalendarWindow, FeedResult } from './feed-types.ts';

/**
 * JSON `TrainingEvent[]`: the whole list through `TrainingEventListSchema` when it is valid;
 * otherwise each item on its own, keeping the valid ones and counting the rest (partial
 * results). Not an array at all: not a calendar.
 */
export function readEventList(list: unknown, window: CalendarWindow): FeedResult {
  if (!Array.isArray(list)) throw new FeedError('not-calendar', 'expected a JSON array of events');
  let events: TrainingEvent[];
  let skipped = 0;
  const whole = TrainingEventListSchema.safeParse(list);
  if (whole.success) {
    events = whole.data;
  } else {
    events = [];
    for (const item of list.slice(0, 10_000)) {
      const one = TrainingEventSchema.safeParse(item);
      if (one.success) events.push(one.data);
      else skipped += 1;
    }
    skipped += Math.max(0, list.length - 10_000);
  }
  if (events.length === 0 && skipped > 0) {
    throw new FeedError('malformed', `none of the ${skipped} events could be read`);
  }
  const bounds = windowInstants(window);
  return { events: events.filter((e) => inWindow(e, window, bounds)).sort(byStart), skipped };
}
