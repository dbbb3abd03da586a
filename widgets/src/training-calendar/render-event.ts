/** One occurrence as a list entry (list view and a day's list in month view). */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { TrainingEvent } from '@mentorkit/core';
import type { LocalizeController } from '../shared/localize-controller.ts';
import type { CalendarMessages } from './locales/sv.ts';
import { dateText, seatsLeft, timeText } from './event-time.ts';
import type { ZoneChoice } from './event-time.ts';

export interface EventRenderContext {
  localize: LocalizeController<CalendarMessages>;
  zones: ZoneChoice;
  onSelect: (event: TrainingEvent, trigger: HTMLElement) => void;
}

/** "Cancelled", "Tentative", "Fully booked" or nothing. */
export function renderStatus(
  event: TrainingEvent,
  localize: LocalizeController<CalendarMessages>,
): unknown {
  if (event.status === 'cancelled') {
    return html`<span class="badge badge--cancelled" part="status"
      >${localize.term('calendarCancelled')}</span
    >`;
  }
  if (event.status === 'tentative') {
    return html`<span class="badge" part="status">${localize.term('calendarTentative')}</span>`;
  }
  if (seatsLeft(event) === 0) {
    return html`<span class="badge badge--full" part="status"
      >${localize.term('calendarFull')}</span
    >`;
  }
  return nothing;
}

export function placeLine(
  event: TrainingEvent,
  localize: LocalizeController<CalendarMessages>,
): string | undefined {
  if (event.location) return event.location.name;
  if (event.onlineUrl) return localize.term('calendarOnline');
  return undefined;
}

export function renderEventEntry(
  event: TrainingEvent,
  context: EventRenderContext,
  options: { withDate: boolean; headingLevel: 3 | 4 },
): TemplateResult {
  const { localize, zones } = context;
  const place = placeLine(event, localize);
  const left = seatsLeft(event);
  const languages = event.languages?.length
    ? localize.formatList(event.languages.map((code) => localize.languageName(code)))
    : undefined;
  const select = (e: Event) => context.onSelect(event, e.currentTarget as HTMLElement);
  const title = html`<button type="button" class="event__title" part="event-title" @click=${select}>
    ${event.title}
  </button>`;
  return html`<li
    class="event ${event.status === 'cancelled' ? 'event--cancelled' : ''}"
    part="event"
  >
    ${options.headingLevel === 3 ? html`<h3 class="event__heading">${title}</h3>` : html`<h4 class="event__heading">${title}</h4>`}
    <p class="event__when">
      ${options.withDate ? html`<span>${dateText(event, zones, localize)}</span>` : nothing}
      <span>${timeText(event, zones, localize)}</span>
    </p>
    ${place ? html`<p class="event__where">${place}</p>` : nothing}
    ${
      languages || left !== undefined
        ? html`<p class="event__meta">
            ${languages ? html`<span>${localize.term('calendarLanguages')}: ${languages}</span>` : nothing}
            ${
              left !== undefined && left > 0 && event.status !== 'cancelled'
                ? html`<span>${localize.term('calendarSeatsLeft', { count: left })}</span>`
                : nothing
            }
          </p>`
        : nothing
    }
    ${renderStatus(event, localize)}
  </li>`;
}
