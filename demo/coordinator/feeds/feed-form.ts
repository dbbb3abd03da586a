// The add-a-feed form: the programme, a name and the calendar's iCal address, each labelled,
// each error in words beside its field (shared/field-errors.ts). The backend fetches the feed
// at once; what it found is said in the notice and on the new card.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '@mentorkit/widgets/shared';
import type { FieldErrors } from '../shared/field-errors.ts';
import { errorId, renderFieldError, serverFieldErrors } from '../shared/field-errors.ts';
import type { ProgrammeList } from '../trainings/programme-field.ts';
import { choosesWholeOrganisation, renderProgrammeField } from '../trainings/programme-field.ts';
import type { FeedsMessages } from './feeds-messages.ts';

type Localize = LocalizeController<FeedsMessages>;

export interface NewFeed {
  name: string;
  url: string;
  programme: string;
}

export function readFeed(form: HTMLFormElement): NewFeed {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  return { name: text('name'), url: text('url'), programme: text('programme') };
}

/** What the form can tell before asking the backend (which judges whether it can fetch it). */
export function checkFeed(localize: Localize, feed: NewFeed): FieldErrors {
  const errors: FieldErrors = {};
  if (!choosesWholeOrganisation() && !feed.programme) {
    errors['programme'] = localize.term('programmeMissing');
  }
  if (!feed.name || feed.name.length > 120) errors['name'] = localize.term('feedsNameInvalid');
  if (!feed.url) errors['url'] = localize.term('feedsUrlMissing');
  return errors;
}

/**
 * The backend's refusal in the form's words: an address it cannot fetch ('invalid-url'), a
 * name or programme it refused; undefined when the failure is not about fields.
 */
export function refusedFeedFields(localize: Localize, error: unknown): FieldErrors | undefined {
  const refused = serverFieldErrors(error, {});
  if (!refused) return undefined;
  const words: Record<string, string> = {
    name: localize.term('feedsNameInvalid'),
    url: localize.term('feedsError', { code: 'invalid-url' }),
    programme: localize.term('programmeMissing'),
  };
  const errors: FieldErrors = {};
  for (const [name, detail] of Object.entries(refused)) errors[name] = words[name] ?? detail;
  return errors;
}

function textField(errors: FieldErrors, name: 'name' | 'url', label: string): TemplateResult {
  const invalid = Boolean(errors[name]);
  return html`<div class=${name === 'url' ? 'field wide' : 'field'}>
    <label for="feed-${name}">${label}</label>
    <input
      id="feed-${name}"
      name=${name}
      type=${name === 'url' ? 'url' : 'text'}
      inputmode=${name === 'url' ? 'url' : nothing}
      spellcheck=${name === 'url' ? 'false' : nothing}
      maxlength=${name === 'url' ? 2000 : 120}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${invalid ? errorId(name) : nothing}
    />
    ${renderFieldError(errors, name)}
  </div>`;
}

export function renderFeedForm(view: {
  localize: Localize;
  errors: FieldErrors;
  programmes: ProgrammeList;
  programme: string;
  busy: boolean;
  onSubmit: (form: HTMLFormElement) => void;
}): TemplateResult {
  const { localize, errors } = view;
  const term = localize.term.bind(localize);
  return html`<h3 id="add-feed-heading">${term('feedsAddHeading')}</h3>
    <form
      aria-labelledby="add-feed-heading"
      novalidate
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        view.onSubmit(event.currentTarget as HTMLFormElement);
      }}
    >
      <div class="grid">
        ${renderProgrammeField({
          localize,
          id: 'feed-programme',
          programmes: view.programmes,
          value: view.programme,
          errors,
        })}
        ${textField(errors, 'name', term('feedsName'))}
        ${textField(errors, 'url', term('feedsUrl'))}
      </div>
      <button type="submit" aria-disabled=${view.busy ? 'true' : 'false'}>
        ${view.busy ? term('feedsAdding') : term('feedsAdd')}
      </button>
    </form>`;
}
