// The trainings as cards, soonest first as the API sends them: the title, when (in the
// training's own time zone, in the page's language), how it repeats in words, where, the
// programme by name and the status in words; Cancel asks once more, in the card, because a
// cancellation cannot be undone (the API has no way back, and calendars have been told).
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '@mentorkit/widgets/shared';
import type { Training } from '../api-types.ts';
import { readRepeatRule } from '../people/repeat-rule.ts';
import type { ProgrammeList } from './programme-field.ts';
import { programmeLine } from './programme-field.ts';
import type { TrainingsMessages } from './trainings-messages.ts';

type Localize = LocalizeController<TrainingsMessages>;

/** The zone the form's times are in: a training elsewhere says its zone. */
const HOME_ZONE = 'Europe/Stockholm';

export interface TrainingListView {
  localize: Localize;
  trainings: readonly Training[];
  programmes: ProgrammeList;
  /** The training whose cancellation is being asked about. */
  confirming: string | undefined;
  busy: boolean;
  onCancel(training: Training): void;
  onConfirm(training: Training): void;
  onKeep(training: Training): void;
}

/** The heading's id of a training's card (what the focus goes to after an action on it). */
export const trainingHeadingId = (uid: string): string => `training-${uid.replace(/[^\w-]/g, '_')}`;

function when(localize: Localize, training: Training): string {
  const timeZone = training.timeZone;
  const text = localize.term('trainingsWhen', {
    date: localize.formatDate(training.startsAt, { timeZone, dateStyle: 'full' }),
    start: localize.formatTime(training.startsAt, { timeZone }),
    end: localize.formatTime(training.endsAt, { timeZone }),
  });
  return timeZone === HOME_ZONE
    ? text
    : `${text} ${localize.term('trainingsZone', { zone: timeZone })}`;
}

function actions(view: TrainingListView, training: Training): TemplateResult {
  const term = view.localize.term.bind(view.localize);
  const title = training.title;
  if (view.confirming === training.uid) {
    return html`<div
      class="confirm"
      role="group"
      aria-labelledby="confirm-${trainingHeadingId(training.uid)}"
    >
      <p id="confirm-${trainingHeadingId(training.uid)}">
        ${term('trainingsConfirmCancel', { title })}
      </p>
      <div class="actions">
        <button
          type="button"
          class="danger confirm-cancel"
          aria-disabled=${view.busy ? 'true' : 'false'}
          @click=${() => view.onConfirm(training)}
        >
          ${term('trainingsConfirmYes')}
        </button>
        <button type="button" class="keep" @click=${() => view.onKeep(training)}>
          ${term('keepIt')}
        </button>
      </div>
    </div>`;
  }
  return html`<div class="actions">
    <button
      type="button"
      class="danger cancel"
      aria-label=${term('trainingsCancelNamed', { title })}
      @click=${() => view.onCancel(training)}
    >
      ${term('trainingsCancel')}
    </button>
  </div>`;
}

function card(view: TrainingListView, training: Training): TemplateResult {
  const { localize } = view;
  const term = localize.term.bind(localize);
  const cancelled = training.status === 'cancelled';
  const rule = training.rrule ? readRepeatRule(training.rrule) : undefined;
  const place = [training.location?.name, training.location?.address].filter(Boolean).join(', ');
  return html`<li
    class=${cancelled ? 'card cancelled' : 'card'}
    data-training-uid=${training.uid}
    aria-labelledby=${trainingHeadingId(training.uid)}
  >
    <h3 id=${trainingHeadingId(training.uid)} tabindex="-1">
      ${training.title}${
        training.demo ? html` <span class="badge">${term('trainingsDemo')}</span>` : nothing
      }
    </h3>
    <p>
      <time datetime=${training.startsAt}>${when(localize, training)}</time>
    </p>
    ${
      training.rrule
        ? html`<p>
            ${
              rule
                ? term('trainingsRepeats', { every: term('peopleRepeat', { rule }) })
                : term('peopleRepeat', { rule })
            }
          </p>`
        : nothing
    }
    ${place ? html`<p class="muted">${place}</p>` : nothing}
    ${training.onlineUrl ? html`<p class="muted">${term('trainingsOnline')}</p>` : nothing}
    ${
      training.seatsTotal !== undefined
        ? html`<p class="muted">${term('trainingsSeats', { count: training.seatsTotal })}</p>`
        : nothing
    }
    <p>${programmeLine(localize, view.programmes, training.programmeId)}</p>
    <p>
      ${term('trainingsStatus', {
        status: term('personTrainingStatus', { status: training.status }),
      })}
    </p>
    ${cancelled ? nothing : actions(view, training)}
  </li>`;
}

export function renderTrainingList(view: TrainingListView): TemplateResult {
  if (view.trainings.length === 0) {
    return html`<p class="empty">${view.localize.term('trainingsNone')}</p>`;
  }
  return html`<ul id="trainings" class="cards" aria-labelledby="trainings-heading">
    ${view.trainings.map((training) => card(view, training))}
  </ul>`;
}
