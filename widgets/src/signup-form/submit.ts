/**
 * What happens when a person submits the form, once checks.ts is there (this module comes with
 * it, so the form's first load does not carry it): validate, treat a suspected bot calmly, let
 * the page take over (`mk-signup-submit` is cancelable), send to the endpoint, and tell the
 * page and the person how it ended. The form says how it shows each step (`SubmittingForm`).
 */
import type { SignupSubmission } from '@mentorkit/core';
import { isOffline } from '../shared/data-controller.ts';
import { emit } from '../shared/events.ts';
import type { SubmissionContext } from './build-submission.ts';
import { CONSENT_PATH } from './field-paths.ts';
import type { FormValues } from './form-values.ts';
import { sendSignup } from './send-signup.ts';
import type { SendOptions } from './send-signup.ts';
import type { TrainingRefusal } from './training-refusal.ts';
import { serverErrors } from './server-errors.ts';
import { validateForm } from './validation.ts';
import type { AnswerShape, FieldError } from './validation.ts';

/** What the person sees after each step. */
export type SubmitView =
  /** The form's own checks or the server found errors: at the fields, and in a summary. */
  | { readonly step: 'errors'; readonly errors: ReadonlyMap<string, FieldError> }
  /** The training cannot be signed up for (full, cancelled, unknown): the input stays. */
  | { readonly step: 'training'; readonly refusal: TrainingRefusal }
  /** Valid: any errors shown before are gone. */
  | { readonly step: 'valid' }
  | { readonly step: 'sending' }
  /** Stored by the server (`stored`), or a suspected bot told the same (nothing was sent). */
  | { readonly step: 'success'; readonly stored: boolean }
  /** The form went away while sending: back to editing, nothing shown. */
  | { readonly step: 'aborted' }
  /** Every attempt failed (no network, no answer in time, or a status): the input stays. */
  | { readonly step: 'failed'; readonly kind: 'network' | 'timeout' | 'http' };

export interface SubmittingForm {
  /** The element the `mk-signup-*` events are fired on. */
  readonly element: HTMLElement;
  readonly values: FormValues;
  readonly context: SubmissionContext;
  readonly shapes: ReadonlyMap<string, AnswerShape>;
  /** The honeypot was filled in, or the form was sent sooner than a person could. */
  readonly suspectedBot: boolean;
  /** Where and how to send; `undefined` when the form has no endpoint (the page sends). */
  readonly request: Omit<SendOptions, 'body' | 'idempotencyKey' | 'signal'> | undefined;
  /** Aborts the send when the form goes away. */
  readonly signal: AbortSignal;
  /** Shows a step; resolves once it is on screen (with focus where the person needs it). */
  show(view: SubmitView): Promise<void>;
}

export async function submitSignup(form: SubmittingForm): Promise<void> {
  const { submission, errors } = validateForm(form.values, form.context, form.shapes);
  if (!submission) {
    await form.show({ step: 'errors', errors });
    return;
  }
  await form.show({ step: 'valid' });
  if (form.suspectedBot) {
    // The same calm answer a person gets, and nothing is sent.
    await form.show({ step: 'success', stored: false });
    return;
  }
  if (!emit(form.element, 'mk-signup-submit', { submission }, { cancelable: true })) return;
  if (form.request) await send(form, form.request, submission);
}

async function send(
  form: SubmittingForm,
  request: NonNullable<SubmittingForm['request']>,
  submission: SignupSubmission,
): Promise<void> {
  await form.show({ step: 'sending' });
  const outcome = await sendSignup({
    ...request,
    body: submission,
    idempotencyKey: submission.draftId,
    signal: form.signal,
  });
  if (outcome.ok) {
    await form.show({ step: 'success', stored: true });
    emit(form.element, 'mk-signup-success', {
      submission,
      status: outcome.status,
      duplicate: outcome.duplicate,
    });
    return;
  }
  if (outcome.kind === 'aborted') {
    await form.show({ step: 'aborted' });
    return;
  }
  if (outcome.kind === 'fields') {
    const fields = [...form.shapes.keys(), CONSENT_PATH];
    emit(form.element, 'mk-signup-error', {
      submission,
      kind: 'fields',
      status: outcome.status,
      errors: outcome.errors,
    });
    await form.show(
      outcome.training
        ? { step: 'training', refusal: outcome.training }
        : { step: 'errors', errors: serverErrors(outcome.errors, fields) },
    );
    return;
  }
  explainFailure(request.endpoint, outcome.kind, outcome.status);
  emit(
    form.element,
    'mk-signup-error',
    outcome.status === undefined
      ? { submission, kind: outcome.kind }
      : { submission, kind: outcome.kind, status: outcome.status },
  );
  await form.show({ step: 'failed', kind: outcome.kind });
}

/** Tells the page's developer what most likely went wrong: the person only sees a calm message. */
function explainFailure(
  endpoint: string | URL,
  kind: 'network' | 'timeout' | 'http',
  status: number | undefined,
): void {
  const where = `[mentorkit] <mk-signup-form> could not send to ${String(endpoint)}`;
  if (kind === 'http' && status !== undefined && status >= 400 && status < 500) {
    console.error(
      `${where}: it answered ${status}. Is endpoint the backend's /api/signups, as an absolute URL on a partner's site?`,
    );
  } else if (kind === 'network' && !isOffline()) {
    console.error(
      `${where}: no answer reached the page. Is the server up, and does it allow this page's origin (CORS, MENTORKIT_CORS_ORIGINS)?`,
    );
  }
}
