/** The parts of the card about the match itself: goals against expertise, reasons, meetings. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { RenderContext } from './render-context.ts';
import { checkIcon } from './render-person.ts';
import { groupNameFor, type MatchView, type ReasonView } from './view-model.ts';

/** How many reasons the compact layout lists (the largest first, as the data orders them). */
export const COMPACT_REASONS = 3;

const crossIcon = html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path
    d="M4 4l8 8M12 4l-8 8"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
  ></path>
</svg>`;

export function formatPercent(value: number, context: RenderContext): string {
  return context.localize.formatNumber(value, { style: 'percent', maximumFractionDigits: 0 });
}

export function renderGoals(
  view: MatchView,
  context: RenderContext,
): TemplateResult | typeof nothing {
  if (view.goals.length === 0) return nothing;
  const { localize } = context;
  return html`<div class="section goals" part="goals">
    <h3 id="goals-title" class="section__title">${localize.term('matchGoalsAgainstExpertise')}</h3>
    <ul class="goal-list">
      ${view.goals.map(
        ({ goal, covered }) =>
          html`<li class="goal ${covered ? 'goal--covered' : ''}" part="goal">
            ${covered ? checkIcon : crossIcon}
            <span>${localize.term('matchGoal', { goal })}</span>
            <span class="goal__state"
              >${localize.term(covered ? 'matchGoalCovered' : 'matchGoalNotCovered')}</span
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * Sets a reason bar's width through CSSOM. A `style` attribute (Lit's styleMap writes one on
 * first render) is blocked by a Content-Security-Policy without 'unsafe-inline' styles, which
 * partners' sites often have; `style.setProperty` is allowed under any policy.
 */
function setWeight(weight: number): (element: Element | undefined) => void {
  return (element) => {
    if (element instanceof HTMLElement) {
      element.style.setProperty('--_mk-match-weight', `${Math.round(weight * 100)}%`);
    }
  };
}

/** The occupation group both share, named in the reader's language (or the one the data has). */
function renderGroup(reason: ReasonView, lang: string): TemplateResult | typeof nothing {
  const group = reason.kind !== 'other' ? reason.group : undefined;
  const named = group && groupNameFor(group, lang);
  if (!group || !named) return nothing;
  return html`<span class="reason__detail" part="reason-group" lang=${named.lang} dir="ltr"
    >${group.code} ${named.name}</span
  >`;
}

export function renderReasons(
  view: MatchView,
  context: RenderContext,
): TemplateResult | typeof nothing {
  const { localize, layout } = context;
  const reasons = layout === 'compact' ? view.reasons.slice(0, COMPACT_REASONS) : view.reasons;
  if (reasons.length === 0) return nothing;
  return html`<div class="section reasons" part="reasons">
    <h3 id="reasons-title" class="section__title">${localize.term('matchReasonsTitle')}</h3>
    <ul class="reason-list">
      ${reasons.map((reason) => {
        const title =
          reason.kind === 'other'
            ? reason.title
            : localize.term('matchReason', { kind: reason.kind });
        const weight = formatPercent(reason.weight, context);
        return html`<li class="reason" part="reason">
          <span class="reason__title">${title}</span>
          <span class="reason__weight" part="reason-weight"
            >${localize.term('matchReasonWeight', { weight })}</span
          >
          <span class="reason__bar" part="reason-bar" aria-hidden="true"
            ><span class="reason__fill" ${ref(setWeight(reason.weight))}></span
          ></span>
          ${
            layout === 'full' && reason.kind !== 'other' && reason.detail
              ? html`<span class="reason__detail">${reason.detail}</span>`
              : renderGroup(reason, localize.lang)
          }
        </li>`;
      })}
    </ul>
  </div>`;
}

export function renderProgress(
  view: MatchView,
  context: RenderContext,
): TemplateResult | typeof nothing {
  const { localize, timeZone } = context;
  const { meetings, nextMeeting, startedAt } = view;
  if (!meetings && nextMeeting === undefined && startedAt === undefined) return nothing;
  const dateTime = (iso: string) =>
    localize.formatDate(iso, { dateStyle: 'full', timeStyle: 'short', timeZone });
  const meetingsText =
    meetings === undefined
      ? ''
      : meetings.planned === undefined
        ? localize.term('matchMeetingsHeldOnly', { held: meetings.held })
        : localize.term('matchMeetingsHeld', { held: meetings.held, planned: meetings.planned });
  return html`<dl class="section schedule" part="schedule">
    ${
      meetings
        ? html`<div class="fact meetings" part="meetings">
            <dt id="meetings-label">${localize.term('matchMeetings')}</dt>
            <dd>
              ${
                meetings.planned !== undefined && meetings.planned > 0
                  ? html`<progress
                      part="progress"
                      max=${meetings.planned}
                      .value=${Math.min(meetings.held, meetings.planned)}
                      aria-labelledby="meetings-label"
                      aria-describedby="meetings-text"
                    ></progress>`
                  : nothing
              }
              <span id="meetings-text">${meetingsText}</span>
            </dd>
          </div>`
        : nothing
    }
    ${
      nextMeeting !== undefined
        ? html`<div class="fact" part="next-meeting">
            <dt>${localize.term('matchNextMeeting')}</dt>
            <dd><time datetime=${nextMeeting}>${dateTime(nextMeeting)}</time></dd>
          </div>`
        : nothing
    }
    ${
      startedAt !== undefined && context.layout === 'full'
        ? html`<div class="fact" part="started">
            <dt>${localize.term('matchStartedAt')}</dt>
            <dd>
              <time datetime=${startedAt}
                >${localize.formatDate(startedAt, { dateStyle: 'long', timeZone })}</time
              >
            </dd>
          </div>`
        : nothing
    }
  </dl>`;
}
