// The page of the calendar's Chromium benchmarks (bundled by training-calendar-browser.bench.ts):
// each function does one measured run inside the page and returns its own figure in ms, so no
// round trip to Playwright is counted.
import type { TrainingEvent } from '@mentorkit/core';
import { parseICalendar } from '../../../widgets/src/training-calendar/ical-feed.ts';
import '../../../widgets/src/training-calendar/define.ts';
import type { MkTrainingCalendar } from '../../../widgets/src/training-calendar/training-calendar.ts';
import { BENCH_WINDOW, benchFeed } from './bench-feed.ts';
import { icalBareExpansion } from './ical-bare.ts';

const feeds = new Map<number, string>();
function feed(count: number): string {
  let text = feeds.get(count);
  if (text === undefined) {
    text = benchFeed(count);
    feeds.set(count, text);
  }
  return text;
}

// The window's bounds as instants (Stockholm), for ical.js.
const from = new Date('2025-12-31T23:00:00Z');
const until = new Date('2026-06-30T22:00:00Z');
const events: readonly TrainingEvent[] = parseICalendar(feed(500), { window: BENCH_WINDOW }).events;

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Forces style and layout of everything on the page, as the first frame would. */
const layout = () => document.body.getBoundingClientRect().height;

async function calendar(view: 'list' | 'month'): Promise<MkTrainingCalendar> {
  const element = document.createElement('mk-training-calendar');
  element.setAttribute('lang', 'en');
  element.setAttribute('view', view);
  element.setAttribute('from', BENCH_WINDOW.from);
  element.setAttribute('until', BENCH_WINDOW.until);
  element.setAttribute('time-zone', BENCH_WINDOW.zone);
  element.events = [...events];
  document.body.append(element);
  const part = view === 'list' ? '[part~="list"]' : '[part~="month"]';
  while (!element.shadowRoot?.querySelector(part)) {
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await element.updateComplete;
  return element;
}

let monthView: MkTrainingCalendar | undefined;
let step = 1;

const bench = {
  parse: (count: number) => timed(() => parseICalendar(feed(count), { window: BENCH_WINDOW })),
  bare: (count: number) => timed(() => icalBareExpansion(feed(count), from, until)),
  occurrences: () => events.length,

  /** From handing the widget the events to the list's first screen laid out. */
  async list(): Promise<number> {
    const start = performance.now();
    const element = await calendar('list');
    layout();
    const elapsed = performance.now() - start;
    element.remove();
    return elapsed;
  },

  /** From handing the widget the events to every entry in the list and laid out. */
  async wholeList(): Promise<number> {
    const start = performance.now();
    const element = await calendar('list');
    const root = element.shadowRoot!;
    while (root.querySelectorAll('[part~="event"]').length < events.length) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await element.updateComplete;
    }
    layout();
    const elapsed = performance.now() - start;
    element.remove();
    return elapsed;
  },

  /** The same events as a plain list: title, date and time, place; one formatter. */
  plain(): number {
    const start = performance.now();
    const format = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: BENCH_WINDOW.zone,
    });
    const list = document.createElement('ul');
    for (const event of events) {
      const item = document.createElement('li');
      const title = document.createElement('h3');
      title.textContent = event.title;
      const when = document.createElement('p');
      when.textContent = format.format(new Date(event.start));
      const where = document.createElement('p');
      where.textContent = event.location?.name ?? '';
      item.append(title, when, where);
      list.append(item);
    }
    document.body.append(list);
    layout();
    const elapsed = performance.now() - start;
    list.remove();
    return elapsed;
  },

  /** One press of Next (or Previous, back from June) month, to the new grid laid out. */
  async month(): Promise<number> {
    monthView ??= await calendar('month');
    const root = monthView.shadowRoot!;
    const current = root.querySelector('#month-title')?.textContent;
    const button = root.querySelector<HTMLButtonElement>(
      step > 0 ? '[part~="next-button"]' : '[part~="previous-button"]',
    );
    if (!button || button.disabled || button.getAttribute('aria-disabled') === 'true') {
      step = -step;
      return bench.month();
    }
    const start = performance.now();
    button.click();
    await monthView.updateComplete;
    layout();
    const elapsed = performance.now() - start;
    if (root.querySelector('#month-title')?.textContent === current)
      throw new Error('the month did not change');
    return elapsed;
  },
};

(window as unknown as { calendarBench: typeof bench }).calendarBench = bench;
