/**
 * The events `<mk-follow-up>` fires, typed for `addEventListener` through
 * `GlobalEventHandlersEventMap`. All bubble and are composed; each follows something the person
 * did (a submit), never a property set from code:
 *
 * ```js
 * followUp.addEventListener('mk-follow-up-submitted', (event) => log(event.detail.answers));
 * ```
 */
import type { FollowUpAnswers, FollowUpQuestionnaire } from '@mentorkit/core';
import type { ServerFieldError } from '../shared/send/problem.ts';

export interface MkFollowUpSubmitDetail {
  /** The checked answers, exactly as they would be sent. */
  readonly answers: FollowUpAnswers;
}

export interface MkFollowUpSubmittedDetail {
  readonly answers: FollowUpAnswers;
  /** The HTTP status of the answer that stored them (2xx). */
  readonly status: number;
  /** The questionnaire as the server stored it (`answeredAt` set), when it sent one back. */
  readonly questionnaire?: FollowUpQuestionnaire;
}

export interface MkFollowUpErrorDetail {
  readonly answers: FollowUpAnswers;
  /**
   * `fields`: the server refused answers (shown at their questions); `expired`: the link has
   * expired or was withdrawn (410); `network`, `timeout`, `http`: every attempt failed (the
   * answers are kept and "Try again" is offered).
   */
  readonly kind: 'fields' | 'expired' | 'network' | 'timeout' | 'http';
  readonly status?: number;
  readonly errors?: readonly ServerFieldError[];
}

export type MkFollowUpSubmitEvent = CustomEvent<MkFollowUpSubmitDetail>;
export type MkFollowUpSubmittedEvent = CustomEvent<MkFollowUpSubmittedDetail>;
export type MkFollowUpErrorEvent = CustomEvent<MkFollowUpErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    /** Cancelable: cancel it to handle the answers yourself (nothing is then sent). */
    'mk-follow-up-submit': MkFollowUpSubmitEvent;
    'mk-follow-up-submitted': MkFollowUpSubmittedEvent;
    'mk-follow-up-error': MkFollowUpErrorEvent;
  }
}
