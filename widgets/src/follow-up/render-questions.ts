/**
 * The templates of the follow-up's questions: a group of radio buttons under a legend, the hours
 * (a text field that takes digits), since when (a month and a year, two labelled selects under
 * one legend: `<input type="month">` is a plain text field in Firefox and Safari) and the
 * comment; each with its hint and error tied to it by `aria-describedby`, and the list of
 * errors at the top after a failed submit. Every value and message is bound as text.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../shared/localize-controller.ts';
import { errorText } from './field-error.ts';
import type { FieldErrors } from './field-error.ts';
import type { FollowUpMessageKey, FollowUpMessages } from './locales/sv.ts';
import { COMMENT_MAX_LENGTH, REQUIRED_FIELDS } from './questions.ts';
import type { Choice, FollowUpField, FollowUpValues } from './questions.ts';

/** How many years back "since when" offers. */
const YEARS_BACK = 10;

export interface QuestionContext {
  readonly localize: LocalizeController<FollowUpMessages>;
  readonly values: FollowUpValues;
  readonly errors: FieldErrors;
  /** Today, for the years "since when" offers. */
  readonly today: Date;
}

/** Message keys without parameters (labels, hints). */
export type PlainKey = {
  [Key in FollowUpMessageKey]: FollowUpMessages[Key] extends string ? Key : never;
}[FollowUpMessageKey];

/** Element ids inside the shadow root: `weeklyHours` → `mk-fu-weeklyHours`. */
export const controlId = (field: string): string => `mk-fu-${field}`;
const errorId = (field: string): string => `${controlId(field)}-error`;
const hintId = (field: string): string => `${controlId(field)}-hint`;

interface Frame {
  readonly field: FollowUpField;
  readonly label: string;
  readonly hint?: string | undefined;
}

function labelText(frame: Frame, context: QuestionContext): TemplateResult {
  const required = REQUIRED_FIELDS.has(frame.field);
  return html`${frame.label}
    <span class="marker">(${context.localize.term(required ? 'required' : 'optional')})</span>`;
}

function describedBy(frame: Frame, context: QuestionContext): string | undefined {
  const ids = [
    frame.hint ? hintId(frame.field) : '',
    context.errors.has(frame.field) ? errorId(frame.field) : '',
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function hintAndError(frame: Frame, context: QuestionContext): TemplateResult {
  const error = context.errors.get(frame.field);
  return html`${
    frame.hint ? html`<p class="hint" id=${hintId(frame.field)}>${frame.hint}</p>` : nothing
  }${
    error
      ? html`<p class="error" part="error" id=${errorId(frame.field)}>
          ${errorText(error, context.localize)}
        </p>`
      : nothing
  }`;
}

const invalid = (field: FollowUpField, context: QuestionContext) =>
  context.errors.has(field) ? 'true' : 'false';

/** One of several answers, as radio buttons; the first carries the question's id. */
export function radioGroup(
  field: FollowUpField & keyof FollowUpValues,
  labelKey: PlainKey,
  choices: readonly Choice<string>[],
  context: QuestionContext,
): TemplateResult {
  const frame: Frame = { field, label: context.localize.term(labelKey) };
  const chosen = context.values[field] ?? '';
  return html`<fieldset
    class="field"
    part="field"
    data-field=${field}
    aria-describedby=${ifDefined(describedBy(frame, context))}
  >
    <legend part="label">${labelText(frame, context)}</legend>
    ${hintAndError(frame, context)}
    <div class="options">
      ${choices.map(
        (choice, index) =>
          html`<label class="choice">
            <input
              part="input"
              type="radio"
              id=${ifDefined(index === 0 ? controlId(field) : undefined)}
              name=${field}
              value=${choice.value}
              ?required=${REQUIRED_FIELDS.has(field)}
              aria-invalid=${invalid(field, context)}
              .checked=${live(chosen === choice.value)}
            />
            <span>${context.localize.term(choice.labelKey as PlainKey)}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;
}

export function hoursField(context: QuestionContext): TemplateResult {
  const frame: Frame = {
    field: 'weeklyHours',
    label: context.localize.term('followUpWeeklyHours'),
    hint: context.localize.term('followUpWeeklyHoursHint'),
  };
  return html`<div class="field" part="field" data-field="weeklyHours">
    <label part="label" for=${controlId('weeklyHours')}>${labelText(frame, context)}</label>
    ${hintAndError(frame, context)}
    <input
      class="short"
      part="input"
      id=${controlId('weeklyHours')}
      name="weeklyHours"
      type="text"
      inputmode="numeric"
      autocomplete="off"
      maxlength="3"
      aria-invalid=${invalid('weeklyHours', context)}
      aria-describedby=${ifDefined(describedBy(frame, context))}
      .value=${live(context.values.weeklyHours ?? '')}
    />
  </div>`;
}

/** Since when: a month and a year, each a labelled select, under one legend. */
export function sinceField(context: QuestionContext): TemplateResult {
  const { localize, values } = context;
  const frame: Frame = { field: 'since', label: localize.term('followUpSince') };
  const describedByIds = describedBy(frame, context);
  const month = values.sinceMonth ?? '';
  const year = values.sinceYear ?? '';
  const months = Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0'));
  const thisYear = context.today.getFullYear();
  const years = Array.from({ length: YEARS_BACK }, (_, index) => String(thisYear - index));
  const option = (value: string, label: string, current: string) =>
    html`<option value=${value} ?selected=${current === value}>${label}</option>`;
  return html`<fieldset
    class="field"
    part="field"
    data-field="since"
    aria-describedby=${ifDefined(describedByIds)}
  >
    <legend part="label">${labelText(frame, context)}</legend>
    ${hintAndError(frame, context)}
    <div class="since">
      <div class="since__part">
        <label for=${controlId('since')}>${localize.term('followUpMonth')}</label>
        <select
          part="input"
          id=${controlId('since')}
          name="sinceMonth"
          aria-invalid=${invalid('since', context)}
        >
          ${option('', localize.term('followUpChoose'), month)}
          ${months.map((value) =>
            // A calendar day's month, formatted in UTC: the same name in every time zone.
            option(value, localize.formatDate(`2000-${value}-01`, { month: 'long' }), month),
          )}
        </select>
      </div>
      <div class="since__part">
        <label for=${controlId('since-year')}>${localize.term('followUpYear')}</label>
        <select
          part="input"
          id=${controlId('since-year')}
          name="sinceYear"
          aria-invalid=${invalid('since', context)}
        >
          ${option('', localize.term('followUpChoose'), year)}
          ${years.map((value) => option(value, value, year))}
        </select>
      </div>
    </div>
  </fieldset>`;
}

export function commentField(context: QuestionContext): TemplateResult {
  const frame: Frame = {
    field: 'comment',
    label: context.localize.term('followUpComment'),
    hint: context.localize.term('followUpCommentHint'),
  };
  return html`<div class="field" part="field" data-field="comment">
    <label part="label" for=${controlId('comment')}>${labelText(frame, context)}</label>
    ${hintAndError(frame, context)}
    <textarea
      part="input"
      id=${controlId('comment')}
      name="comment"
      rows="4"
      maxlength=${COMMENT_MAX_LENGTH}
      aria-invalid=${invalid('comment', context)}
      aria-describedby=${ifDefined(describedBy(frame, context))}
      .value=${live(context.values.comment ?? '')}
    ></textarea>
  </div>`;
}

/** A link in the error summary moves focus onto its question (a fragment cannot cross the shadow root). */
function focusQuestion(event: Event, field: string): void {
  event.preventDefault();
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  const group = root.querySelector(`[data-field="${field}"]`);
  // A radio group: the chosen answer, else the first (what Tab would reach).
  const target =
    group?.querySelector<HTMLElement>('input:checked') ??
    root.querySelector<HTMLElement>(`#${controlId(field)}`);
  target?.focus();
}

/** The errors after a failed submit, each linked to its question, in the order shown. */
export function errorSummary(
  labels: ReadonlyMap<string, string>,
  context: QuestionContext,
): TemplateResult {
  return html`<div class="error-summary" part="error-summary" tabindex="-1">
    <p class="error-summary__title">${context.localize.term('followUpErrorSummaryTitle')}</p>
    <ul>
      ${[...context.errors].map(([field, error]) => {
        const text = errorText(error, context.localize);
        const label = labels.get(field);
        if (field === '' || label === undefined) return html`<li>${text}</li>`;
        return html`<li>
          <a href="#${controlId(field)}" @click=${(event: Event) => focusQuestion(event, field)}
            >${label}: ${text}</a
          >
        </li>`;
      })}
    </ul>
  </div>`;
}
