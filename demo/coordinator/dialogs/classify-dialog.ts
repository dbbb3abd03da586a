/**
 * `<mk-classify-dialog>`: classifying a person's occupation, in Swedish or English as the
 * page's `lang` says. A native modal <dialog> (Escape closes it; the focus goes back to the
 * button that opened it) that loads the person (GET …/signups/<id>/person: their words, and
 * their occupation group by name), searches the job titles with their words filled in (GET
 * /api/coordinator/occupations, the lookup the signup form's picker uses, in the page's
 * language) and stores the title chosen (PUT …/occupation). Titles and groups are named,
 * never coded. The results are buttons in a list and their count is announced; failures are
 * said in words. The page learns of the classification from `mk-classify-done`.
 */
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { DataController, MentorkitElement, emit, renderDataState } from '@mentorkit/widgets/shared';
import type { DataError } from '@mentorkit/widgets/shared';
import { ApiError, Unauthorized, apiJson } from '../api.ts';
import type { OccupationChoice, Signup } from '../api-types.ts';
import { personUrl } from '../people/person-requests.ts';
import { parsePerson } from '../people/person-types.ts';
import type { Person } from '../people/person-types.ts';
import { controlsStyles } from '../shared/controls.styles.ts';
import { errorId } from '../shared/field-errors.ts';
import { classifyMessages } from './classify-messages.ts';
import { classifyStyles } from './classify-dialog.styles.ts';
import { dialogStyles } from './dialog.styles.ts';
import './dialog-events.ts';
import type { ClassifyMessages } from './locales/classify-sv.ts';
import { ModalDialog } from './modal-dialog.ts';

type Search =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'found'; choices: readonly OccupationChoice[] }
  | { status: 'failed' };

/** The person's own words: what they typed in the form, or their profession. */
function wordsOf(person: Person): string {
  const profile = person.signup.submission.profile;
  return profile.occupation?.text ?? profile.profession;
}

export class MkClassifyDialog extends MentorkitElement<ClassifyMessages> {
  static override styles = [MentorkitElement.styles, controlsStyles, dialogStyles, classifyStyles];

  static override properties: PropertyDeclarations = {
    search: { state: true },
    saveError: { state: true },
    saving: { state: true },
  };

  search: Search = { status: 'idle' };
  /** Why the choice was not stored, in words. */
  saveError = '';
  /** The title being stored (its buttons wait). */
  saving: OccupationChoice | undefined;

  protected readonly localize = this.localizeWith(classifyMessages);
  private readonly data = new DataController<Person>(this, {
    parse: parsePerson,
    request: { credentials: 'same-origin', headers: { Accept: 'application/json' } },
  });
  private readonly modal = new ModalDialog(this);
  /** Counts searches, so that an older answer arriving late is dropped. */
  private searchCount = 0;

  /** Opens the dialog for signup `id`: loads them, then searches with their own words. */
  async open(id: string): Promise<void> {
    this.search = { status: 'idle' };
    this.saveError = '';
    this.saving = undefined;
    const loading = this.data.load(personUrl(id));
    await this.modal.show();
    await loading;
    await this.afterLoad();
  }

  close(): void {
    this.modal.close();
  }

  private get person(): Person | undefined {
    return this.data.status === 'loaded' ? this.data.data : undefined;
  }

  /** Once the person shows: their words in the search, searched; the focus there. */
  private async afterLoad(): Promise<void> {
    await this.updateComplete;
    const person = this.person;
    if (this.data.status === 'error' && this.data.error?.kind === 'http') {
      if (this.data.error.status === 401) {
        this.modal.close();
        emit(this, 'mk-dialog-session-ended', null);
      }
      this.renderRoot.querySelector<HTMLElement>('.mk-state')?.focus();
      return;
    }
    if (!person || !this.modal.isOpen) return;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#query')!;
    input.value = wordsOf(person);
    input.focus();
    input.select();
    await this.runSearch(input.value);
  }

  private async runSearch(query: string): Promise<void> {
    const words = query.trim();
    const count = ++this.searchCount;
    this.saveError = '';
    if (!words) {
      this.search = { status: 'idle' };
      return;
    }
    this.search = { status: 'searching' };
    const locale = this.localize.lang === 'sv' ? 'sv' : 'en';
    try {
      const choices = await apiJson<OccupationChoice[]>(
        `/api/coordinator/occupations?${new URLSearchParams({ q: words, locale })}`,
      );
      if (count === this.searchCount) this.search = { status: 'found', choices };
    } catch (error) {
      if (count !== this.searchCount) return;
      if (error instanceof Unauthorized) return this.sessionEnded();
      this.search = { status: 'failed' };
    }
  }

  private sessionEnded(): void {
    this.modal.close();
    emit(this, 'mk-dialog-session-ended', null);
  }

  private async choose(person: Person, choice: OccupationChoice): Promise<void> {
    if (this.saving) return;
    this.saving = choice;
    this.saveError = '';
    try {
      const signup = await apiJson<Signup>(
        `/api/coordinator/signups/${encodeURIComponent(person.signup.id)}/occupation`,
        {
          method: 'PUT',
          body: { ssyk: choice.ssyk, ...(choice.titleId ? { titleId: choice.titleId } : {}) },
        },
      );
      this.modal.close();
      const said = this.localize.term('classifyDone', {
        name: person.signup.name,
        title: choice.label,
        group: choice.groupName,
      });
      emit(this, 'mk-classify-done', { signup, said });
    } catch (error) {
      if (error instanceof Unauthorized) return this.sessionEnded();
      this.saveError = this.localize.term(
        error instanceof ApiError && error.status === 422
          ? 'classifyUnknown'
          : 'classifySaveFailed',
      );
    } finally {
      this.saving = undefined;
    }
  }

  /** Another programme's person, or an erased one, is "not found" (404), not an error. */
  private failureText(error: DataError): { title: string; body: string } | undefined {
    if (error.kind !== 'http' || error.status !== 404) return undefined;
    return {
      title: this.localize.term('classifyNotFoundTitle'),
      body: this.localize.term('classifyNotFoundBody'),
    };
  }

  private renderCurrent(person: Person): string {
    const ssyk = person.signup.submission.profile.occupation?.ssyk;
    if (!ssyk) return this.localize.term('classifyNowNone');
    const names = person.occupationNames[ssyk];
    const group = names ? (this.localize.lang === 'sv' ? names.sv : names.en) : ssyk;
    return this.localize.term('classifyNow', { group });
  }

  private renderStatus(): string {
    const term = this.localize.term.bind(this.localize);
    switch (this.search.status) {
      case 'idle':
        return term('classifyTypeToSearch');
      case 'searching':
        return term('classifySearching');
      case 'found':
        return term('classifyFound', { count: this.search.choices.length });
      case 'failed':
        return '';
    }
  }

  private renderChoice(person: Person, choice: OccupationChoice): TemplateResult {
    const saving = this.saving === choice;
    return html`<li>
      <button
        type="button"
        class="choice"
        aria-disabled=${this.saving ? 'true' : 'false'}
        @click=${() => void this.choose(person, choice)}
      >
        <span class="choice__title">${choice.label}</span>
        ${
          choice.matchedName
            ? html` <span class="muted"
                >${this.localize.term('classifyFoundAs', { name: choice.matchedName })}</span
              >`
            : nothing
        }
        <span class="choice__group muted">· ${choice.groupName}</span>
        ${saving ? html`<span class="visually-hidden">…</span>` : nothing}
      </button>
    </li>`;
  }

  private renderPerson(person: Person): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const failed = this.search.status === 'failed';
    const choices = this.search.status === 'found' ? this.search.choices : [];
    return html`<div id="explanation">
        <p>${term('classifyWords', { words: wordsOf(person) })} ${this.renderCurrent(person)}</p>
        <p>${term('classifyIntro')}</p>
      </div>
      <form
        role="search"
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          const input = this.renderRoot.querySelector<HTMLInputElement>('#query')!;
          void this.runSearch(input.value);
        }}
      >
        <div class="field">
          <label for="query">${term('classifySearch')}</label>
          <input
            id="query"
            name="q"
            type="text"
            autocomplete="off"
            spellcheck="false"
            maxlength="200"
            aria-invalid=${failed ? 'true' : 'false'}
            aria-describedby=${failed ? errorId('q') : nothing}
          />
        </div>
        <div class="actions">
          <button type="submit">${term('classifySearchButton')}</button>
          <button type="button" class="cancel" @click=${() => this.modal.close()}>
            ${term('classifyCancel')}
          </button>
        </div>
      </form>
      <p class="muted count" role="status">${this.renderStatus()}</p>
      <div role="alert">
        ${failed ? html`<p id=${errorId('q')} class="error">${term('classifySearchFailed')}</p>` : nothing}
        ${this.saveError ? html`<p class="error">${this.saveError}</p>` : nothing}
      </div>
      <ul class="choices" aria-label=${term('classifyResults')}>
        ${choices.map((choice) => this.renderChoice(person, choice))}
      </ul>`;
  }

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const person = this.person;
    return html`<dialog
      aria-labelledby="heading"
      aria-describedby=${person ? 'explanation' : nothing}
      @close=${this.modal.closed}
    >
      <h2 id="heading">
        ${person ? term('classifyHeadingOf', { name: person.signup.name }) : term('classifyHeading')}
      </h2>
      ${
        person
          ? this.renderPerson(person)
          : html`${renderDataState(this.data, this.localize, () => nothing, {
                errorText: (error) => this.failureText(error),
                retry: () => void this.data.retry().then(() => this.afterLoad()),
              })}
              <div class="actions">
                <button type="button" class="cancel" @click=${() => this.modal.close()}>
                  ${term('classifyCancel')}
                </button>
              </div>`
      }
    </dialog>`;
  }
}
