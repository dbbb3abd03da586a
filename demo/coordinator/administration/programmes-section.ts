// The administration's programmes: each by name (with the id the widgets' `programme` attribute
// takes), its languages and capacity default, its coordinators and the questions its signup
// form asks, an Edit form for its name, languages and capacity default, and the form that adds
// one. Rendered by <mk-administration>, which keeps the forms' errors and sends them.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { SUPPORTED_LOCALES } from '@mentorkit/core';
import type { LocalizeController } from '@mentorkit/widgets/shared';
import { renderFieldError } from '../shared/field-errors.ts';
import type { FieldErrors } from '../shared/field-errors.ts';
import type { AdministrationMessages } from './administration-messages.ts';
import { localisedText } from '../../../widgets/src/signup-form/localised-text.ts';
import type {
  Coordinator,
  NewProgramme,
  Programme,
  ProgrammeSettings,
  SignupQuestion,
} from './administration-types.ts';
import { describedBy, renderTextField, textOf } from './form-fields.ts';

type Localize = LocalizeController<AdministrationMessages>;

/** The forms of this part: `programme` adds one, `edit` changes one (their errors' keys). */
export type ProgrammeForm = 'programme' | 'edit';

export interface ProgrammesView {
  localize: LocalizeController<AdministrationMessages>;
  programmes: readonly Programme[];
  coordinators: readonly Coordinator[];
  questions: Readonly<Record<string, readonly SignupQuestion[]>>;
  errors: FieldErrors;
  notice: string;
  /** The id of the programme whose Edit form is open. */
  editing: string | undefined;
  onSubmit: (form: HTMLFormElement) => void;
  /** Opens a programme's Edit form, or closes it (undefined). */
  onEdit: (programme: Programme | undefined) => void;
  onSave: (form: HTMLFormElement, programme: Programme) => void;
}

/** Name, languages and capacity default as the routes take them. */
export function readSettings(form: HTMLFormElement): ProgrammeSettings {
  const data = new FormData(form);
  const capacity = textOf(data, 'capacityDefault');
  return {
    name: textOf(data, 'name'),
    languages: data.getAll('languages').filter((code): code is string => typeof code === 'string'),
    capacityDefault: /^\d+$/.test(capacity) ? Number(capacity) : Number.NaN,
  };
}

/** The add form's fields as the route takes them. */
export function readProgramme(form: HTMLFormElement): NewProgramme {
  return { id: textOf(new FormData(form), 'id'), ...readSettings(form) };
}

/** What can be told before asking the server (its schema judges the id's characters). */
export function checkSettings(settings: ProgrammeSettings, localize: Localize): FieldErrors {
  const { capacityDefault } = settings;
  return {
    ...(settings.name ? {} : { name: localize.term('adminProgrammeNameInvalid') }),
    ...(Number.isInteger(capacityDefault) && capacityDefault >= 1 && capacityDefault <= 50
      ? {}
      : { capacityDefault: localize.term('adminProgrammeCapacityInvalid') }),
  };
}

export function checkProgramme(programme: NewProgramme, localize: Localize): FieldErrors {
  return {
    ...(programme.id ? {} : { id: localize.term('adminProgrammeIdInvalid') }),
    ...checkSettings(programme, localize),
  };
}

/** The settings' refusals by the server's schema, in words, by field. */
export function settingsRefusals(localize: Localize): Record<string, string> {
  return {
    name: localize.term('adminProgrammeNameInvalid'),
    languages: localize.term('adminProgrammeLanguagesInvalid'),
    capacityDefault: localize.term('adminProgrammeCapacityInvalid'),
  };
}

/** The languages and capacity default fields of either form, set to `programme`'s when given. */
function renderSettingsFields(
  localize: Localize,
  form: ProgrammeForm,
  errors: FieldErrors,
  programme?: Programme,
): TemplateResult {
  const term = localize.term.bind(localize);
  const languagesKey = `${form}-languages`;
  const capacityKey = `${form}-capacityDefault`;
  return html`<fieldset
      id=${languagesKey}
      aria-invalid=${errors[languagesKey] ? 'true' : 'false'}
      aria-describedby=${describedBy(errors, languagesKey)}
    >
      <legend>${term('adminProgrammeLanguagesLegend')}</legend>
      <div class="choices">
        ${SUPPORTED_LOCALES.map(
          (code) =>
            html`<label class="choice">
              <input
                type="checkbox"
                name="languages"
                value=${code}
                ?checked=${programme?.languages.includes(code) ?? false}
              />
              ${localize.languageName(code)}
            </label>`,
        )}
      </div>
      ${renderFieldError(errors, languagesKey)}
    </fieldset>
    <div class="field">
      <label for=${capacityKey}>${term('adminProgrammeCapacityLabel')}</label>
      <input
        id=${capacityKey}
        name="capacityDefault"
        type="number"
        inputmode="numeric"
        min="1"
        max="50"
        step="1"
        value=${programme?.capacityDefault ?? 1}
        aria-invalid=${errors[capacityKey] ? 'true' : 'false'}
        aria-describedby=${describedBy(errors, capacityKey)}
      />
      ${renderFieldError(errors, capacityKey)}
    </div>`;
}

/** A programme's Edit form: its name, languages and capacity default; Save and Cancel. */
function renderEditForm(view: ProgrammesView, programme: Programme): TemplateResult {
  const { localize, errors } = view;
  const term = localize.term.bind(localize);
  return html`<form
    id="edit-form"
    aria-label=${term('adminEditProgrammeForm', { name: programme.name })}
    novalidate
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      view.onSave(event.currentTarget as HTMLFormElement, programme);
    }}
  >
    <div class="field">
      <label for="edit-name">${term('adminProgrammeName')}</label>
      <input
        id="edit-name"
        name="name"
        maxlength="120"
        autocomplete="off"
        value=${programme.name}
        aria-invalid=${errors['edit-name'] ? 'true' : 'false'}
        aria-describedby=${describedBy(errors, 'edit-name')}
      />
      ${renderFieldError(errors, 'edit-name')}
    </div>
    ${renderSettingsFields(localize, 'edit', errors, programme)}
    <div class="actions">
      <button type="submit">${term('adminSaveProgramme')}</button>
      <button type="button" @click=${() => view.onEdit(undefined)}>
        ${term('adminCancelEdit')}
      </button>
    </div>
  </form>`;
}

/** One programme: its name and id, who coordinates it, and what its signup form asks. */
function renderProgramme(view: ProgrammesView, programme: Programme): TemplateResult {
  const { localize } = view;
  const term = localize.term.bind(localize);
  const coordinators = view.coordinators
    .filter((c) => c.role === 'coordinator' && c.programmes.includes(programme.id))
    .map((c) => c.name);
  const questions = (view.questions[programme.id] ?? []).map((question) =>
    localisedText(question.label, localize.lang),
  );
  const languages = programme.languages.map((code) => localize.languageName(code));
  const editing = view.editing === programme.id;
  return html`<li data-programme-id=${programme.id}>
    <span class="programme-name"
      >${term('adminProgrammeItem', { name: programme.name, id: programme.id })}</span
    >
    <span class="muted programme-detail"
      >${
        coordinators.length
          ? term('adminProgrammeCoordinators', { names: localize.formatList(coordinators) })
          : term('adminProgrammeNoCoordinators')
      }</span
    >
    <span class="muted programme-detail"
      >${
        questions.length
          ? term('adminProgrammeQuestions', { questions: questions.join(' · ') })
          : term('adminProgrammeNoQuestions')
      }</span
    >
    <span class="muted programme-detail"
      >${
        languages.length
          ? term('adminProgrammeLanguages', { languages: localize.formatList(languages) })
          : term('adminProgrammeAllLanguages')
      }</span
    >
    <span class="muted programme-detail"
      >${term('adminProgrammeCapacity', { count: programme.capacityDefault })}</span
    >
    ${
      editing
        ? renderEditForm(view, programme)
        : html`<button type="button" class="edit-programme" @click=${() => view.onEdit(programme)}>
            ${term('adminEditProgramme', { name: programme.name })}
          </button>`
    }
  </li>`;
}

export function renderProgrammes(view: ProgrammesView): TemplateResult {
  const { localize, errors } = view;
  const term = localize.term.bind(localize);
  return html`<section aria-labelledby="programmes-heading">
    <h3 id="programmes-heading" tabindex="-1">${term('adminProgrammesHeading')}</h3>
    <p class="hint">${term('adminProgrammesHint')}</p>
    ${
      view.programmes.length
        ? html`<ul id="programmes" aria-labelledby="programmes-heading">
            ${view.programmes.map((programme) => renderProgramme(view, programme))}
          </ul>`
        : html`<p class="muted">${term('adminNoProgrammes')}</p>`
    }
    <form
      id="programme-form"
      aria-label=${term('adminAddProgrammeForm')}
      novalidate
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        view.onSubmit(event.currentTarget as HTMLFormElement);
      }}
    >
      <div class="grid">
        ${renderTextField(
          {
            key: 'programme-id',
            name: 'id',
            label: term('adminProgrammeId'),
            maxLength: 64,
            spellcheck: false,
          },
          errors,
        )}
        ${renderTextField(
          {
            key: 'programme-name',
            name: 'name',
            label: term('adminProgrammeName'),
            maxLength: 120,
          },
          errors,
        )}
      </div>
      ${renderSettingsFields(localize, 'programme', errors)}
      <button type="submit">${term('adminAddProgramme')}</button>
    </form>
    <p id="programme-notice" class="notice" aria-live="polite" tabindex="-1">${view.notice}</p>
  </section>`;
}
