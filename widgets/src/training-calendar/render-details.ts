/**
 * An event's details, shown in a modal `<dialog>`: title, time with its zone, place with a map
 * link, online link, the description as text with its web addresses as links, languages,
 * seats, status, "add to calendar" and sign-up. The calendar loads this module (with the
 * .ics export) the first time an event is selected: a list or a month needs neither.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { TrainingEvent } from '@mentorkit/core';
import type { LocalizeController } from '../shared/localize-controller.ts';
import type { CalendarMessages } from './locales/sv.ts';
import { dateText, languagesText, placeText, seatsLeft, timeText } from './event-time.ts';
import type { ZoneChoice } from './event-time.ts';
import { googleCalendarUrl, icsDataUrl, icsFileName, outlookCalendarUrl } from './ics-export.ts';
import { renderLinkedText } from './linkify.ts';
import type { SignupAction } from './signup-action.ts';

/** How "Sign up" works for this event. */
export interface DetailsRenderContext {
  localize: LocalizeController<CalendarMessages>;
  zones: ZoneChoice;
  signup: SignupAction;
  onSignup: (event: TrainingEvent, formId: string) => void;
}

export function mapUrl(event: TrainingEvent): string | undefined {
  const place = placeText(event);
  if (!place) return undefined;
  const url = new URL('https://www.openstreetmap.org/search');
  url.searchParams.set('query', place);
  return url.href;
}

function externalLink(
  href: string,
  label: string,
  localize: LocalizeController<CalendarMessages>,
  part?: string,
): TemplateResult {
  return html`<a href=${href} target="_blank" rel="noopener noreferrer" part=${part ?? nothing}
    >${label}<span class="visually-hidden"> (${localize.term('opensInNewWindow')})</span></a
  >`;
}

/** Links that add the event to a calendar app: an .ics download, Google and Outlook. */
function renderAddToCalendar(event: TrainingEvent, context: DetailsRenderContext): unknown {
  const { localize } = context;
  if (event.status === 'cancelled') return nothing;
  return html`<section class="details__add" aria-labelledby="add-title">
    <h3 id="add-title">${localize.term('calendarAddToCalendar')}</h3>
    <ul>
      <li>
        <a href=${icsDataUrl(event)} download=${icsFileName(event)} part="ics-link"
          >${localize.term('calendarDownloadIcs')}</a
        >
      </li>
      <li>
        ${externalLink(googleCalendarUrl(event), localize.term('calendarGoogle'), localize, 'google-link')}
      </li>
      <li>
        ${externalLink(outlookCalendarUrl(event), localize.term('calendarOutlook'), localize, 'outlook-link')}
      </li>
      <li>
        ${externalLink(outlookCalendarUrl(event, 'office'), localize.term('calendarOutlookWork'), localize)}
      </li>
    </ul>
  </section>`;
}

function renderSignup(event: TrainingEvent, context: DetailsRenderContext): unknown {
  const { localize, signup } = context;
  switch (signup.kind) {
    case 'none':
      return nothing;
    case 'closed':
      return html`<p class="signup-closed" part="signup-closed">
        ${localize.term(signup.reason === 'full' ? 'calendarSignUpFull' : 'calendarSignUpCancelled')}
      </p>`;
    case 'form':
      return html`<button
        type="button"
        class="primary"
        part="signup-button"
        @click=${() => context.onSignup(event, signup.formId)}
      >
        ${localize.term('calendarSignUp')}
      </button>`;
    case 'link':
      return html`<a class="button-link primary" part="signup-button" href=${signup.href}
        >${localize.term('calendarSignUp')}</a
      >`;
  }
}

/**
 * The body of the details: the calendar renders the frame around it (title, status, Close),
 * which stays in place while this module loads, so that focus on the title is never lost.
 */
export function renderDetails(event: TrainingEvent, context: DetailsRenderContext): TemplateResult {
  const { localize, zones } = context;
  const left = seatsLeft(event);
  const map = mapUrl(event);
  const newWindow = localize.term('opensInNewWindow');
  return html`
    <dl class="details__facts">
      <div>
        <dt>${localize.term('calendarWhen')}</dt>
        <dd>${dateText(event, zones, localize)}, ${timeText(event, zones, localize, true)}</dd>
      </div>
      ${
        event.location || event.onlineUrl
          ? html`<div>
              <dt>${localize.term('calendarWhere')}</dt>
              <dd>
                ${
                  event.location
                    ? html`<span class="details__place">${event.location.name}</span>
                        ${event.location.address ? html`<span class="details__place">${event.location.address}</span>` : nothing}
                        <span class="details__links">
                          ${map ? externalLink(map, localize.term('calendarShowOnMap'), localize, 'map-link') : nothing}
                          ${
                            event.location.url
                              ? externalLink(
                                  event.location.url,
                                  localize.term('calendarPlaceWebsite'),
                                  localize,
                                )
                              : nothing
                          }
                        </span>`
                    : nothing
                }
                ${
                  event.onlineUrl
                    ? html`<span class="details__links">
                        ${externalLink(event.onlineUrl, localize.term('calendarJoinOnline'), localize, 'online-link')}
                      </span>`
                    : nothing
                }
              </dd>
            </div>`
          : nothing
      }
      ${
        event.languages?.length
          ? html`<div>
              <dt>${localize.term('calendarLanguages')}</dt>
              <dd>${languagesText(event, localize)}</dd>
            </div>`
          : nothing
      }
      ${
        event.seats && left !== undefined
          ? html`<div>
              <dt>${localize.term('calendarSeats')}</dt>
              <dd>
                ${
                  left === 0
                    ? localize.term('calendarFull')
                    : localize.term('calendarSeatsOf', { left, total: event.seats.total })
                }
              </dd>
            </div>`
          : nothing
      }
      ${
        event.status !== 'confirmed'
          ? html`<div>
              <dt>${localize.term('calendarStatus')}</dt>
              <dd>
                ${localize.term(event.status === 'cancelled' ? 'calendarCancelled' : 'calendarTentative')}
              </dd>
            </div>`
          : nothing
      }
    </dl>
    ${
      event.description
        ? html`<p class="details__description" part="description">
            ${renderLinkedText(event.description, newWindow)}
          </p>`
        : nothing
    }
    <div class="details__actions">${renderSignup(event, context)}</div>
    ${renderAddToCalendar(event, context)}
  `;
}
