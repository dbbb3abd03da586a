// <mk-training-calendar>: parsing and expanding a large iCalendar feed, and the node-side work
// of the list view and of moving to another month (building the templates, without a DOM).
// What a visitor waits for is measured in Chromium: training-calendar-browser.bench.ts.
import type { TrainingEvent } from '@mentorkit/core';
import { formatDate, formatList, formatTime, languageName } from '@mentorkit/core/i18n';
import { parseICalendar } from '../../widgets/src/training-calendar/ical-feed.ts';
import { addMonths, monthGrid } from '../../widgets/src/training-calendar/calendar-days.ts';
import { daysOf } from '../../widgets/src/training-calendar/event-time.ts';
import { renderList } from '../../widgets/src/training-calendar/render-list.ts';
import type { EventRenderContext } from '../../widgets/src/training-calendar/render-event.ts';
import { calendarEn } from '../../widgets/src/training-calendar/locales/en.ts';
import { defineBenchmarks } from './benchmark.ts';
import { BENCH_WINDOW, benchFeed } from './calendar/bench-feed.ts';

const window = BENCH_WINDOW;
const zones = { viewer: 'Europe/Stockholm' };

const text = benchFeed(500);
const { events } = parseICalendar(text, { window });

/** The parts of the localize controller that rendering uses, in English, without a host. */
const localize = {
  lang: 'en',
  dir: 'ltr',
  term: (key: keyof typeof calendarEn, params?: never) => {
    const message = calendarEn[key] as string | ((p: never) => string);
    return typeof message === 'function' ? message(params as never) : message;
  },
  formatDate: (value: string, options?: Intl.DateTimeFormatOptions) =>
    formatDate(value, 'en', options),
  formatTime: (value: string, options?: Intl.DateTimeFormatOptions) =>
    formatTime(value, 'en', options),
  formatList: (items: readonly string[]) => formatList(items, 'en'),
  languageName: (code: string) => languageName(code, 'en'),
} as unknown as EventRenderContext['localize'];

const context: EventRenderContext = { localize, zones, onSelect: () => undefined };

/** Walks a template's values, so that nested templates are built as a render would. */
function touch(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + touch(v), 0);
  if (value && typeof value === 'object' && 'values' in value)
    return 1 + touch((value as { values: unknown[] }).values);
  return 0;
}

function indexByDay(list: readonly TrainingEvent[]): Map<string, TrainingEvent[]> {
  const byDay = new Map<string, TrainingEvent[]>();
  for (const event of list) {
    for (const day of daysOf(event, zones)) byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  return byDay;
}

let month = '2026-01-15';

export default defineBenchmarks([
  {
    name: `calendar: parse + expand 500 VEVENTs (50 weekly) → ${events.length} occurrences in 6 months`,
    run: () => parseICalendar(text, { window }),
    runs: 10,
  },
  {
    name: `calendar: list view templates for ${events.length} occurrences`,
    run: () => touch(renderList(events, context)),
    runs: 20,
  },
  {
    name: 'calendar: month navigation (index by day + next month grid)',
    run: () => {
      month = addMonths(month, 1) > window.until ? '2026-01-15' : addMonths(month, 1);
      const byDay = indexByDay(events);
      return monthGrid(month, 1)
        .flat()
        .map((day) => byDay.get(day)?.length ?? 0);
    },
    runs: 50,
  },
]);
