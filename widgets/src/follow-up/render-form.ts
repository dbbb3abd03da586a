/**
 * The follow-up's views once a questionnaire is there: the form (its heading, the questions of
 * the role, the error summary, a failed send, the submit button), the thanks, and the note that
 * it was answered before. They come with checks.ts, not in the widget's entry: the questionnaire
 * is shown only once checked, so the form never appears before this module anyway.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { FollowUpQuestionnaire } from '@mentorkit/core';
import { isOffline } from '../shared/data-controller.ts';
import { renderFailure } from '../shared/data-state.ts';
import type { LocalizeController } from '../shared/localize-controller.ts';
import type { FieldErrors } from './field-error.ts';
import type { FollowUpMessages } from './locales/sv.ts';
import {
  HELPED_CHOICES,
  MENTOR_AGAIN_CHOICES,
  STILL_MEETING_CHOICES,
  WORK_SITUATION_CHOICES,
  shownFields,
} from './questions.ts';
import type { FollowUpField, FollowUpRole, FollowUpValues } from './questions.ts';
import {
  commentField,
  errorSummary,
  hoursField,
  radioGroup,
  sinceField,
} from './render-questions.ts';
import type { PlainKey, QuestionContext } from './render-questions.ts';

export { followUpStyles } from './follow-up.styles.ts';

/** What the element's state is, and what it does when the person acts. */
export interface FormView {
  readonly localize: LocalizeController<FollowUpMessages>;
  readonly questionnaire: FollowUpQuestionnaire;
  /** The page's programme name, which wins over the questionnaire's. */
  readonly programmeName: string | undefined;
  readonly values: FollowUpValues;
  readonly errors: FieldErrors;
  readonly showSummary: boolean;
  /** Answered before: the new answers replace the old. */
  readonly changing: boolean;
  readonly phase: 'form' | 'sending' | 'failed';
  readonly sendFailure: 'network' | 'timeout' | 'http';
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly onInput: (event: Event) => void;
  readonly onRetry: () => void;
}

/** Each question's label, for the error summary. */
function labelKey(field: FollowUpField, role: FollowUpRole): PlainKey {
  switch (field) {
    case 'workSituation':
      return 'followUpWorkSituation';
    case 'weeklyHours':
      return 'followUpWeeklyHours';
    case 'since':
      return 'followUpSince';
    case 'helped':
      return role === 'mentor' ? 'followUpHelpedMentor' : 'followUpHelpedMentee';
    case 'stillMeeting':
      return 'followUpStillMeeting';
    case 'mentorAgain':
      return 'followUpMentorAgain';
    case 'comment':
      return 'followUpComment';
  }
}

function renderQuestion(field: FollowUpField, role: FollowUpRole, context: QuestionContext) {
  const label = labelKey(field, role);
  switch (field) {
    case 'workSituation':
      return radioGroup(field, label, WORK_SITUATION_CHOICES, context);
    case 'weeklyHours':
      return hoursField(context);
    case 'since':
      return sinceField(context);
    case 'helped':
      return radioGroup(field, label, HELPED_CHOICES, context);
    case 'stillMeeting':
      return radioGroup(field, label, STILL_MEETING_CHOICES, context);
    case 'mentorAgain':
      return radioGroup(field, label, MENTOR_AGAIN_CHOICES, context);
    case 'comment':
      return commentField(context);
  }
}

/** Every attempt to send failed: the answers stay, and "Try again" sends them again. */
function renderSendError(view: FormView): TemplateResult {
  const { localize } = view;
  const offline = view.sendFailure === 'network' && isOffline();
  const text = {
    title: localize.term('followUpSendErrorTitle'),
    body: localize.term(offline ? 'followUpSendErrorBody' : 'followUpSendErrorUnreachableBody'),
  };
  return html`<div class="send-error">${renderFailure(text, localize, view.onRetry)}</div>`;
}

export function renderForm(view: FormView): TemplateResult {
  const { localize, questionnaire } = view;
  const { role } = questionnaire;
  const context: QuestionContext = {
    localize,
    values: view.values,
    errors: view.errors,
    today: new Date(),
  };
  const fields = shownFields(role, view.values);
  const sending = view.phase === 'sending';
  const programme = view.programmeName || questionnaire.programmeName;
  const labels = new Map(fields.map((field) => [field, localize.term(labelKey(field, role))]));
  return html`<form
    part="form"
    novalidate
    lang=${localize.lang}
    aria-labelledby="mk-fu-title"
    aria-busy=${sending ? 'true' : 'false'}
    @submit=${view.onSubmit}
    @input=${view.onInput}
    @change=${view.onInput}
  >
    <div class="intro">
      <h2 class="title" part="title" id="mk-fu-title" tabindex="-1">
        ${localize.term('followUpTitle', { months: questionnaire.monthsAfterStart })}
      </h2>
      ${
        programme
          ? html`<p class="programme">${localize.term('followUpProgramme', { programme })}</p>`
          : nothing
      }
      <p part="intro">
        ${localize.term(role === 'mentor' ? 'followUpIntroMentor' : 'followUpIntroMentee')}
        ${
          questionnaire.expiresAt
            ? localize.term('followUpAnswerBy', {
                date: localize.formatDate(questionnaire.expiresAt, { dateStyle: 'long' }),
              })
            : nothing
        }
      </p>
      ${view.changing ? html`<p>${localize.term('followUpChangeNote')}</p>` : nothing}
    </div>
    ${view.showSummary && view.errors.size > 0 ? errorSummary(labels, context) : nothing}
    ${fields.map((field) => renderQuestion(field, role, context))}
    ${view.phase === 'failed' ? renderSendError(view) : nothing}
    <div class="actions">
      <button
        class="primary"
        part="submit"
        type="submit"
        aria-disabled=${sending ? 'true' : 'false'}
      >
        ${sending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
        ${localize.term(sending ? 'followUpSending' : 'followUpSubmit')}
      </button>
      <span class="visually-hidden" role="status"
        >${sending ? localize.term('followUpSending') : ''}</span
      >
    </div>
  </form>`;
}

/** The answers are stored: thanks, in a live region that takes focus. */
export function renderThanks(localize: LocalizeController<FollowUpMessages>): TemplateResult {
  return html`<div class="note" part="thanks" tabindex="-1" role="status">
    <p class="note__title">${localize.term('followUpThanksTitle')}</p>
    <p>${localize.term('followUpThanksBody')}</p>
  </div>`;
}

/** Answered before: when, and "Change my answers". */
export function renderAnswered(
  localize: LocalizeController<FollowUpMessages>,
  answeredAt: string,
  onChange: () => void,
): TemplateResult {
  return html`<div class="note" part="answered">
    <p class="note__title">${localize.term('followUpAnsweredTitle')}</p>
    <p>
      ${localize.term('followUpAnsweredBody', {
        date: localize.formatDate(answeredAt, { dateStyle: 'long' }),
      })}
    </p>
    <div>
      <button type="button" part="change-button" @click=${onChange}>
        ${localize.term('followUpChange')}
      </button>
    </div>
  </div>`;
}
