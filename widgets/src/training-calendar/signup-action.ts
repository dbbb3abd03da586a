/**
 * What "Sign up" does for an event: fill in a signup form on the page (`signup-for`), open an
 * address (`signup-url` with `{uid}`, else the event's own `signupUrl`), or nothing; closed when
 * the event is cancelled or full. Also the move to the form itself.
 */
import type { TrainingEvent } from '@mentorkit/core';
import { webHref } from '@mentorkit/core/web-url';
import { isFull } from './event-time.ts';

export type SignupAction =
  | { kind: 'form'; formId: string }
  | { kind: 'link'; href: string }
  | { kind: 'closed'; reason: 'full' | 'cancelled' }
  | { kind: 'none' };

export interface SignupOptions {
  /** The calendar's `signup-for`: the id of an `mk-signup-form`. */
  signupFor?: string;
  /** The calendar's `signup-url`, a template with `{uid}`. */
  signupUrl?: string;
  /** What relative addresses are resolved against (the page's base URI). */
  baseUri: string;
}

export function signupActionFor(event: TrainingEvent, options: SignupOptions): SignupAction {
  let action: SignupAction = { kind: 'none' };
  if (options.signupFor) {
    action = { kind: 'form', formId: options.signupFor };
  } else {
    const fromTemplate = options.signupUrl
      ? webHref(
          options.signupUrl.replaceAll('{uid}', encodeURIComponent(event.uid)),
          options.baseUri,
        )
      : undefined;
    const href =
      fromTemplate ?? (event.signupUrl ? webHref(event.signupUrl, options.baseUri) : undefined);
    if (href) action = { kind: 'link', href };
  }
  if (action.kind === 'none') return action;
  if (event.status === 'cancelled') return { kind: 'closed', reason: 'cancelled' };
  if (isFull(event)) return { kind: 'closed', reason: 'full' };
  return action;
}

export type SignupForm = HTMLElement & {
  training?: string;
  trainingTitle?: string;
  /** A Lit element's next render (an `mk-signup-form`). */
  updateComplete?: Promise<unknown>;
};

/** The element with id `formId` in the calendar's own tree, else in the document. */
export function findSignupForm(calendar: Element, formId: string): SignupForm | null {
  const root = calendar.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(formId) ?? document.getElementById(formId);
}

/** Fills `form` with the event and moves focus to it, once it shows the event. */
export async function fillSignupForm(form: SignupForm, event: TrainingEvent): Promise<void> {
  // Properties and attributes both, so that a form not yet upgraded gets them too.
  form.training = event.uid;
  form.trainingTitle = event.title;
  form.setAttribute('training', event.uid);
  form.setAttribute('training-title', event.title);
  // The form names the chosen training on its next render, and its focus() goes to that line.
  // Focused before that render, focus landed on the first field and the line, added after it,
  // was never read (issue 24). The wait is a microtask: focus is never left on the page.
  await form.updateComplete;
  form.scrollIntoView?.({ block: 'start' });
  form.focus();
  if (!form.matches(':focus-within')) {
    // A form element that is not focusable itself: make it a focus target for this move.
    if (!form.hasAttribute('tabindex')) form.setAttribute('tabindex', '-1');
    form.focus();
  }
}
