// <mk-training-calendar>: parsing and expanding a large iCalendar feed, and the node-side work
// of the list view and of moving to another month (building the templates, without a DOM).
import type { TrainingEvent } from '@mentorkit/core';
import { formatDate, formatList, formatTime, languageName } from '@mentorkit/core/i18n';
import { parseICalendar } from '../../widgets/src/training-calendar/ical-feed.ts';
import { addMonths, monthGrid } from '../../widgets/src/training-calendar/calendar-days.ts';
import { daysOf } from '../../widgets/src/training-calendar/event-time.ts';
import { renderList } from '../../widgets/src/training-calendar/render-list.ts';
import type { EventRenderContext } from '../../widgets/src/training-calendar/render-event.ts';
import { calendarEn } from '../../widgets/src/training-calendar/locales/en.ts';
import { defineBenchmarks } from './benchmark.ts';

const window = { from: '2026-01-01', until: '2026-06-30', zone: 'Europe/Stockholm' };
const zones = { viewer: 'Europe/Stockholm' };

/** 500 VEVENTs: 50 weekly rules without an end and 450 single events, over six months. */
function feed(): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Mentorkit//Bench//EN'];
  const pad = (n: number) => String(n).padStart(2, '0');
  for (let i = 0; i < 500; i++) {
    const weekly = i < 50;
    const month = weekly ? 1 : 1 + (i % 6);
    const day = 1 + (i % 28);
    const hour = 8 + (i % 9);
    const date = `2026${pad(month)}${pad(day)}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:bench-${i}@mentorkit.test`,
      'DTSTAMP:20260101T000000Z',
      `DTSTART;TZID=Europe/Stockholm:${date}T${pad(hour)}0000`,
      `DTEND;TZID=Europe/Stockholm:${date}T${pad(hour + 2)}0000`,
      ...(weekly ? ['RRULE:FREQ=WEEKLY'] : []),
      `SUMMARY:Mentorutbildning ${i}`,
      `DESCRIPTION:Beskrivning av utbildning ${i}. Mer på https://example.org/${i}`,
      `LOCATION:Plats ${i % 20}\\, Storgatan ${i}\\, Stockholm`,
      'X-MENTORKIT-LANGUAGES:sv,ar',
      'X-MENTORKIT-SEATS-TOTAL:20',
      `X-MENTORKIT-SEATS-TAKEN:${i % 21}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n');
}

const text = feed();
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
