// The list's table: one row per person, every code in words (status, role, occupation group),
// the name a link to the person view (#person=<id>), a checkbox to select the person for the
// bulk actions, and the actions a list still needs until the person view carries them all:
// "Find a mentor" for a mentee not matched or withdrawn, and classifying the occupation.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '@mentorkit/widgets/shared';
import { occupationName } from './list-filters.ts';
import type { ListMessages } from './list-messages.ts';
import type { PeoplePage, PersonItem } from './list-types.ts';

export interface RowsView {
  localize: LocalizeController<ListMessages>;
  page: PeoplePage;
  occupationNames: PeoplePage['occupationNames'];
  selected: ReadonlySet<string>;
  onSelect(person: PersonItem, selected: boolean): void;
  onSelectPage(selected: boolean): void;
  onFindMentor(person: PersonItem): void;
  onClassify(person: PersonItem): void;
}

/** A mentee who could still be proposed a mentor. */
const canFindMentor = (person: PersonItem) =>
  person.kind === 'mentee' && person.status !== 'matched' && person.status !== 'withdrawn';

function row(view: RowsView, person: PersonItem): TemplateResult {
  const { localize } = view;
  const term = localize.term.bind(localize);
  const { name } = person;
  const occupation = person.ssyk
    ? occupationName(view.occupationNames, person.ssyk, localize.lang)
    : undefined;
  return html`<tr data-signup-id=${person.id}>
    <td>
      <input
        type="checkbox"
        aria-label=${term('peopleListSelectRow', { name })}
        .checked=${view.selected.has(person.id)}
        @change=${(event: Event) =>
          view.onSelect(person, (event.target as HTMLInputElement).checked)}
      />
    </td>
    <td>
      <a href="#person=${encodeURIComponent(person.id)}">${name}</a>${
        person.demo
          ? html`<span class="badge" title=${term('peopleListDemoLabel')}
              >${term('peopleListDemo')}</span
            >`
          : nothing
      } <br /><span class="muted">${person.email}</span>
    </td>
    <td>${term('peopleRole', { role: person.kind })}</td>
    <td class="status">${term('peopleStatus', { status: person.status })}</td>
    <td>${person.profession}</td>
    <td class="occupation">
      ${occupation ?? html`<span class="muted">${term('peopleListUnclassified')}</span>`}
      <button
        type="button"
        class="classify"
        aria-label=${term(occupation ? 'peopleListChangeOf' : 'peopleListClassifyOf', { name })}
        @click=${() => view.onClassify(person)}
      >
        ${term(occupation ? 'peopleListChange' : 'peopleListClassify')}
      </button>
    </td>
    <td>${person.region}</td>
    <td><time datetime=${person.createdAt}>${localize.formatDate(person.createdAt)}</time></td>
    <td>
      ${
        canFindMentor(person)
          ? html`<button
              type="button"
              aria-label=${term('peopleListFindMentorFor', { name })}
              @click=${() => view.onFindMentor(person)}
            >
              ${term('peopleListFindMentor')}
            </button>`
          : nothing
      }
    </td>
  </tr>`;
}

export function renderRows(view: RowsView): TemplateResult {
  const term = view.localize.term.bind(view.localize);
  const items = view.page.items;
  const allSelected = items.length > 0 && items.every((item) => view.selected.has(item.id));
  return html`<div class="table-wrap">
    <table id="signups-table">
      <caption class="visually-hidden">
        ${term('peopleListCaption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <input
              type="checkbox"
              aria-label=${term('peopleListSelectPage')}
              .checked=${allSelected}
              @change=${(event: Event) =>
                view.onSelectPage((event.target as HTMLInputElement).checked)}
            />
          </th>
          <th scope="col">${term('peopleListName')}</th>
          <th scope="col">${term('peopleListRole')}</th>
          <th scope="col">${term('peopleListStatus')}</th>
          <th scope="col">${term('peopleListProfession')}</th>
          <th scope="col">${term('peopleListOccupation')}</th>
          <th scope="col">${term('peopleListRegion')}</th>
          <th scope="col">${term('peopleListSignedUp')}</th>
          <th scope="col">${term('peopleListActions')}</th>
        </tr>
      </thead>
      <tbody>
        ${items.map((person) => row(view, person))}
      </tbody>
    </table>
  </div>`;
}
