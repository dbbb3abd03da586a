// The list's search box, filters and sort as one form: each control labelled, and a filter the
// server refused (400, errors[].field) says so in words beside it (aria-describedby,
// aria-invalid). The element owns the state; this only renders it.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '@mentorkit/widgets/shared';
import type { ListMessages } from './list-messages.ts';
import type { FilterName, ListQuery } from './list-query.ts';
import { SORTS } from './list-query.ts';
import type { Facets, PeoplePage } from './list-types.ts';

const STATUSES = ['new', 'confirmed', 'contacted', 'matched', 'withdrawn'] as const;
const ROLES = ['mentor', 'mentee'] as const;

export interface FiltersView {
  localize: LocalizeController<ListMessages>;
  query: ListQuery;
  facets: Facets | undefined;
  occupationNames: PeoplePage['occupationNames'];
  /** The server's refusals by parameter name. */
  errors: ReadonlyMap<string, string>;
  onSearchInput(value: string): void;
  onSearchSubmit(): void;
  onChange(name: FilterName | 'sort', value: string): void;
}

interface Option {
  value: string;
  label: string;
}

function errorOf(view: FiltersView, field: string): TemplateResult | typeof nothing {
  const error = view.errors.get(field);
  return error ? html`<p id="error-${field}" class="error">${error}</p>` : nothing;
}

function select(
  view: FiltersView,
  name: FilterName | 'sort',
  label: string,
  options: readonly Option[],
  withAny = true,
): TemplateResult {
  const invalid = view.errors.has(name);
  const value = view.query[name];
  return html`<div class="field">
    <label for="filter-${name}">${label}</label>
    <select
      id="filter-${name}"
      name=${name}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${invalid ? `error-${name}` : nothing}
      @change=${(event: Event) => view.onChange(name, (event.target as HTMLSelectElement).value)}
    >
      ${
        withAny
          ? html`<option value="" ?selected=${value === ''}>
              ${view.localize.term('peopleListAny')}
            </option>`
          : nothing
      }
      ${options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${option.value === value}>
            ${option.label}
          </option>`,
      )}
    </select>
    ${errorOf(view, name)}
  </div>`;
}

/** The occupation group's name in the list's language (its code only if the server has none). */
export function occupationName(
  names: PeoplePage['occupationNames'],
  code: string,
  lang: string,
): string {
  const name = names[code];
  if (!name) return code;
  return lang === 'sv' ? name.sv : name.en;
}

export function renderFilters(view: FiltersView): TemplateResult {
  const { localize, facets } = view;
  const term = localize.term.bind(localize);
  const programmes = (facets?.programmes ?? []).map((id) => ({
    value: id,
    label: facets?.programmeNames[id] ?? id,
  }));
  const regions = (facets?.regions ?? []).map((region) => ({ value: region, label: region }));
  const occupations = [
    { value: 'unclassified', label: term('peopleListUnclassified') },
    ...(facets?.occupations ?? [])
      .map((code) => ({
        value: code,
        label: occupationName(view.occupationNames, code, localize.lang),
      }))
      .sort((a, b) => a.label.localeCompare(b.label, localize.lang)),
  ];
  const searchInvalid = view.errors.has('q');
  return html`<form
    role="search"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      view.onSearchSubmit();
    }}
  >
    <div class="field search">
      <label for="search">${term('peopleListSearch')}</label>
      <input
        id="search"
        name="q"
        type="search"
        autocomplete="off"
        spellcheck="false"
        maxlength="200"
        .value=${view.query.q}
        aria-invalid=${searchInvalid ? 'true' : 'false'}
        aria-describedby=${searchInvalid ? 'search-hint error-q' : 'search-hint'}
        @input=${(event: Event) => view.onSearchInput((event.target as HTMLInputElement).value)}
      />
      <p id="search-hint" class="hint">${term('peopleListSearchHint')}</p>
      ${errorOf(view, 'q')}
    </div>
    <fieldset>
      <legend class="visually-hidden">${term('peopleListFilters')}</legend>
      ${
        programmes.length > 1 || view.query.programme
          ? select(view, 'programme', term('peopleListProgramme'), programmes)
          : nothing
      }
      ${select(
        view,
        'role',
        term('peopleListRole'),
        ROLES.map((role) => ({ value: role, label: term('peopleRole', { role }) })),
      )}
      ${select(
        view,
        'status',
        term('peopleListStatus'),
        STATUSES.map((status) => ({ value: status, label: term('peopleStatus', { status }) })),
      )}
      ${select(view, 'region', term('peopleListRegion'), regions)}
      ${select(view, 'occupation', term('peopleListOccupation'), occupations)}
      ${select(
        view,
        'sort',
        term('peopleListSort'),
        SORTS.map((sort) => ({ value: sort, label: term('peopleListSortBy', { sort }) })),
        false,
      )}
    </fieldset>
  </form>`;
}
