/**
 * The events of `<mk-signup-form>`, typed for `addEventListener` through
 * `GlobalEventHandlersEventMap`. All bubble and are composed; each follows something the
 * person did (a submit), never a property set from code.
 */
import type { SignupSubmission } from '@mentorkit/core';
import type { ServerFieldError } from '../shared/send/problem.ts';

export interface MkSignupSubmitDetail {
  /** The validated submission, exactly as it would be sent. */
  readonly submission: SignupSubmission;
}

export interface MkSignupSuccessDetail {
  readonly submission: SignupSubmission;
  /** The HTTP status: 2xx, or 409 when the server had stored this draft before. */
  readonly status: number;
  /** Whether the server said it had this signup already (409 with the same key). */
  readonly duplicate: boolean;
}

export interface MkSignupErrorDetail {
  readonly submission: SignupSubmission;
  /**
   * `fields`: the server rejected fields (shown at them); `network`, `timeout`, `http`: every
   * attempt failed (the input is kept and "Try again" is offered).
   */
  readonly kind: 'fields' | 'network' | 'timeout' | 'http';
  readonly status?: number;
  readonly errors?: readonly ServerFieldError[];
}

export type MkSignupSubmitEvent = CustomEvent<MkSignupSubmitDetail>;
export type MkSignupSuccessEvent = CustomEvent<MkSignupSuccessDetail>;
export type MkSignupErrorEvent = CustomEvent<MkSignupErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    /** Cancelable: cancel it to handle the submission yourself (nothing is then sent). */
    'mk-signup-submit': MkSignupSubmitEvent;
    'mk-signup-success': MkSignupSuccessEvent;
    'mk-signup-error': MkSignupErrorEvent;
  }
}
