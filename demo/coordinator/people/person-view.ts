// The coordinator's view of one person: everything they gave, their status, their matches and
// trainings, and what can be done about them. Built on the widgets' base element, theme and
// controllers (@mentorkit/widgets/shared), so it speaks the page's language (sv or en, from the
// nearest `lang`) and shows loading and failures as the widgets do.
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { DataController, MentorkitElement, emit, renderDataState } from '@mentorkit/widgets/shared';
import type { DataError } from '@mentorkit/widgets/shared';
import { Unauthorized } from '../api.ts';
import { renderGiven, renderSignup } from './person-details.ts';
import type { PersonViewMessages } from './person-messages.ts';
import { personViewMessages } from './person-messages.ts';
import { renderMatches, renderTrainings } from './person-records.ts';
import { exportPerson, personUrl, setWithdrawn } from './person-requests.ts';
import { parsePerson } from './person-types.ts';
import type { Person } from './person-types.ts';
import { personViewStyles } from './person-view.styles.ts';
import { controlsStyles } from '../shared/controls.styles.ts';
import { tableStyles } from '../shared/table.styles.ts';
import './person-events.ts';

/** One part of the view under its heading, which names the section for assistive technology. */
const section = (id: string, heading: string, content: unknown) =>
  html`<section aria-labelledby=${id}>
    <h3 id=${id}>${heading}</h3>
    ${content}
  </section>`;

/** What the last action said: done (with Undo after a withdrawal), or why it failed. */
type Notice =
  { kind: 'done'; text: string; undo?: boolean } | { kind: 'failed'; text: string } | undefined;

/**
 * @tag mk-person-view
 * @summary One person of the coordinator's programmes, with the actions on them.
 *
 * @fires mk-person-classify - Classify occupation was pressed; `detail.signup`.
 * @fires mk-person-propose - Propose a mentor was pressed (mentees); `detail.signup`.
 * @fires mk-person-erase - Erase was pressed; `detail.signup` (the page asks to confirm).
 * @fires mk-person-session-ended - An action was refused because the session ended.
 */
export class MkPersonView extends MentorkitElement<PersonViewMessages> {
  static override styles = [super.styles, tableStyles, controlsStyles, personViewStyles];

  static override properties = {
    personId: { attribute: 'person-id' },
    backHref: { attribute: 'back-href' },
    notice: { state: true },
    busy: { state: true },
  };

  /** The signup's id (`GET /api/coordinator/signups/<id>/person`). */
  personId = '';
  /** Where "Back to the people list" leads. */
  backHref = '#people';

  protected readonly localize = this.localizeWith(personViewMessages);
  private readonly data = new DataController<Person>(this, {
    parse: parsePerson,
    request: { credentials: 'same-origin', headers: { Accept: 'application/json' } },
  });
  private notice: Notice;
  private busy = false;
  /** The person last shown, kept on screen while an action's reload runs (no flash, no lost focus). */
  private shown: Person | undefined;
  /** What to focus once there is something to focus: the heading, or the withdraw button. */
  private pendingFocus: string | undefined;

  /** Moves focus to the person's name (or to what says why there is none) once it shows. */
  focusHeading(): void {
    this.pendingFocus = '#person-heading';
    this.requestUpdate();
  }

  /** Loads the person again (after the page classified, proposed or erased). */
  reload(): Promise<unknown> {
    return this.data.retry();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('personId')) {
      this.shown = undefined;
      this.notice = undefined;
      if (this.personId) void this.data.load(personUrl(this.personId));
      else this.data.reset();
    }
    const loaded = this.data.data;
    if (loaded) this.shown = loaded.signup.id === this.personId ? loaded : undefined;
    else if (this.data.status !== 'loading') this.shown = undefined;
  }

  protected override updated(): void {
    if (!this.pendingFocus) return;
    const target =
      this.renderRoot.querySelector<HTMLElement>(this.pendingFocus) ??
      (this.data.status === 'error'
        ? this.renderRoot.querySelector<HTMLElement>('.mk-state')
        : null);
    if (!target) return;
    this.pendingFocus = undefined;
    target.focus();
  }

  protected override render(): TemplateResult {
    const back = html`<p class="back">
      <a href=${this.backHref}>${this.localize.term('personBack')}</a>
    </p>`;
    const person = this.shown;
    if (person) return html`${back}${this.renderPerson(person)}`;
    return html`${back}${renderDataState(this.data, this.localize, () => nothing, {
      errorText: (error) => this.failureText(error),
    })}`;
  }

  /** Another programme's person, or an erased one, is "not found" (404), not an error. */
  private failureText(error: DataError): { title: string; body: string } | undefined {
    if (error.kind !== 'http') return undefined;
    if (error.status === 404) {
      return {
        title: this.localize.term('personNotFoundTitle'),
        body: this.localize.term('personNotFoundBody'),
      };
    }
    if (error.status === 401) {
      return { title: this.localize.term('personSessionEnded'), body: '' };
    }
    return undefined;
  }

  private renderPerson(person: Person): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const { signup } = person;
    const role = term('peopleRole', { role: signup.kind });
    return html`<article aria-labelledby="person-heading" aria-busy=${this.busy}>
      <h2 id="person-heading" tabindex="-1">${signup.name}</h2>
      <p class="summary">
        <span
          >${
            person.programme
              ? term('personRoleInProgramme', { role, programme: person.programme.name })
              : term('personNoProgramme', { role })
          }</span
        >
        <span
          >${term('personStatusLabel')}:
          <span class="status">${term('peopleStatus', { status: person.status })}</span></span
        >
      </p>
      ${section('person-actions', term('personActionsHeading'), this.renderActions(person))}
      ${section('person-given', term('personGaveHeading'), renderGiven(this.localize, person))}
      ${section('person-signup', term('personSignupHeading'), renderSignup(this.localize, person))}
      ${section('person-matches', term('personMatchesHeading'), renderMatches(this.localize, person))}
      ${section(
        'person-trainings',
        term('personTrainingsHeading'),
        renderTrainings(this.localize, person),
      )}
    </article>`;
  }

  private renderActions(person: Person): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const signup = person.signup;
    const withdrawn = person.status === 'withdrawn';
    const button = (id: string, label: string, onClick: () => unknown, className = '') =>
      html`<li>
        <button
          type="button"
          id=${id}
          class=${className}
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${() => {
            if (!this.busy) onClick();
          }}
        >
          ${label}
        </button>
      </li>`;
    const notice = this.notice;
    return html`<ul class="actions">
        ${button('classify', term('personClassify'), () =>
          emit(this, 'mk-person-classify', { signup }),
        )}
        ${
          signup.kind === 'mentee' && !withdrawn
            ? button('propose', term('personPropose'), () =>
                emit(this, 'mk-person-propose', { signup }),
              )
            : nothing
        }
        ${button(
          'withdraw',
          term(withdrawn ? 'personReinstate' : 'personWithdraw'),
          () => void this.withdraw(person, !withdrawn),
        )}
        ${button('export-json', term('personExportJson'), () => void this.export(person, 'json'))}
        ${button('export-csv', term('personExportCsv'), () => void this.export(person, 'csv'))}
        ${button(
          'erase',
          term('personErase'),
          () => emit(this, 'mk-person-erase', { signup }),
          'danger',
        )}
      </ul>
      <p class="muted">${term('personExportHint')}</p>
      <p class="notice" role="status">${notice?.kind === 'done' ? notice.text : ''}</p>
      ${
        notice?.kind === 'done' && notice.undo
          ? html`<button type="button" id="undo" @click=${() => this.withdraw(person, false, true)}>
              ${term('personUndo')}
            </button>`
          : nothing
      }
      <p class="error" role="alert">${notice?.kind === 'failed' ? notice.text : ''}</p>`;
  }

  /** Runs an action with the buttons held; a refused session is said in words and told the page. */
  private async act(work: () => Promise<Notice>): Promise<void> {
    this.busy = true;
    this.notice = undefined;
    try {
      this.notice = await work();
    } catch (error) {
      if (error instanceof Unauthorized) {
        this.notice = { kind: 'failed', text: this.localize.term('personSessionEnded') };
        emit(this, 'mk-person-session-ended', null);
      } else {
        this.notice = { kind: 'failed', text: this.localize.term('personActionFailed') };
      }
    } finally {
      this.busy = false;
    }
  }

  private withdraw(person: Person, withdrawn: boolean, fromUndo = false): Promise<void> {
    const { id, name } = person.signup;
    return this.act(async () => {
      await setWithdrawn(id, withdrawn);
      await this.data.load(personUrl(id));
      // Undo's button goes with its notice: the focus goes to the button that withdraws again.
      if (fromUndo) this.pendingFocus = '#withdraw';
      return withdrawn
        ? { kind: 'done', text: this.localize.term('personWithdrawn', { name }), undo: true }
        : { kind: 'done', text: this.localize.term('personReinstated', { name }) };
    });
  }

  private export(person: Person, format: 'json' | 'csv'): Promise<void> {
    return this.act(async () => {
      const file = await exportPerson(person.signup.id, format);
      return { kind: 'done', text: this.localize.term('personExported', { file }) };
    });
  }
}
