/**
 * `<mk-trainings>`: the coordinator's trainings (GET /api/coordinator/trainings, their
 * programmes' only; an administrator's all), in Swedish or English as the page's `lang` says,
 * built on the widgets' base element like the people list (docs/decisions/0032). Each card
 * says when in the training's own time zone, how it repeats and where in words, and its
 * programme by name; Cancel asks once more (it cannot be undone). The add form says each error
 * beside its field, and after an add the focus goes to the new training's card, after a
 * refusal to the first field to correct. Loading, empty and failed (Try again) states.
 *
 * @fires mk-trainings-failure - The session ended (the page asks to sign in again).
 */
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { DataController, MentorkitElement, emit, renderDataState } from '@mentorkit/widgets/shared';
import { ApiError, Unauthorized, apiJson } from '../api.ts';
import type { Training } from '../api-types.ts';
import type { FieldErrors } from '../shared/field-errors.ts';
import { focusFirstInvalid } from '../shared/field-errors.ts';
import { cardsStyles } from '../shared/cards.styles.ts';
import { controlsStyles } from '../shared/controls.styles.ts';
import type { ProgrammeList } from './programme-field.ts';
import { checkTraining, readTraining, refusedFields } from './training-form.ts';
import { renderTrainingForm } from './training-form.ts';
import { renderTrainingList, trainingHeadingId } from './training-list.ts';
import type { TrainingsMessages } from './trainings-messages.ts';
import { trainingsMessages } from './trainings-messages.ts';
import { trainingsStyles } from './trainings.styles.ts';
import './trainings-events.ts';

interface Loaded {
  trainings: Training[];
  programmes: ProgrammeList;
}

/** What the last action said: done, or why it failed (a refused add, a failed cancel). */
type Notice = { kind: 'done' | 'failed'; text: string } | undefined;

export class MkTrainings extends MentorkitElement<TrainingsMessages> {
  static override styles = [MentorkitElement.styles, controlsStyles, cardsStyles, trainingsStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    programmesSrc: { attribute: 'programmes-src' },
    manual: { type: Boolean },
    notice: { state: true },
    errors: { state: true },
    confirming: { state: true },
    busy: { state: true },
  };

  /** The list's address (default: the reference backend's); adds POST to it. */
  src = '/api/coordinator/trainings';
  /** The actor's programmes, by name (the add form's choice, the cards' programme line). */
  programmesSrc = '/api/coordinator/programmes';
  /** Loads only when the page calls `reload()` (once signed in: before that it is refused). */
  manual = false;
  notice: Notice;
  errors: FieldErrors = {};
  /** The training whose cancellation is being asked about. */
  confirming: string | undefined;
  busy = false;

  protected readonly localize = this.localizeWith(trainingsMessages);
  private readonly data = new DataController<Loaded>(this, { parse: (body) => body as Loaded });
  private failure: unknown;
  /** The programme chosen last: the likelier next one, kept after the form is emptied. */
  private programme = '';
  private pendingFocus: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.manual && this.data.status === 'idle') void this.reload();
  }

  /** Loads the trainings and programmes again (after signing in, or a change elsewhere). */
  async reload(): Promise<void> {
    await this.data.load(() => this.fetchAll());
    await this.updateComplete;
  }

  /** The heading, for the page to move focus to. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private async fetchAll(): Promise<Loaded> {
    this.failure = undefined;
    try {
      const [trainings, programmes] = await Promise.all([
        apiJson<Training[]>(this.src),
        apiJson<ProgrammeList>(this.programmesSrc),
      ]);
      return { trainings, programmes };
    } catch (error) {
      this.failure = error;
      if (error instanceof Unauthorized) emit(this, 'mk-trainings-failure', { error });
      throw error;
    }
  }

  protected override updated(): void {
    if (!this.pendingFocus) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
    if (!target) return;
    this.pendingFocus = undefined;
    target.focus();
  }

  /** An action's failure in words; a session that ended is also the page's to handle. */
  private failed(error: unknown): Notice {
    if (error instanceof Unauthorized) emit(this, 'mk-trainings-failure', { error });
    return {
      kind: 'failed',
      text:
        error instanceof ApiError
          ? this.localize.term('changeFailed', { status: error.status })
          : this.localize.term('changeUnreachable'),
    };
  }

  private async add(form: HTMLFormElement): Promise<void> {
    if (this.busy) return;
    const training = readTraining(form);
    this.programme = training.programme;
    // The notice says what this attempt did, never the one before.
    this.notice = undefined;
    const errors = checkTraining(this.localize, training);
    if (Object.keys(errors).length > 0) {
      await this.refuse(errors);
      return;
    }
    this.errors = {};
    this.busy = true;
    try {
      const { uid } = await apiJson<{ uid: string }>(this.src, { method: 'POST', body: training });
      form.reset();
      await this.reload();
      this.notice = {
        kind: 'done',
        text: this.localize.term('trainingsAdded', { title: training.title }),
      };
      this.pendingFocus = `#${trainingHeadingId(uid)}`;
    } catch (error) {
      const refused = refusedFields(this.localize, error);
      if (refused) await this.refuse(refused);
      else this.notice = this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  /** Shows the errors beside their fields, and moves the focus to the first one. */
  private async refuse(errors: FieldErrors): Promise<void> {
    this.errors = errors;
    this.notice = { kind: 'failed', text: this.localize.term('trainingsNotAdded') };
    await this.updateComplete;
    focusFirstInvalid(this.renderRoot);
  }

  private askToCancel(training: Training): void {
    this.notice = undefined;
    this.confirming = training.uid;
    this.pendingFocus = '.confirm .keep';
  }

  private keep(training: Training): void {
    this.confirming = undefined;
    this.pendingFocus = `li[data-training-uid="${CSS.escape(training.uid)}"] button.cancel`;
  }

  private async cancel(training: Training): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await apiJson(`${this.src}/${encodeURIComponent(training.uid)}/cancel`, {
        method: 'POST',
        body: {},
      });
      this.confirming = undefined;
      await this.reload();
      this.notice = {
        kind: 'done',
        text: this.localize.term('trainingsCancelled', { title: training.title }),
      };
    } catch (error) {
      this.confirming = undefined;
      this.notice = this.failed(error);
    } finally {
      this.busy = false;
    }
    // The card acted on: it stays, now cancelled (or as it was, when that failed).
    this.pendingFocus = `#${trainingHeadingId(training.uid)}`;
  }

  private readonly errorText = () => {
    const failure = this.failure;
    return failure instanceof ApiError
      ? {
          title: this.localize.term('errorHttpTitle'),
          body: this.localize.term('errorHttpBody', { status: failure.status }),
        }
      : undefined;
  };

  private renderLoaded(loaded: Loaded): TemplateResult {
    return html`${renderTrainingList({
      localize: this.localize,
      trainings: loaded.trainings,
      programmes: loaded.programmes,
      confirming: this.confirming,
      busy: this.busy,
      onCancel: (training) => this.askToCancel(training),
      onConfirm: (training) => void this.cancel(training),
      onKeep: (training) => this.keep(training),
    })}
    ${renderTrainingForm({
      localize: this.localize,
      errors: this.errors,
      programmes: loaded.programmes,
      programme: this.programme,
      busy: this.busy,
      onSubmit: (form) => void this.add(form),
    })}`;
  }

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const notice = this.notice;
    // The list last shown stays while an action's reload runs (no flash, no lost focus).
    const shown = this.data.shown;
    return html`<h2 id="trainings-heading" tabindex="-1">${term('trainingsHeading')}</h2>
      <p class="feeds">
        ${term('trainingsPublished')}
        <a href="/api/trainings.ics">iCalendar</a>
        · <a href="/api/trainings.json">JSON</a>
      </p>
      <p class="notice" aria-live="polite">${notice?.kind === 'done' ? notice.text : ''}</p>
      <p class="error" role="alert">${notice?.kind === 'failed' ? notice.text : ''}</p>
      ${
        shown
          ? html`<div aria-busy=${this.data.status === 'loading' ? 'true' : 'false'}>
              ${this.renderLoaded(shown)}
            </div>`
          : renderDataState(this.data, this.localize, () => nothing, {
              errorText: this.errorText,
              retry: () => void this.reload(),
            })
      }`;
  }
}
