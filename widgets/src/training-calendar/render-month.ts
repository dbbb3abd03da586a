/**
 * The month view: an ARIA grid (a table with `role="grid"`) of the month's days with a roving
 * tabindex, the month's name between previous/next buttons, a live region that announces a
 * month change, and the list of one day's events (opened with Enter or "+N more").
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TrainingEvent } from '@mentorkit/core';
import { monthGrid, monthOf } from './calendar-days.ts';
import { renderEventEntry } from './render-event.ts';
import type { EventRenderContext } from './render-event.ts';
import { eventKey } from './render-list.ts';

/** Events shown in a cell before "+N more". */
export const EVENTS_PER_CELL = 2;

export interface MonthRenderContext extends EventRenderContext {
  /** The focused day, `YYYY-MM-DD`; its month is shown. */
  focusedDay: string;
  today: string;
  firstDay: number;
  eventsByDay: ReadonlyMap<string, TrainingEvent[]>;
  canGoBack: boolean;
  canGoForward: boolean;
  announcement: string;
  /** The day whose events are listed under the grid. */
  openDay: string | undefined;
  onMonthStep: (step: number) => void;
  onGridKeydown: (event: KeyboardEvent) => void;
  onDayFocus: (day: string) => void;
  onOpenDay: (day: string) => void;
  onCloseDay: () => void;
}

function dayLabel(day: string, context: MonthRenderContext): string {
  const { localize } = context;
  const parts = [localize.formatDate(day, { weekday: 'long', day: 'numeric', month: 'long' })];
  if (day === context.today) parts.push(localize.term('calendarToday'));
  const count = context.eventsByDay.get(day)?.length ?? 0;
  if (count > 0) parts.push(localize.term('calendarEventCount', { count }));
  return parts.join(', ');
}

function renderCell(day: string, context: MonthRenderContext): TemplateResult {
  const month = monthOf(context.focusedDay);
  const events = context.eventsByDay.get(day) ?? [];
  const shown = events.length > EVENTS_PER_CELL ? events.slice(0, EVENTS_PER_CELL - 1) : events;
  const hidden = events.length - shown.length;
  const outside = monthOf(day) !== month;
  const select = (event: TrainingEvent) => (e: Event) => {
    e.stopPropagation();
    context.onSelect(event, e.currentTarget as HTMLElement);
  };
  const more = (e: Event) => {
    e.stopPropagation();
    context.onOpenDay(day);
  };
  return html`<td
    role="gridcell"
    class="day ${outside ? 'day--outside' : ''} ${day === context.today ? 'day--today' : ''}"
    part="day${day === context.today ? ' today' : ''}"
    data-day=${day}
    tabindex=${day === context.focusedDay ? 0 : -1}
    aria-current=${day === context.today ? 'date' : nothing}
    aria-selected=${day === context.openDay ? 'true' : 'false'}
    @focus=${() => context.onDayFocus(day)}
    @click=${() => context.onOpenDay(day)}
  >
    <span class="day__number" aria-hidden="true">${Number(day.slice(8))}</span>
    <span class="visually-hidden">${dayLabel(day, context)}</span>
    ${
      shown.length > 0
        ? html`<ul class="day__events">
            ${repeat(
              shown,
              eventKey,
              (event) =>
                html`<li>
                  <button
                    type="button"
                    tabindex="-1"
                    class="chip ${event.status === 'cancelled' ? 'chip--cancelled' : ''}"
                    part="day-event"
                    @click=${select(event)}
                  >
                    ${event.title}
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      hidden > 0
        ? html`<button type="button" tabindex="-1" class="more" part="more-button" @click=${more}>
            ${context.localize.term('calendarMoreEvents', { count: hidden })}
          </button>`
        : nothing
    }
  </td>`;
}

function renderDayPanel(day: string, context: MonthRenderContext): TemplateResult {
  const { localize } = context;
  const events = context.eventsByDay.get(day) ?? [];
  const date = localize.formatDate(day, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return html`<section
    class="day-panel"
    part="day-panel"
    aria-labelledby="day-panel-title"
    tabindex="-1"
    @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        context.onCloseDay();
      }
    }}
  >
    <div class="day-panel__header">
      <h3 id="day-panel-title">${localize.term('calendarDayEvents', { date })}</h3>
      <button type="button" class="day-panel__close" @click=${() => context.onCloseDay()}>
        ${localize.term('close')}
      </button>
    </div>
    ${
      events.length > 0
        ? html`<ul class="events">
            ${repeat(events, eventKey, (event) =>
              renderEventEntry(event, context, { withDate: false, headingLevel: 4 }),
            )}
          </ul>`
        : html`<p>${localize.term('calendarNoEventsDay')}</p>`
    }
  </section>`;
}

export function renderMonth(context: MonthRenderContext): TemplateResult {
  const { localize } = context;
  const weeks = monthGrid(context.focusedDay, context.firstDay);
  const monthTitle = localize.formatDate(`${monthOf(context.focusedDay)}-01`, {
    month: 'long',
    year: 'numeric',
  });
  const monthHasEvents = weeks
    .flat()
    .some((day) => monthOf(day) === monthOf(context.focusedDay) && context.eventsByDay.has(day));
  return html`<div class="month" part="month">
    <div class="month__nav">
      <button
        type="button"
        class="month__step"
        part="previous-button"
        aria-label=${localize.term('calendarPreviousMonth')}
        ?disabled=${!context.canGoBack}
        @click=${() => context.onMonthStep(-1)}
      >
        <span aria-hidden="true" class="arrow arrow--back">‹</span>
      </button>
      <h2 class="month__title" id="month-title">${monthTitle}</h2>
      <button
        type="button"
        class="month__step"
        part="next-button"
        aria-label=${localize.term('calendarNextMonth')}
        ?disabled=${!context.canGoForward}
        @click=${() => context.onMonthStep(1)}
      >
        <span aria-hidden="true" class="arrow arrow--forward">›</span>
      </button>
    </div>
    <p class="visually-hidden" role="status" aria-live="polite">${context.announcement}</p>
    <p class="visually-hidden" id="grid-hint">${localize.term('calendarGridHint')}</p>
    <table
      role="grid"
      class="grid"
      part="grid"
      aria-labelledby="month-title"
      aria-describedby="grid-hint"
      @keydown=${context.onGridKeydown}
    >
      <thead>
        <tr>
          ${weeks[0]?.map(
            (day) =>
              html`<th
                role="columnheader"
                scope="col"
                abbr=${localize.formatDate(day, { weekday: 'long' })}
              >
                ${localize.formatDate(day, { weekday: 'short' })}
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${weeks.map(
          (week) =>
            html`<tr>
              ${week.map((day) => renderCell(day, context))}
            </tr>`,
        )}
      </tbody>
    </table>
    ${monthHasEvents ? nothing : html`<p class="empty" part="empty">${localize.term('calendarEmptyMonth')}</p>`}
    ${context.openDay ? renderDayPanel(context.openDay, context) : nothing}
  </div>`;
}
