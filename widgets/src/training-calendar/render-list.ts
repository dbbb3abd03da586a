/** The list view: occurrences grouped by month, each month under its own heading. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TrainingEvent } from '@mentorkit/core';
import { monthOf } from './calendar-days.ts';
import { startDay } from './event-time.ts';
import { renderEventEntry } from './render-event.ts';
import type { EventRenderContext } from './render-event.ts';

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

export function renderList(
  events: readonly TrainingEvent[],
  context: EventRenderContext,
): TemplateResult {
  const { localize } = context;
  return html`<div class="list" part="list">
    ${groupByMonth(events, context).map(
      ([month, group]) =>
        html`<section class="list__month" aria-labelledby="month-${month}">
          <h2 class="list__heading" id="month-${month}">
            ${localize.formatDate(`${month}-01`, { month: 'long', year: 'numeric' })}
          </h2>
          <ul class="events">
            ${repeat(group, eventKey, (event) =>
              renderEventEntry(event, context, { withDate: true, headingLevel: 3 }),
            )}
          </ul>
        </section>`,
    )}
  </div>`;
}
