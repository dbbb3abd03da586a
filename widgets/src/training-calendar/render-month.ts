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
import { dayText } from './event-time.ts';
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
  const parts = [dayText(day, localize)];
  if (day === context.today) parts.push(localize.term('calendarToday'));
  const count = context.eventsByDay.get(day)?.length ?? 0;
  if (count > 0) parts.push(localize.term('calendarEventCount', { count }));
  return parts.join(', ');
}

/**
 * One day of the grid, as few boxes as it can be: a step to another month lays out all 42 days
 * again, and that layout was most of the step (issue 22: about 500 layout objects a step, half
 * of them the nested list and the white space of each day). So the day's events are buttons
 * straight in the cell (not a list of list items of buttons), the day's number a block (an
 * inline-flex among blocks needed an anonymous box and a flex item of its own), every text is
 * set as `textContent` (no marker or white-space nodes), and
 * the events are kept by position, not by key: the next month's cells keep their buttons and
 * only their texts change, as their days do.
 */
function renderCell(day: string, context: MonthRenderContext): TemplateResult {
  const month = monthOf(context.focusedDay);
  const events = context.eventsByDay.get(day) ?? [];
  const shown = events.length > EVENTS_PER_CELL ? events.slice(0, EVENTS_PER_CELL - 1) : events;
  const hidden = events.length - shown.length;
  const outside = monthOf(day) !== month;
  const today = day === context.today;
  const more = (e: Event) => {
    e.stopPropagation();
    context.onOpenDay(day);
  };
  // The buttons are named by `.textContent`, which the lint rule cannot see; axe's button-name
  // check in the month view tests (ltr and rtl) covers them.
  // prettier-ignore
  return html`<td role="gridcell" class="day${outside ? ' day--outside' : ''}${today ? ' day--today' : ''}" part=${today ? 'day today' : 'day'} data-day=${day} tabindex=${day === context.focusedDay ? 0 : -1} aria-current=${today ? 'date' : nothing} aria-selected=${day === context.openDay ? 'true' : 'false'} @focus=${() => context.onDayFocus(day)} @click=${() => context.onOpenDay(day)}><span class="day__number" aria-hidden="true" .textContent=${String(Number(day.slice(8)))}></span><span class="visually-hidden" .textContent=${dayLabel(day, context)}></span>${
    shown.map((event) => renderChip(event, context))
  }${
    // eslint-disable-next-line lit-a11y/accessible-name -- named by .textContent, see above
    hidden > 0 ? html`<button type="button" tabindex="-1" class="more" part="more-button" @click=${more} .textContent=${context.localize.term('calendarMoreEvents', { count: hidden })}></button>` : nothing
  }</td>`;
}

/** An event in its day: one button, its title the text. */
function renderChip(event: TrainingEvent, context: MonthRenderContext): TemplateResult {
  const select = (e: Event) => {
    e.stopPropagation();
    context.onSelect(event, e.currentTarget as HTMLElement);
  };
  // prettier-ignore
  // eslint-disable-next-line lit-a11y/accessible-name -- named by .textContent, see renderCell
  return html`<button type="button" tabindex="-1" class="chip${event.status === 'cancelled' ? ' chip--cancelled' : ''}" part="day-event" @click=${select} .textContent=${event.title}></button>`;
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
        <tr role="row">
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
            html`<tr role="row">
              ${week.map((day) => renderCell(day, context))}
            </tr>`,
        )}
      </tbody>
    </table>
    ${monthHasEvents ? nothing : html`<p class="empty" part="empty">${localize.term('calendarEmptyMonth')}</p>`}
    ${context.openDay ? renderDayPanel(context.openDay, context) : nothing}
  </div>`;
}
