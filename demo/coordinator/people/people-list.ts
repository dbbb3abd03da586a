/**
 * `<mk-people-list>`: the coordinator's people, one page at a time from
 * GET /api/coordinator/signups?page=… (docs/decisions/0027), in Swedish or English as the page's
 * `lang` says (the widgets' base element and LocalizeController). Search (debounced; the server
 * ignores case and diacritics), filters, sort and paging; a filter the server refuses says so
 * beside it; loading, empty and failed states; each name links to the person view
 * (`#person=<id>`); rows can be selected for "Withdraw selected", which can be undone; "Export
 * these N as CSV" (or the Swedish Excel variant) downloads what the list shows, or the people
 * selected (`<src>.csv`, list-export.ts).
 *
 * Events (bubbling, composed; `detail: { id, name }`), for the page's dialogs:
 * `mk-people-find-mentor`, `mk-people-classify`; `mk-people-failure` (`detail: { error }`) for
 * a failure the page handles itself (a session that ended).
 */
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { DataController, MentorkitElement, renderDataState } from '@mentorkit/widgets/shared';
import type { DataError } from '@mentorkit/widgets/shared';
import { ApiError, api } from '../api.ts';
import { saveResponse } from '../save-file.ts';
import type { CsvDialect } from './list-export.ts';
import { exportParams, renderExport } from './list-export.ts';
import { renderFilters } from './list-filters.ts';
import type { ListMessages } from './list-messages.ts';
import { peopleListMessages } from './list-messages.ts';
import type { FilterName, ListQuery } from './list-query.ts';
import { EMPTY_QUERY, isFiltered, listParams } from './list-query.ts';
import { renderRows } from './list-rows.ts';
import type { Facets, PeoplePage, PersonActionDetail, PersonItem } from './list-types.ts';
import { peopleListStyles } from './people-list.styles.ts';
import { controlsStyles } from '../shared/controls.styles.ts';
import { tableStyles } from '../shared/table.styles.ts';

/** The most people a selection exports (the server's MAX_SELECTED_IDS). */
const MAX_SELECTED_EXPORT = 500;

/** How long typing rests before the search is sent (Enter sends at once). */
export const SEARCH_DEBOUNCE_MS = 300;

type Answer = { page: PeoplePage } | { refused: readonly { field: string }[] };

interface Notice {
  text: string;
  /** The people an Undo would reinstate. */
  undo?: readonly string[];
}

type FocusTarget = 'previous' | 'next' | 'search' | 'undo' | 'notice' | 'table';

export class MkPeopleList extends MentorkitElement<ListMessages> {
  static override styles = [MentorkitElement.styles, tableStyles, controlsStyles, peopleListStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    manual: { type: Boolean },
    query: { state: true },
    notice: { state: true },
    selected: { state: true },
    exporting: { state: true },
  };

  /** The list's address (default: the reference backend's). */
  src = '/api/coordinator/signups';
  /**
   * Loads only when the page calls `reload()` (the coordinator page does once signed in: before
   * that the list would be refused).
   */
  manual = false;
  query: ListQuery = { ...EMPTY_QUERY };
  notice: Notice | undefined;
  /** The people selected, kept across pages (cleared when a filter changes). */
  selected = new Map<string, PersonItem>();
  /** An export is on its way (its buttons wait). */
  exporting = false;

  protected readonly localize = this.localizeWith(peopleListMessages);
  private readonly data = new DataController<Answer>(this, { parse: (body) => body as Answer });
  private lastPage: PeoplePage | undefined;
  private facets: Facets | undefined;
  private occupationNames: PeoplePage['occupationNames'] = {};
  private fieldErrors = new Map<string, string>();
  private failure: unknown;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private focusAfterLoad: FocusTarget | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.manual && this.data.status === 'idle') void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  /** Loads the current page again (after a change elsewhere on the page). */
  async reload(): Promise<void> {
    const url = this.address();
    for (const [name, value] of listParams(this.query, this.facets === undefined)) {
      url.searchParams.set(name, value);
    }
    await this.data.load(() => this.fetchPage(`${url.pathname}${url.search}`));
    const answer = this.data.data;
    this.fieldErrors = new Map();
    if (answer && 'page' in answer) {
      this.lastPage = answer.page;
      if (answer.page.facets) this.facets = answer.page.facets;
      this.occupationNames = { ...this.occupationNames, ...answer.page.occupationNames };
    } else if (answer) {
      for (const { field } of answer.refused) {
        this.fieldErrors.set(field, this.localize.term('peopleListFilterError', { field }));
      }
    }
    this.requestUpdate();
    await this.updateComplete;
    this.applyFocus();
  }

  /** `src` on this page (its own query kept: a test server's switches). */
  private address(): URL {
    return new URL(this.src, document.baseURI);
  }

  /** `<src>/<id>/<action>`, with `src`'s query. */
  private personPath(id: string, action: string): string {
    const url = this.address();
    return `${url.pathname}/${encodeURIComponent(id)}/${action}${url.search}`;
  }

  /** The heading, for the page to move focus to (after signing in), once it is rendered. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /**
   * After the page erased a person (from their view) and loaded the list again without them:
   * says whose data went, with the focus there (the view that showed them is gone).
   */
  async announceErased(name: string): Promise<void> {
    await this.announce({ text: this.localize.term('peopleListErased', { name }) }, 'notice');
  }

  /** Back on a person's classify button, where the focus was before the dialog. */
  focusClassify(id: string): void {
    this.renderRoot
      .querySelector<HTMLElement>(`tr[data-signup-id="${CSS.escape(id)}"] button.classify`)
      ?.focus();
  }

  /**
   * Downloads what the list shows as CSV: the people selected, else everyone its filters find.
   * The focus stays on the button; the notice says the file's name, or why there is none.
   */
  private async exportCsv(dialect: CsvDialect): Promise<void> {
    const url = this.address();
    const ids = [...this.selected.keys()];
    for (const [name, value] of exportParams(this.query, ids, dialect)) {
      url.searchParams.set(name, value);
    }
    this.exporting = true;
    let text: string;
    try {
      const response = await api(`${url.pathname}.csv${url.search}`);
      const fileName = await saveResponse(response, `signups${dialect ? '-excel' : ''}.csv`);
      text = this.localize.term('peopleListExported', { name: fileName });
    } catch (error) {
      if (!(error instanceof ApiError)) this.emit('mk-people-failure', { error });
      const tooMany = error instanceof ApiError && error.fields.some((f) => f.field === 'ids');
      text = tooMany
        ? this.localize.term('peopleListExportTooMany', {
            max: this.localize.formatNumber(MAX_SELECTED_EXPORT),
          })
        : this.localize.term('peopleListExportFailed');
    } finally {
      this.exporting = false;
    }
    this.notice = { text };
  }

  private async fetchPage(url: string): Promise<Answer> {
    this.failure = undefined;
    try {
      return { page: (await (await api(url)).json()) as PeoplePage };
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.fields.length > 0) {
        return { refused: error.fields };
      }
      this.failure = error;
      if (!(error instanceof ApiError)) this.emit('mk-people-failure', { error });
      throw error;
    }
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private change(patch: Partial<ListQuery>, focus?: FocusTarget): void {
    const filtering = Object.keys(patch).some((key) => key !== 'page');
    this.query = { ...this.query, ...(filtering ? { page: 1 } : {}), ...patch };
    if (filtering) this.selected = new Map();
    this.focusAfterLoad = focus;
    void this.reload();
  }

  private readonly onSearchInput = (value: string) => {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.change({ q: value }), SEARCH_DEBOUNCE_MS);
  };

  private readonly onSearchSubmit = () => {
    clearTimeout(this.searchTimer);
    const input = this.renderRoot.querySelector<HTMLInputElement>('#search');
    this.change({ q: input?.value ?? this.query.q });
  };

  private readonly onFilterChange = (name: FilterName | 'sort', value: string) => {
    this.change({ [name]: value });
  };

  private clearFilters(): void {
    clearTimeout(this.searchTimer);
    this.change({ ...EMPTY_QUERY, sort: this.query.sort }, 'search');
  }

  private goTo(page: number, from: 'previous' | 'next'): void {
    this.change({ page }, from);
  }

  private applyFocus(): void {
    const target = this.focusAfterLoad;
    this.focusAfterLoad = undefined;
    if (!target) return;
    const root = this.renderRoot;
    const pick = (selector: string) => root.querySelector<HTMLElement>(selector);
    let element: HTMLElement | null = null;
    if (target === 'previous' || target === 'next') {
      // The button pressed, or the other one when this was the first or last page.
      const other = target === 'next' ? 'previous' : 'next';
      element = pick(`button.${target}:not([disabled])`) ?? pick(`button.${other}:not([disabled])`);
    } else if (target === 'search') {
      element = pick('#search');
    } else if (target === 'undo') {
      element = pick('button.undo');
    } else if (target === 'notice') {
      element = pick('.notice');
    }
    (element ?? pick('h2'))?.focus();
  }

  /** POSTs `action` for each person; answers those it was done for. */
  private async postEach(ids: readonly string[], action: 'withdraw' | 'reinstate') {
    const results = await Promise.allSettled(
      ids.map((id) => api(this.personPath(id, action), { method: 'POST' })),
    );
    for (const result of results) {
      // A session that ended (or no network) is the page's to say; a refusal is counted here.
      if (result.status === 'rejected' && !(result.reason instanceof ApiError)) {
        this.emit('mk-people-failure', { error: result.reason as unknown });
        break;
      }
    }
    return ids.filter((_, index) => results[index]!.status === 'fulfilled');
  }

  private counted(key: 'peopleListWithdrawn' | 'peopleListReinstated', count: number): string {
    return this.localize.term(key, { count, formatted: this.localize.formatNumber(count) });
  }

  private async withdrawSelected(): Promise<void> {
    const ids = [...this.selected.keys()];
    const done = await this.postEach(ids, 'withdraw');
    const failed = done.length < ids.length ? ` ${this.localize.term('peopleListSaveFailed')}` : '';
    this.selected = new Map([...this.selected].filter(([id]) => !done.includes(id)));
    await this.reload();
    await this.announce(
      { text: `${this.counted('peopleListWithdrawn', done.length)}${failed}`, undo: done },
      done.length ? 'undo' : 'notice',
    );
  }

  /** Says what a bulk action did once the list shows it, and puts the focus on what comes next. */
  private async announce(notice: Notice, focus: FocusTarget): Promise<void> {
    this.notice = notice.undo?.length ? notice : { text: notice.text };
    await this.updateComplete;
    this.focusAfterLoad = focus;
    this.applyFocus();
  }

  private async undo(ids: readonly string[]): Promise<void> {
    const done = await this.postEach(ids, 'reinstate');
    const left = ids.filter((id) => !done.includes(id));
    const failed = left.length ? ` ${this.localize.term('peopleListSaveFailed')}` : '';
    await this.reload();
    await this.announce(
      { text: `${this.counted('peopleListReinstated', done.length)}${failed}`, undo: left },
      left.length ? 'undo' : 'notice',
    );
  }

  private selectPerson(person: PersonItem, selected: boolean): void {
    const next = new Map(this.selected);
    if (selected) next.set(person.id, person);
    else next.delete(person.id);
    this.selected = next;
  }

  private selectPage(selected: boolean): void {
    const next = new Map(this.selected);
    for (const person of this.lastPage?.items ?? []) {
      if (selected) next.set(person.id, person);
      else next.delete(person.id);
    }
    this.selected = next;
  }

  private personEvent(type: string, person: PersonItem): void {
    const detail: PersonActionDetail = { id: person.id, name: person.name };
    this.emit(type, detail);
  }

  private renderBulk(): TemplateResult {
    const count = this.selected.size;
    const term = this.localize.term.bind(this.localize);
    const formatted = this.localize.formatNumber(count);
    const undo = this.notice?.undo;
    return html`<div class="bar">
        <p class="muted">${term('peopleListSelected', { count, formatted })}</p>
        <button
          type="button"
          class="withdraw"
          ?disabled=${count === 0}
          @click=${() => void this.withdrawSelected()}
        >
          ${term('peopleListWithdrawSelected')}
        </button>
      </div>
      ${renderExport({
        localize: this.localize,
        total: this.data.status === 'error' ? 0 : (this.lastPage?.total ?? 0),
        selected: count,
        busy: this.exporting,
        onExport: (dialect) => void this.exportCsv(dialect),
      })}
      <div class="bar">
        <p class="notice" aria-live="polite" tabindex="-1">${this.notice?.text ?? ''}</p>
        ${
          undo
            ? html`<button type="button" class="undo" @click=${() => void this.undo(undo)}>
                ${term('peopleListUndo')}
              </button>`
            : nothing
        }
      </div>`;
  }

  private renderPager(page: PeoplePage): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const pages = Math.max(1, Math.ceil(page.total / page.size));
    const number = (value: number) => this.localize.formatNumber(value);
    return html`<nav class="bar" aria-label=${term('peopleListPages')}>
      <button
        type="button"
        class="previous"
        ?disabled=${page.page <= 1}
        @click=${() => this.goTo(page.page - 1, 'previous')}
      >
        ${term('peopleListPrevious')}
      </button>
      <p>${term('peopleListPageOf', { page: number(page.page), pages: number(pages) })}</p>
      <button
        type="button"
        class="next"
        ?disabled=${page.page >= pages}
        @click=${() => this.goTo(page.page + 1, 'next')}
      >
        ${term('peopleListNext')}
      </button>
    </nav>`;
  }

  private renderPage(page: PeoplePage): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    if (page.items.length === 0) {
      return isFiltered(this.query) || page.page > 1
        ? html`<div class="bar">
            <p>${term('peopleListEmpty')}</p>
            <button type="button" class="clear" @click=${() => this.clearFilters()}>
              ${term('peopleListClear')}
            </button>
          </div>`
        : html`<p>${term('peopleListNone')}</p>`;
    }
    return html`${renderRows({
      localize: this.localize,
      page,
      occupationNames: this.occupationNames,
      selected: new Set(this.selected.keys()),
      onSelect: (person, selected) => this.selectPerson(person, selected),
      onSelectPage: (selected) => this.selectPage(selected),
      onFindMentor: (person) => this.personEvent('mk-people-find-mentor', person),
      onClassify: (person) => this.personEvent('mk-people-classify', person),
    })}
    ${this.renderPager(page)}`;
  }

  /** The failure in words: the server's status when it answered, else "cannot reach". */
  private readonly errorText = (error: DataError) => {
    void error;
    const failure = this.failure;
    return failure instanceof ApiError
      ? {
          title: this.localize.term('errorHttpTitle'),
          body: this.localize.term('errorHttpBody', { status: failure.status }),
        }
      : undefined;
  };

  /** The filters' refusals that have no filter to stand beside (page, size). */
  private renderOtherErrors(): TemplateResult | typeof nothing {
    const shown = new Set(['q', 'programme', 'role', 'status', 'region', 'occupation', 'sort']);
    const others = [...this.fieldErrors].filter(([field]) => !shown.has(field));
    if (others.length === 0) return nothing;
    return html`${others.map(([, text]) => html`<p class="error">${text}</p>`)}
      <button type="button" class="clear" @click=${() => this.clearFilters()}>
        ${this.localize.term('peopleListClear')}
      </button>`;
  }

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const page = this.lastPage;
    const loading = this.data.status === 'loading';
    const total = page?.total ?? 0;
    const count = term('peopleListCount', {
      count: total,
      formatted: this.localize.formatNumber(total),
    });
    return html`<h2 tabindex="-1">${term('peopleListHeading')}</h2>
      ${renderFilters({
        localize: this.localize,
        query: this.query,
        facets: this.facets,
        occupationNames: this.occupationNames,
        errors: this.fieldErrors,
        onSearchInput: this.onSearchInput,
        onSearchSubmit: this.onSearchSubmit,
        onChange: this.onFilterChange,
      })}
      ${this.renderOtherErrors()}
      <p class="count" aria-live="polite">${page && !loading ? count : ''}</p>
      ${this.renderBulk()}
      ${
        page && this.data.status !== 'error'
          ? html`<div aria-busy=${loading ? 'true' : 'false'}>${this.renderPage(page)}</div>`
          : renderDataState(this.data, this.localize, () => nothing, {
              errorText: this.errorText,
              retry: () => void this.reload(),
            })
      }`;
  }
}
