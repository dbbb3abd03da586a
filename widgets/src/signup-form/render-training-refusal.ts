/**
 * What the form says when the server refused the training the person signs up for (full,
 * cancelled, or no longer offered): why, the next date with a free place when the server named
 * one, and two ways on that keep everything the person wrote: that date instead, or the signup
 * without a training. Only a sent submission can be refused, so this comes with checks.ts.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { registerMessages } from '../locales/index.ts';
import type { LocalizeController } from '../shared/localize-controller.ts';
import type { SignupFormMessages } from './locales/sv.ts';
import { signupMatchingMessages } from './matching-locales/index.ts';
import type { TrainingDate, TrainingRefusal } from './training-refusal.ts';

export interface TrainingRefusalActions {
  /** Sign up for `next` instead; `label` names it (title and date) in the form's language. */
  readonly choose: (next: TrainingDate, label: string) => void;
  /** Send the signup without a training. */
  readonly withoutTraining: () => void;
}

const REASON_KEYS = {
  full: 'signupTrainingFull',
  cancelled: 'signupTrainingCancelled',
  unknown: 'signupTrainingUnknown',
  'other-programme': 'signupTrainingOtherProgramme',
} as const;

/** The date and time of `next` in its own zone, as the person reads dates. */
function dateText(next: TrainingDate, localize: LocalizeController): string {
  return localize.formatDate(next.start, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: next.timeZone,
  });
}

export function renderTrainingRefusal(
  refusal: TrainingRefusal,
  localize: LocalizeController<SignupFormMessages>,
  actions: TrainingRefusalActions,
): TemplateResult {
  registerMessages(signupMatchingMessages);
  const { next } = refusal;
  const date = next && dateText(next, localize);
  // Another programme's training has no later date in this form's programme to look for: its
  // message says by itself that the input is kept.
  const looksForDates = refusal.reason !== 'other-programme';
  return html`<div
    class="notice notice--warning training-refusal"
    part="training-refusal"
    role="group"
    aria-labelledby="training-refusal-reason"
    aria-describedby=${looksForDates ? 'training-refusal-next' : nothing}
    tabindex="-1"
  >
    <p id="training-refusal-reason" class="training-refusal__reason">
      ${localize.term(REASON_KEYS[refusal.reason])}
    </p>
    ${
      looksForDates
        ? html`<p id="training-refusal-next">
            ${
              date
                ? localize.term('signupTrainingNext', { date })
                : localize.term('signupTrainingNoNext')
            }
          </p>`
        : nothing
    }
    ${
      next && date
        ? html`<button
            type="button"
            class="primary"
            part="training-next"
            @click=${() => actions.choose(next, `${next.title}, ${date}`)}
          >
            ${localize.term('signupTrainingChooseNext', { date })}
          </button>`
        : ''
    }
    <button type="button" part="training-without" @click=${actions.withoutTraining}>
      ${localize.term('signupTrainingWithout')}
    </button>
  </div>`;
}
