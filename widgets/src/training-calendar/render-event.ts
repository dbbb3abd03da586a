/** One occurrence as a list entry (list view and a day's list in month view). */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { TrainingEvent } from '@mentorkit/core';
import type { LocalizeController } from '../shared/localize-controller.ts';
import type { CalendarMessages } from './locales/sv.ts';
import { dateText, languagesText, seatsLeft, timeText } from './event-time.ts';
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

/**
 * The title as a button under a heading of the given level. Two whole templates, not a heading
 * around a title template: a list of a large feed clones one template less an entry.
 */
function renderHeading(level: 3 | 4, title: string, select: (e: Event) => void): TemplateResult {
  // The buttons' names are their `.textContent` (the title), which the lint rule cannot see; the
  // list view's axe checks (ltr and rtl) check that each has one.
  // prettier-ignore
  return level === 3
    // eslint-disable-next-line lit-a11y/accessible-name -- named by .textContent, see above
    ? html`<h3 class="event__heading"><button type="button" class="event__title" part="event-title" @click=${select} .textContent=${title}></button></h3>`
    // eslint-disable-next-line lit-a11y/accessible-name -- named by .textContent, see above
    : html`<h4 class="event__heading"><button type="button" class="event__title" part="event-title" @click=${select} .textContent=${title}></button></h4>`;
}

/**
 * One entry, as one template whose lines without text are `hidden`: the list of the bench feed
 * (1,677 entries) spent most of its time cloning the five to eight small templates an entry had
 * (issue 22). Every text is made before, the dates and times from remembered strings.
 */
export function renderEventEntry(
  event: TrainingEvent,
  context: EventRenderContext,
  options: { withDate: boolean; headingLevel: 3 | 4 },
): TemplateResult {
  const { localize, zones } = context;
  const place = placeLine(event, localize);
  const left = seatsLeft(event);
  const languages = languagesText(event, localize);
  const seats =
    left !== undefined && left > 0 && event.status !== 'cancelled'
      ? localize.term('calendarSeatsLeft', { count: left })
      : undefined;
  const select = (e: Event) => context.onSelect(event, e.currentTarget as HTMLElement);
  const date = options.withDate ? dateText(event, zones, localize) : '';
  const languagesLine = languages ? `${localize.term('calendarLanguages')}: ${languages}` : '';
  // Written without white space between the tags (as many more nodes an entry), but between the
  // texts of a line, which read as words; each text set as textContent, which needs no marker
  // node and no text node of Lit's own (safe: text, never parsed as HTML).
  // prettier-ignore
  return html`<li class="event ${event.status === 'cancelled' ? 'event--cancelled' : ''}" part="event">${
    renderHeading(options.headingLevel, event.title, select)
  }<p class="event__when"><span ?hidden=${!date} .textContent=${date}></span> <span .textContent=${timeText(event, zones, localize)}></span></p><p class="event__where" ?hidden=${!place} .textContent=${place ?? ''}></p><p class="event__meta" ?hidden=${!languagesLine && !seats}><span ?hidden=${!languagesLine} .textContent=${languagesLine}></span> <span ?hidden=${!seats} .textContent=${seats ?? ''}></span></p>${
    renderStatus(event, localize)
  }</li>`;
}
