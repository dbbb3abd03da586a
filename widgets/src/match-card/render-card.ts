/**
 * Everything `<mk-match-card>` needs to show a loaded profile: checking it against the
 * schema (zod, in validate-profile.ts), the view by audience (view-model.ts), the templates
 * and their styles. The card loads this module with `import()` as it connects, so that it
 * arrives while the profile is fetched and the loading state shows; the card's entry holds
 * the element, its states and its messages only.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { MatchProfile } from '@mentorkit/core';
import type { MatchAudience } from './attributes.ts';
import type { RenderContext } from './render-context.ts';
import { formatPercent, renderGoals, renderProgress, renderReasons } from './render-details.ts';
import { renderPerson } from './render-person.ts';
import { renderActions } from './render-actions.ts';
import { firstName, matchView } from './view-model.ts';
import type { MatchView } from './view-model.ts';

export { validateProfile } from './validate-profile.ts';
export { sendAnswer } from './send-answer.ts';
export { matchCardStyles } from './match-card.styles.ts';

export type AnswerStep = 'accept' | 'decline';

/** An answer sent to the backend (the profile's `actions`), and what became of it. */
export interface AnswerState {
  step: AnswerStep;
  phase: 'sending' | 'done' | 'failed';
}

/** What the element handles itself: the answers to the match. */
export interface CardActions {
  /** The decline is waiting for its confirmation. */
  confirmingDecline: boolean;
  /** The profile says where to send answers: the decline asks for an optional reason. */
  sendsAnswers: boolean;
  declineReason: string;
  answer: AnswerState | undefined;
  /** Contact was pressed (participant audience: the other person's details, or when). */
  contactOpen: boolean;
  onReasonInput: (event: Event) => void;
  onRetryAnswer: () => void;
  onCancelAnswer: () => void;
  onAccept: () => void;
  onDecline: () => void;
  onContact: () => void;
  onConfirmDecline: () => void;
  onCancelDecline: () => void;
  onConfirmKeydown: (event: KeyboardEvent) => void;
}

export interface CardContext extends RenderContext {
  audience: MatchAudience;
  /** Shown when the element has `actions`. */
  actions: CardActions | undefined;
}

/** The card for `profile` as `context.audience` may see it. */
export function renderCard(profile: MatchProfile, context: CardContext): TemplateResult {
  const view = matchView(profile, context.audience);
  const { layout } = context;
  return html`<article
    class="card card--${layout}"
    part="card"
    aria-labelledby="card-title"
    tabindex="-1"
  >
    ${renderHeader(view, context)}
    <div class="people">
      ${renderPerson(view.mentor, context)} ${renderPerson(view.mentee, context)}
    </div>
    ${layout === 'full' ? renderGoals(view, context) : nothing} ${renderReasons(view, context)}
    ${renderProgress(view, context)} ${renderActions(view, profile, context)}
  </article>`;
}

function renderHeader(view: MatchView, context: RenderContext): TemplateResult {
  const { localize } = context;
  const { mentor, mentee } = view;
  let title: string;
  if (view.audience === 'public' || mentor.name === undefined || mentee.name === undefined) {
    title = localize.term('matchPublicTitle');
  } else if (view.audience === 'participant') {
    title = localize.term('matchGreeting', {
      mentee: firstName(mentee.name),
      mentor: firstName(mentor.name),
    });
  } else {
    title = localize.formatList([mentor.name, mentee.name]);
  }
  return html`<header class="header" part="header">
    <h2 class="title" part="title" id="card-title">${title}</h2>
    ${
      view.audience === 'participant' && context.layout === 'full'
        ? html`<p class="intro">${localize.term('matchGreetingBody')}</p>`
        : nothing
    }
    ${
      view.status !== undefined || view.score !== undefined
        ? html`<p class="meta">
            ${
              view.status !== undefined
                ? html`<span class="status status--${view.status}" part="status"
                    >${localize.term('matchStatusLabel', {
                      status: localize.term('matchStatus', { status: view.status }),
                    })}</span
                  >`
                : nothing
            }
            ${
              view.score !== undefined
                ? html`<span class="score" part="score"
                    >${localize.term('matchScore', { score: formatPercent(view.score, context) })}</span
                  >`
                : nothing
            }
          </p>`
        : nothing
    }
  </header>`;
}
