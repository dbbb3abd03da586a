// The add-a-training form: every field labelled, a hint where the format is not obvious, and
// each error in words beside its field (shared/field-errors.ts). What the form can tell before
// asking the server is checked here; the server's schema judges the rest, and its refusals
// are said in the same words (never its "title: Invalid input").
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '@mentorkit/widgets/shared';
import type { FieldErrors } from '../shared/field-errors.ts';
import { errorId, renderFieldError, serverFieldErrors } from '../shared/field-errors.ts';
import type { TrainingField } from './locales/sv.ts';
import type { ProgrammeList } from './programme-field.ts';
import { choosesWholeOrganisation, renderProgrammeField } from './programme-field.ts';
import type { TrainingsMessages } from './trainings-messages.ts';

type Localize = LocalizeController<TrainingsMessages>;

export const TRAINING_FIELDS: readonly TrainingField[] = [
  'title',
  'programme',
  'date',
  'startTime',
  'endTime',
  'weeklyCount',
  'seats',
  'locationName',
  'address',
  'description',
];

/** The form's fields as POST /api/coordinator/trainings takes them (empty numbers left out). */
export interface NewTraining {
  title: string;
  programme: string;
  date: string;
  startTime: string;
  endTime: string;
  weeklyCount?: number;
  seats?: number;
  locationName: string;
  address: string;
  description: string;
}

export function readTraining(form: HTMLFormElement): NewTraining {
  const data = new FormData(form);
  // The form has no file inputs: a field is text or absent.
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const number = (name: string) => (text(name) === '' ? undefined : Number(text(name)));
  return {
    title: text('title'),
    programme: text('programme'),
    date: text('date'),
    startTime: text('startTime'),
    endTime: text('endTime'),
    weeklyCount: number('weeklyCount'),
    seats: number('seats'),
    locationName: text('locationName'),
    address: text('address'),
    description: text('description'),
  };
}

const LIMITS: Partial<Record<TrainingField, number>> = {
  title: 200,
  locationName: 200,
  address: 1000,
  description: 5000,
};

const wholeIn = (value: number | undefined, min: number, max: number) =>
  value === undefined || (Number.isInteger(value) && value >= min && value <= max);

/** What the form can tell before asking the server, in the coordinator's words. */
export function checkTraining(localize: Localize, training: NewTraining): FieldErrors {
  const invalid = (field: TrainingField) => localize.term('trainingsInvalid', { field });
  const errors: FieldErrors = {};
  for (const field of ['title', 'date', 'startTime', 'endTime'] as const) {
    if (!training[field]) errors[field] = invalid(field);
  }
  for (const [field, limit] of Object.entries(LIMITS) as [TrainingField, number][]) {
    const value = training[field];
    if (typeof value === 'string' && value.length > limit) errors[field] = invalid(field);
  }
  if (!training.programme && !choosesWholeOrganisation()) {
    errors['programme'] = invalid('programme');
  }
  // "HH:MM" strings compare as times of one day.
  if (training.startTime && training.endTime && training.endTime <= training.startTime) {
    errors['endTime'] = invalid('endTime');
  }
  if (!wholeIn(training.weeklyCount, 1, 52)) errors['weeklyCount'] = invalid('weeklyCount');
  if (!wholeIn(training.seats, 1, 100_000)) errors['seats'] = invalid('seats');
  return errors;
}

/**
 * The server's refusal as the form's errors: every field it names gets the form's own words
 * for that field (the server's details are English and terse); undefined when the failure is
 * not about fields.
 */
export function refusedFields(localize: Localize, error: unknown): FieldErrors | undefined {
  const refused = serverFieldErrors(error, {});
  if (!refused) return undefined;
  const errors: FieldErrors = {};
  for (const [name, detail] of Object.entries(refused)) {
    const field = TRAINING_FIELDS.find((known) => known === name);
    errors[field ?? name] = field ? localize.term('trainingsInvalid', { field }) : detail;
  }
  return errors;
}

interface FieldOptions {
  type?: 'text' | 'date' | 'time' | 'number';
  wide?: boolean;
  hint?: string;
  min?: number;
  max?: number;
  maxlength?: number;
  value?: string;
}

function field(
  localize: Localize,
  errors: FieldErrors,
  name: TrainingField,
  options: FieldOptions = {},
): TemplateResult {
  const id = `training-${name}`;
  const invalid = Boolean(errors[name]);
  const hintId = `${id}-hint`;
  const describedBy = [options.hint ? hintId : '', invalid ? errorId(name) : '']
    .filter(Boolean)
    .join(' ');
  const attributes = {
    id,
    invalid: invalid ? 'true' : 'false',
    describedBy: describedBy || nothing,
  };
  const control =
    name === 'description'
      ? html`<textarea
          id=${attributes.id}
          name=${name}
          rows="3"
          maxlength=${options.maxlength ?? nothing}
          aria-invalid=${attributes.invalid}
          aria-describedby=${attributes.describedBy}
        ></textarea>`
      : html`<input
          id=${attributes.id}
          name=${name}
          type=${options.type ?? 'text'}
          min=${options.min ?? nothing}
          max=${options.max ?? nothing}
          maxlength=${options.maxlength ?? nothing}
          value=${options.value ?? nothing}
          aria-invalid=${attributes.invalid}
          aria-describedby=${attributes.describedBy}
        />`;
  return html`<div class=${options.wide ? 'field wide' : 'field'}>
    <label for=${id}>${localize.term('trainingsLabel', { field: name })}</label>
    ${control} ${options.hint ? html`<p id=${hintId} class="hint">${options.hint}</p>` : nothing}
    ${renderFieldError(errors, name)}
  </div>`;
}

export function renderTrainingForm(view: {
  localize: Localize;
  errors: FieldErrors;
  programmes: ProgrammeList;
  programme: string;
  busy: boolean;
  onSubmit: (form: HTMLFormElement) => void;
}): TemplateResult {
  const { localize, errors } = view;
  const term = localize.term.bind(localize);
  return html`<h3 id="add-training-heading">${term('trainingsAddHeading')}</h3>
    <form
      aria-labelledby="add-training-heading"
      novalidate
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        view.onSubmit(event.currentTarget as HTMLFormElement);
      }}
    >
      <div class="grid">
        ${field(localize, errors, 'title', { wide: true, maxlength: 200 })}
        ${renderProgrammeField({
          localize,
          id: 'training-programme',
          programmes: view.programmes,
          value: view.programme,
          errors,
        })}
        ${field(localize, errors, 'date', { type: 'date' })}
        ${field(localize, errors, 'startTime', { type: 'time' })}
        ${field(localize, errors, 'endTime', { type: 'time' })}
        ${field(localize, errors, 'weeklyCount', {
          type: 'number',
          min: 1,
          max: 52,
          value: '1',
          hint: term('trainingsWeeklyHint'),
        })}
        ${field(localize, errors, 'seats', {
          type: 'number',
          min: 1,
          max: 100_000,
          hint: term('trainingsSeatsHint'),
        })}
        ${field(localize, errors, 'locationName', { maxlength: 200 })}
        ${field(localize, errors, 'address', { wide: true, maxlength: 1000 })}
        ${field(localize, errors, 'description', { wide: true, maxlength: 5000 })}
      </div>
      <button type="submit" aria-disabled=${view.busy ? 'true' : 'false'}>
        ${view.busy ? term('trainingsAdding') : term('trainingsAdd')}
      </button>
    </form>`;
}
