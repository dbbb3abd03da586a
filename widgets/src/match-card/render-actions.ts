/**
 * The card's answers: Accept, Decline (asked first, with an optional reason when the answer is
 * sent to a backend) and Contact, and what became of an answer (sending, accepted, declined, a
 * failure with Try again), announced in a live region that takes focus. In the card's lazy
 * module, so that the entry carries only the handlers.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { MatchProfile } from '@mentorkit/core';
import type { CardActions, CardContext } from './render-card.ts';
import type { MatchView } from './view-model.ts';

/** Statuses in which the two may reach each other. */
const CONTACT_STATUSES = new Set(['active', 'paused', 'completed']);

export function renderActions(
  view: MatchView,
  profile: MatchProfile,
  context: CardContext,
): TemplateResult | typeof nothing {
  const { actions } = context;
  if (!actions || view.audience === 'public') return nothing;
  if (!actions.answer) return renderButtons(view, profile, actions, context);
  // While sending or after a failure, the answer is all there is; once done, what is left to
  // do (Contact) follows its outcome.
  const outcome = renderAnswer(profile, actions, context);
  if (actions.answer.phase !== 'done') return outcome;
  return html`${outcome}${renderButtons(view, profile, actions, context)}`;
}

function renderButtons(
  view: MatchView,
  profile: MatchProfile,
  actions: CardActions,
  context: CardContext,
): TemplateResult {
  const { localize } = context;
  const canRespond = view.status === 'proposed';
  const viewerAccepted =
    profile.viewer !== undefined && (profile.acceptedBy ?? []).includes(profile.viewer);
  // A backend's card offers only the answers it has an address for.
  const sendsAnswers = profile.actions !== undefined;
  const canAccept = canRespond && !viewerAccepted && (!sendsAnswers || !!profile.actions?.accept);
  const canDecline = canRespond && (!sendsAnswers || !!profile.actions?.decline);
  if (actions.confirmingDecline && canDecline) return renderDeclineConfirmation(actions, context);
  return html`<div
    class="actions"
    part="actions"
    role="group"
    aria-label=${localize.term('matchActions')}
  >
    ${
      canRespond && viewerAccepted && !actions.answer
        ? html`<p part="answer-status">${localize.term('matchAcceptedWaiting')}</p>`
        : nothing
    }
    <div class="actions__buttons">
      ${
        canAccept
          ? html`<button
              type="button"
              class="primary"
              part="accept-button"
              @click=${actions.onAccept}
            >
              ${localize.term('matchAccept')}
            </button>`
          : nothing
      }
      ${
        canDecline
          ? html`<button type="button" part="decline-button" @click=${actions.onDecline}>
              ${localize.term('matchDecline')}
            </button>`
          : nothing
      }
      <button
        type="button"
        part="contact-button"
        aria-expanded=${view.audience === 'participant' ? String(actions.contactOpen) : nothing}
        @click=${actions.onContact}
      >
        ${localize.term('matchContact')}
      </button>
    </div>
    ${
      actions.contactOpen && view.audience === 'participant'
        ? renderContact(profile, context)
        : nothing
    }
  </div>`;
}

function renderDeclineConfirmation(actions: CardActions, context: CardContext): TemplateResult {
  const { localize } = context;
  return html`<div
    class="actions confirm"
    part="actions decline-confirmation"
    role="group"
    aria-labelledby="decline-question"
    @keydown=${actions.onConfirmKeydown}
  >
    <p class="confirm__question" id="decline-question" tabindex="-1">
      ${localize.term('matchDeclineQuestion')}
    </p>
    ${
      actions.sendsAnswers
        ? html`<label class="confirm__reason" part="decline-reason">
            <span>${localize.term('matchDeclineReason')}</span>
            <textarea
              rows="3"
              maxlength="500"
              .value=${actions.declineReason}
              @input=${actions.onReasonInput}
            ></textarea>
          </label>`
        : nothing
    }
    <div class="actions__buttons">
      <button
        type="button"
        class="danger"
        part="confirm-decline-button"
        @click=${actions.onConfirmDecline}
      >
        ${localize.term('matchDeclineConfirm')}
      </button>
      <button type="button" part="cancel-decline-button" @click=${actions.onCancelDecline}>
        ${localize.term('cancel')}
      </button>
    </div>
  </div>`;
}

/** Sending, the outcome, or the failure with Try again; focus comes here (#answer). */
function renderAnswer(
  profile: MatchProfile,
  actions: CardActions,
  context: CardContext,
): TemplateResult {
  const { localize } = context;
  const answer = actions.answer!;
  let message: string;
  if (answer.phase === 'sending') message = localize.term('matchSending');
  else if (answer.phase === 'failed') message = localize.term('matchAnswerFailed');
  else if (answer.step === 'decline') message = localize.term('matchDeclinedDone');
  else if (profile.status === 'active') message = localize.term('matchAcceptedActive');
  else message = localize.term('matchAcceptedWaiting');
  return html`<div class="actions answer">
    <p
      id="answer"
      tabindex="-1"
      part="answer-status answer-${answer.phase}"
      role=${answer.phase === 'failed' ? 'alert' : 'status'}
    >
      ${message}
    </p>
    ${
      answer.phase === 'failed'
        ? html`<div class="actions__buttons">
            <button type="button" part="retry-answer-button" @click=${actions.onRetryAnswer}>
              ${localize.term('retry')}
            </button>
            <button type="button" part="cancel-answer-button" @click=${actions.onCancelAnswer}>
              ${localize.term('cancel')}
            </button>
          </div>`
        : nothing
    }
  </div>`;
}

/** The other person's contact details: there only once both have accepted. */
function renderContact(profile: MatchProfile, context: CardContext): TemplateResult {
  const { localize } = context;
  const people = [profile.mentor, profile.mentee].filter(
    (person) => person.email !== undefined || person.phone !== undefined,
  );
  if (!CONTACT_STATUSES.has(profile.status) || people.length === 0) {
    return html`<p part="contact-details" role="status">${localize.term('matchContactLater')}</p>`;
  }
  return html`<div part="contact-details" role="status">
    <dl class="contact">
      ${people.map(
        (person) =>
          html`<dt>${person.displayName}</dt>
            ${
              person.email !== undefined
                ? html`<dd>
                    <a href=${`mailto:${person.email}`} part="contact-link">${person.email}</a>
                  </dd>`
                : nothing
            }
            ${
              person.phone !== undefined
                ? html`<dd>
                    <a href=${`tel:${person.phone.replace(/[^\d+]/g, '')}`} part="contact-link"
                      >${person.phone}</a
                    >
                  </dd>`
                : nothing
            }`,
      )}
    </dl>
  </div>`;
}
