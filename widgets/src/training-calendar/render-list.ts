/**
 * The list view: occurrences grouped by month, each month under its own heading. A large feed is
 * shown in steps (see `MkTrainingCalendar`): the first {@link FIRST_LIST_STEP} occurrences at
 * once, the rest {@link LIST_STEP} a task later each, so the first screen does not wait for
 * thousands of entries; a month already shown whole is not built again (`guard`).
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { TrainingEvent } from '@mentorkit/core';
import { monthOf } from './calendar-days.ts';
import { startDay } from './event-time.ts';
import { renderEventEntry } from './render-event.ts';
import type { EventRenderContext } from './render-event.ts';

/** Occurrences shown in the first render: more than any screen holds. */
export const FIRST_LIST_STEP = 120;
/** Occurrences added in each later task. */
export const LIST_STEP = 400;

export const eventKey = (event: TrainingEvent) => `${event.uid} ${event.start}`;

export function groupByMonth(
  events: readonly TrainingEvent[],
  context: Pick<EventRenderContext, 'zones'>,
): [string, TrainingEvent[]][] {
  const groups = new Map<string, TrainingEvent[]>();
  for (const event of events) {
    const month = monthOf(startDay(event, context.zones));
    const group = groups.get(month);
    if (group) group.push(event);
    else groups.set(month, [event]);
  }
  return [...groups];
}

/** The months of a list, kept while the list and the zones are the same. */
const grouped = new WeakMap<
  readonly TrainingEvent[],
  { zoneKey: string; groups: [string, TrainingEvent[]][] }
>();

function monthsOf(
  events: readonly TrainingEvent[],
  context: Pick<EventRenderContext, 'zones'>,
): [string, TrainingEvent[]][] {
  const zoneKey = `${context.zones.override ?? ''}|${context.zones.viewer}`;
  const known = grouped.get(events);
  if (known?.zoneKey === zoneKey) return known.groups;
  const groups = groupByMonth(events, context);
  grouped.set(events, { zoneKey, groups });
  return groups;
}

/** The list of `events`, of which the first `shown` (default all). */
export function renderList(
  events: readonly TrainingEvent[],
  context: EventRenderContext,
  shown = events.length,
): TemplateResult {
  const { localize } = context;
  let left = shown;
  const months: [string, TrainingEvent[]][] = [];
  for (const [month, group] of monthsOf(events, context)) {
    if (left <= 0) break;
    months.push([month, group.length <= left ? group : group.slice(0, left)]);
    left -= group.length;
  }
  const renderMonth = (month: string, group: TrainingEvent[]) =>
    html`<section class="list__month" aria-labelledby="month-${month}">
      <h2 class="list__heading" id="month-${month}">
        ${localize.formatDate(`${month}-01`, { month: 'long', year: 'numeric' })}
      </h2>
      <ul class="events">
        ${repeat(group, eventKey, (event) =>
          renderEventEntry(event, context, { withDate: true, headingLevel: 3 }),
        )}
      </ul>
    </section>`;
  return html`<div class="list" part="list">
    ${repeat(
      months,
      ([month]) => month,
      ([month, group]) =>
        // Built again only when the month's events, the language or the zones change.
        guard([group, localize.lang, context.zones.override, context.zones.viewer], () =>
          renderMonth(month, group),
        ),
    )}
  </div>`;
}
