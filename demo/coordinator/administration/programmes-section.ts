// The administration's programmes: the list by name (with the id the widgets' `programme`
// attribute takes) and the form that adds one. Rendered by <mk-administration>, which keeps the
// form's errors and sends it.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '@mentorkit/widgets/shared';
import type { FieldErrors } from '../shared/field-errors.ts';
import type { AdministrationMessages } from './administration-messages.ts';
import type { NewProgramme, Programme } from './administration-types.ts';
import { renderTextField, textOf } from './form-fields.ts';

export interface ProgrammesView {
  localize: LocalizeController<AdministrationMessages>;
  programmes: readonly Programme[];
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

export function renderProgrammes(view: ProgrammesView): TemplateResult {
  const { localize, errors } = view;
  const term = localize.term.bind(localize);
  return html`<section aria-labelledby="programmes-heading">
    <h3 id="programmes-heading" tabindex="-1">${term('adminProgrammesHeading')}</h3>
    ${
      view.programmes.length
        ? html`<ul id="programmes" aria-labelledby="programmes-heading">
            ${view.programmes.map(
              (programme) =>
                html`<li data-programme-id=${programme.id}>
                  ${term('adminProgrammeItem', { name: programme.name, id: programme.id })}
                </li>`,
            )}
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
