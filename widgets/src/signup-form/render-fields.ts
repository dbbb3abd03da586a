/**
 * The templates of the form's fields: the built-in ones (fields.ts), and the controls that the
 * partner's questions (render-question.ts, with checks.ts) use too. Every value, label and server message is bound as text, never as HTML. Each
 * control is named by its field path, which is how the form reads what was typed.
 */
import { html, nothing } from 'lit';
import type { LitElement, TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Locale } from '@mentorkit/core/i18n';
import type { FieldSpec } from './fields.ts';
import { LANGUAGE_LEVEL_OPTIONS } from './fields.ts';
import { languagesValue, listValue, textValue } from './form-values.ts';
import type { FormValues } from './form-values.ts';
import { controlId, describedBy, errorId, hintId } from './ids.ts';
import { countryNames, languageNames } from './names.ts';
import type { LocalizeController } from '../shared/localize-controller.ts';
import type { LoadOccupationSearch } from './occupation-field.ts';
import type { SignupFormMessages, SignupMessageKey } from './locales/sv.ts';
import type { FieldError } from './validation.ts';

/** Message keys that take no parameters. */
export type PlainKey = {
  [Key in SignupMessageKey]: SignupFormMessages[Key] extends string ? Key : never;
}[SignupMessageKey];

/** What the templates need from the form: its texts, values and shown errors. */
export interface FieldContext {
  readonly lang: Locale;
  readonly values: FormValues;
  readonly errors: ReadonlyMap<string, FieldError>;
  msg(key: PlainKey): string;
  languageLevel(language: string): string;
  errorText(error: FieldError): string;
  /** The shared "optional" word. */
  readonly optionalWord: string;
}

/** What the fields that checks.ts renders need besides (render-form-field.ts). */
export interface FormFieldContext extends FieldContext {
  /** The form, for a field with state of its own (the occupation picker). */
  readonly host: LitElement;
  /** The form's messages, for that field's loading and error states and counted messages. */
  readonly localize: LocalizeController<SignupFormMessages>;
  /** Where the occupation picker's lookup comes from; the tests pass one that fails or waits. */
  readonly loadOccupationSearch?: LoadOccupationSearch;
}

export interface FieldFrame {
  readonly path: string;
  readonly label: string;
  readonly optional: boolean;
  readonly hint?: string | undefined;
}

function labelText(frame: FieldFrame, context: FieldContext): TemplateResult {
  return html`${frame.label}${
    frame.optional ? html` <span class="optional">(${context.optionalWord})</span>` : nothing
  }`;
}

function hintAndError(frame: FieldFrame, context: FieldContext): TemplateResult {
  const error = context.errors.get(frame.path);
  return html`${
    frame.hint ? html`<p class="hint" id=${hintId(frame.path)}>${frame.hint}</p>` : nothing
  }${
    error
      ? html`<p class="error" part="error" id=${errorId(frame.path)}>
          ${context.errorText(error)}
        </p>`
      : nothing
  }`;
}

function ariaFor(frame: FieldFrame, context: FieldContext) {
  const invalid = context.errors.has(frame.path);
  return {
    invalid: invalid ? 'true' : 'false',
    describedBy: describedBy(frame.path, { hint: Boolean(frame.hint), error: invalid }),
  };
}

/** A labelled single control: text, email, phone, number, long text or a select. */
function singleControl(frame: FieldFrame, control: TemplateResult, context: FieldContext) {
  return html`<div class="field" part="field" data-field=${frame.path}>
    <label part="label" for=${controlId(frame.path)}>${labelText(frame, context)}</label>
    ${hintAndError(frame, context)} ${control}
  </div>`;
}

/** A group of checkboxes or radios under a legend; the first control takes the field's id. */
function group(frame: FieldFrame, controls: TemplateResult, context: FieldContext) {
  const aria = ariaFor(frame, context);
  return html`<fieldset
    class="field group"
    part="field"
    data-field=${frame.path}
    aria-describedby=${ifDefined(aria.describedBy)}
  >
    <legend part="label">${labelText(frame, context)}</legend>
    ${hintAndError(frame, context)}
    <div class="options">${controls}</div>
  </fieldset>`;
}

export function textInput(
  frame: FieldFrame,
  type: 'text' | 'email' | 'tel',
  context: FieldContext,
  options: { autocomplete?: string | undefined; maxLength?: number | undefined; numeric?: boolean },
) {
  const aria = ariaFor(frame, context);
  return singleControl(
    frame,
    html`<input
      part="input"
      id=${controlId(frame.path)}
      name=${frame.path}
      type=${type}
      inputmode=${ifDefined(options.numeric ? 'numeric' : undefined)}
      autocomplete=${ifDefined(options.autocomplete)}
      maxlength=${ifDefined(options.maxLength)}
      ?required=${!frame.optional}
      aria-invalid=${aria.invalid}
      aria-describedby=${ifDefined(aria.describedBy)}
      .value=${live(textValue(context.values, frame.path))}
    />`,
    context,
  );
}

export function textArea(frame: FieldFrame, context: FieldContext, maxLength: number | undefined) {
  const aria = ariaFor(frame, context);
  return singleControl(
    frame,
    html`<textarea
      part="input"
      id=${controlId(frame.path)}
      name=${frame.path}
      rows="4"
      maxlength=${ifDefined(maxLength)}
      ?required=${!frame.optional}
      aria-invalid=${aria.invalid}
      aria-describedby=${ifDefined(aria.describedBy)}
      .value=${live(textValue(context.values, frame.path))}
    ></textarea>`,
    context,
  );
}

function select(
  frame: FieldFrame,
  options: readonly { value: string; label: string }[],
  context: FieldContext,
  autocomplete?: string,
) {
  const aria = ariaFor(frame, context);
  const current = textValue(context.values, frame.path);
  return singleControl(
    frame,
    html`<select
      part="input"
      id=${controlId(frame.path)}
      name=${frame.path}
      autocomplete=${ifDefined(autocomplete)}
      ?required=${!frame.optional}
      aria-invalid=${aria.invalid}
      aria-describedby=${ifDefined(aria.describedBy)}
    >
      <option value="" ?selected=${current === ''}>${context.msg('signupChoose')}</option>
      ${options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${current === option.value}>
            ${option.label}
          </option>`,
      )}
    </select>`,
    context,
  );
}

/**
 * A group of checkboxes (any number chosen) or radio buttons (one chosen). The first control
 * carries the field's id, so that the error summary's link lands on the group.
 */
export function choices(
  type: 'checkbox' | 'radio',
  frame: FieldFrame,
  options: readonly { value: string; label: string }[],
  context: FieldContext,
) {
  const isChosen =
    type === 'checkbox'
      ? (value: string) => listValue(context.values, frame.path).includes(value)
      : (value: string) => textValue(context.values, frame.path) === value;
  const invalid = context.errors.has(frame.path) ? 'true' : 'false';
  return group(
    frame,
    html`${options.map(
      (option, index) =>
        html`<label class="choice">
          <input
            part="input"
            type=${type}
            id=${ifDefined(index === 0 ? controlId(frame.path) : undefined)}
            name=${frame.path}
            value=${option.value}
            ?required=${type === 'radio' && !frame.optional}
            aria-invalid=${invalid}
            .checked=${live(isChosen(option.value))}
          />
          <span>${option.label}</span>
        </label>`,
    )}`,
    context,
  );
}

/** Languages: a checkbox per language, and a level for each one ticked. */
function languages(frame: FieldFrame, context: FieldContext) {
  const entries = languagesValue(context.values, frame.path);
  const invalid = context.errors.has(frame.path) ? 'true' : 'false';
  return group(
    frame,
    html`${languageNames(context.lang).map(({ code, name }, index) => {
      const entry = entries.find((item) => item.code === code);
      const levelId = `${controlId(frame.path)}-${code}-level`;
      return html`<div class="language">
        <label class="choice">
          <input
            part="input"
            type="checkbox"
            id=${ifDefined(index === 0 ? controlId(frame.path) : undefined)}
            name=${frame.path}
            value=${code}
            aria-invalid=${invalid}
            .checked=${live(entry !== undefined)}
          />
          <span lang=${code}>${name}</span>
        </label>
        ${
          entry
            ? html`<span class="level">
                <label for=${levelId}>${context.languageLevel(name)}</label>
                <select
                  part="input"
                  id=${levelId}
                  name="${frame.path}.level"
                  data-code=${code}
                  aria-invalid=${entry.level === '' && invalid === 'true' ? 'true' : 'false'}
                >
                  <option value="" ?selected=${entry.level === ''}>
                    ${context.msg('signupChoose')}
                  </option>
                  ${LANGUAGE_LEVEL_OPTIONS.map(
                    (level) =>
                      html`<option value=${level} ?selected=${entry.level === level}>
                        ${level === 'native' ? context.msg('signupLevelNative') : level}
                      </option>`,
                  )}
                </select>
              </span>`
            : nothing
        }
      </div>`;
    })}`,
    context,
  );
}

/** One built-in field. */
export function renderField(spec: FieldSpec, context: FieldContext): TemplateResult {
  const frame: FieldFrame = {
    path: spec.path,
    label: context.msg(spec.labelKey as PlainKey),
    optional: spec.optional ?? false,
    hint: spec.purposeKey
      ? context.msg(spec.purposeKey as PlainKey)
      : spec.hintKey
        ? context.msg(spec.hintKey as PlainKey)
        : undefined,
  };
  const labelled = (options: readonly { value: string; labelKey?: SignupMessageKey }[]) =>
    options.map((option) => ({
      value: option.value,
      label: option.labelKey ? context.msg(option.labelKey as PlainKey) : option.value,
    }));
  switch (spec.control) {
    case 'text':
    case 'email':
    case 'tel':
      return textInput(frame, spec.control, context, spec);
    case 'number':
      return textInput(frame, 'text', context, { maxLength: 3, numeric: true });
    case 'textarea':
      return textArea(frame, context, spec.maxLength);
    case 'select':
      return select(frame, labelled(spec.options ?? []), context);
    case 'checkboxes':
      return choices('checkbox', frame, labelled(spec.options ?? []), context);
    case 'languages':
      return languages(frame, context);
    case 'country':
      return select(
        frame,
        countryNames(context.lang).map(({ code, name }) => ({ value: code, label: name })),
        context,
        'country',
      );
    case 'language':
      return select(
        frame,
        languageNames(context.lang).map(({ code, name }) => ({ value: code, label: name })),
        context,
      );
  }
}
