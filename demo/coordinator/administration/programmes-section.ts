// The administration's programmes: each by name (with the id the widgets' `programme` attribute
// takes), its coordinators and the questions its signup form asks, and the form that adds one.
// Rendered by <mk-administration>, which keeps the form's errors and sends it.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '@mentorkit/widgets/shared';
import type { FieldErrors } from '../shared/field-errors.ts';
import type { AdministrationMessages } from './administration-messages.ts';
import { localisedText } from '../../../widgets/src/signup-form/localised-text.ts';
import type {
  Coordinator,
  NewProgramme,
  Programme,
  SignupQuestion,
} from './administration-types.ts';
import { renderTextField, textOf } from './form-fields.ts';

export interface ProgrammesView {
  localize: LocalizeController<AdministrationMessages>;
  programmes: readonly Programme[];
  coordinators: readonly Coordinator[];
  questions: Readonly<Record<string, readonly SignupQuestion[]>>;
  errors: FieldErrors;
  notice: string;
  onSubmit: (form: HTMLFormElement) => void;
}

/** The form's fields as the route takes them. */
export function readProgramme(form: HTMLFormElement): NewProgramme {
  const data = new FormData(form);
  return { id: textOf(data, 'id'), name: textOf(data, 'name') };
}

/** What can be told before asking the server (its schema judges the id's characters). */
export function checkProgramme(
  programme: NewProgramme,
  localize: LocalizeController<AdministrationMessages>,
): FieldErrors {
  return {
    ...(programme.id ? {} : { id: localize.term('adminProgrammeIdInvalid') }),
    ...(programme.name ? {} : { name: localize.term('adminProgrammeNameInvalid') }),
  };
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
      <button type="submit">${term('adminAddProgramme')}</button>
    </form>
    <p id="programme-notice" class="notice" aria-live="polite" tabindex="-1">${view.notice}</p>
  </section>`;
}
