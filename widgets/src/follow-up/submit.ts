/**
 * What happens when a person sends the follow-up, once checks.ts is there: check the answers,
 * let the page take over (`mk-follow-up-submit` is cancelable), send them, and tell the page and
 * the person how it ended. The element says how it shows each step (`SubmittingFollowUp.show`).
 */
import type { FollowUpAnswers, FollowUpQuestionnaire } from '@mentorkit/core';
import { emit } from '../shared/events.ts';
import type { FieldErrors } from './field-error.ts';
import type { FollowUpRole, FollowUpValues } from './questions.ts';
import { sendAnswers } from './send-answers.ts';
import { serverErrors, storedQuestionnaire, validateAnswers } from './validate.ts';

/** What the person sees after each step. */
export type SubmitView =
  /** The answers' checks or the server found errors: at the questions, and in a summary. */
  | { readonly step: 'errors'; readonly errors: FieldErrors }
  | { readonly step: 'valid' }
  | { readonly step: 'sending' }
  /** Stored (or, without an endpoint, handed to the page through the event). */
  | { readonly step: 'submitted'; readonly questionnaire?: FollowUpQuestionnaire }
  /** The link has expired or was withdrawn (410). */
  | { readonly step: 'expired' }
  /** The widget went away while sending: nothing shown. */
  | { readonly step: 'aborted' }
  /** Every attempt failed: the answers stay, with "Try again". */
  | { readonly step: 'failed'; readonly kind: 'network' | 'timeout' | 'http' };

export interface SubmittingFollowUp {
  /** The element the `mk-follow-up-*` events are fired on. */
  readonly element: HTMLElement;
  readonly role: FollowUpRole;
  readonly values: FollowUpValues;
  /** Where to POST; `undefined` when the page has neither `endpoint` nor `src`. */
  readonly endpoint: URL | undefined;
  readonly timeout: number;
  readonly retryDelays: readonly number[];
  readonly signal: AbortSignal;
  show(view: SubmitView): Promise<void>;
}

export async function submitFollowUp(form: SubmittingFollowUp): Promise<void> {
  const { answers, errors } = validateAnswers(form.role, form.values);
  if (!answers) {
    await form.show({ step: 'errors', errors });
    return;
  }
  await form.show({ step: 'valid' });
  if (!emit(form.element, 'mk-follow-up-submit', { answers }, { cancelable: true })) return;
  if (!form.endpoint) {
    // Nowhere to send: the event carried the answers to the page, which stores them.
    await form.show({ step: 'submitted' });
    return;
  }
  await send(form, form.endpoint, answers);
}

async function send(form: SubmittingFollowUp, endpoint: URL, answers: FollowUpAnswers) {
  await form.show({ step: 'sending' });
  const outcome = await sendAnswers({
    endpoint,
    body: answers,
    timeout: form.timeout,
    retryDelays: form.retryDelays,
    signal: form.signal,
  });
  if (outcome.ok) {
    const questionnaire = storedQuestionnaire(outcome.body);
    await form.show(questionnaire ? { step: 'submitted', questionnaire } : { step: 'submitted' });
    emit(
      form.element,
      'mk-follow-up-submitted',
      questionnaire
        ? { answers, status: outcome.status, questionnaire }
        : { answers, status: outcome.status },
    );
    return;
  }
  switch (outcome.kind) {
    case 'aborted':
      await form.show({ step: 'aborted' });
      return;
    case 'fields':
      emit(form.element, 'mk-follow-up-error', {
        answers,
        kind: 'fields',
        status: outcome.status,
        errors: outcome.errors,
      });
      await form.show({
        step: 'errors',
        errors: serverErrors(outcome.errors, form.role, form.values),
      });
      return;
    case 'expired':
      emit(form.element, 'mk-follow-up-error', { answers, kind: 'expired', status: 410 });
      await form.show({ step: 'expired' });
      return;
    default:
      console.error(
        `[mentorkit] <mk-follow-up> could not send the answers to ${endpoint.href} (${outcome.kind}${
          outcome.status === undefined ? '' : ` ${outcome.status}`
        }). Is the server up, and does it allow this page's origin (CORS)?`,
      );
      emit(
        form.element,
        'mk-follow-up-error',
        outcome.status === undefined
          ? { answers, kind: outcome.kind }
          : { answers, kind: outcome.kind, status: outcome.status },
      );
      await form.show({ step: 'failed', kind: outcome.kind });
  }
}
