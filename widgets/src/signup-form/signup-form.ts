import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import type { SignupKind } from '@mentorkit/core';
import { webHref } from '@mentorkit/core/web-url';
import { isOffline } from '../shared/data-controller.ts';
import { renderFailure, renderLoadError, renderMisconfigured } from '../shared/data-state.ts';
import { MentorkitElement } from '../shared/mentorkit-element.ts';
import { ModuleController } from '../shared/module-controller.ts';
import { signupMessages } from './locales/index.ts';
import { DraftController } from './draft-controller.ts';
import { DEFAULT_DRAFT_DAYS } from './draft.ts';
import type { DraftPlace } from './draft-controller.ts';
import { fieldsFor, parseFieldsAttribute } from './fields.ts';
import type { FieldSpec } from './fields.ts';
import { answerShapes } from './answer-shapes.ts';
import { configurationProblem } from './configuration.ts';
import type { FormValues } from './form-values.ts';
import type { SubmissionContext } from './build-submission.ts';
import { loadChecks } from './load-checks.ts';
import type { Checks } from './load-checks.ts';
import type { ParsedQuestions, Question } from './questions.ts';
import { isFormControl, readControl } from './read-control.ts';
import { HONEYPOT_NAME, renderConsent, renderHoneypot } from './render-consent.ts';
import { renderField } from './render-fields.ts';
import type { FormFieldContext, PlainKey } from './render-fields.ts';
import { DEFAULT_RETRY_DELAYS, DEFAULT_SEND_TIMEOUT } from '../shared/send/send-defaults.ts';
import type { SignupEncoding } from './send-signup.ts';
import type { SignupFormMessages } from './locales/sv.ts';
import type { MessageBundle } from '../locales/index.ts';
import { signupFormStyles } from './signup-form.styles.ts';
import type { TrainingRefusal } from './training-refusal.ts';
import type { SubmitView } from './submit.ts';
import type { FieldError } from './validation.ts';

const NOT_READ: unique symbol = Symbol('not read');

type Phase = 'editing' | 'sending' | 'failed' | 'success';

/**
 * A signup form for mentors and mentees that a partner pastes into any page: accessible,
 * in eight languages, and it never loses what the person typed.
 *
 * @tag mk-signup-form
 * @summary Recruits mentors and mentees and posts each signup to the partner's endpoint.
 *
 * @csspart form - The form.
 * @csspart field - Each field's wrapper (a `fieldset` for groups of choices).
 * @csspart label - Each field's label or legend.
 * @csspart input - Each input, select, textarea, checkbox and radio.
 * @csspart error - A field's error message, and the misconfigured state.
 * @csspart error-summary - The list of errors at the top after a failed submit.
 * @csspart submit - The submit button.
 * @csspart success - The confirmation shown once the signup is stored.
 * @csspart training - The line that names the training signed up for.
 * @csspart notice - The notice that a saved draft was restored or discarded.
 * @csspart state - The frame of the misconfigured state, of a failed send and of a failed load of the form's checks.
 * @csspart retry-button - "Try again" after a failed send or load.
 * @csspart options - The occupation picker's list of job titles (a listbox).
 * @csspart option - Each job title in that list.
 * @csspart attribution - The line under the occupation field naming the sources of the job titles.
 *
 * @cssprop --mk-color-accent - Button and link colour.
 * @cssprop --mk-color-danger - Error text and borders.
 * @cssprop --mk-color-success - The confirmation's accent.
 * @cssprop --mk-font-family - The font.
 * @cssprop --mk-radius - Corner radius of controls.
 * @cssprop --mk-focus-ring-color - The focus ring.
 *
 * @fires mk-signup-submit - A valid form was submitted; cancelable (cancel it to send the data yourself). Detail: `{ submission }`.
 * @fires mk-signup-success - The server stored the signup (2xx, or 409 for this key). Detail: `{ submission, status, duplicate }`.
 * @fires mk-signup-error - The server rejected fields, or every attempt failed. Detail: `{ submission, kind, status?, errors? }`.
 */
export class MkSignupForm extends MentorkitElement<SignupFormMessages> {
  static override styles = [super.styles, signupFormStyles];

  /**
   * The reactive properties, each declared and documented below. Written here rather than with
   * decorators, which compile to about 0.4 KB more per entry (docs/decisions/0007).
   */
  static override properties = {
    kind: { reflect: true },
    endpoint: {},
    encoding: {},
    programme: {},
    privacyUrl: { attribute: 'privacy-url' },
    fields: {},
    training: {},
    trainingTitle: { attribute: 'training-title' },
    withoutDraft: { type: Boolean, attribute: 'without-draft' },
    draftDays: { type: Number, attribute: 'draft-days' },
    draftStorage: { attribute: 'draft-storage' },
    timeout: { type: Number },
    questions: { attribute: false },
    minFillTime: { attribute: false },
    retryDelays: { attribute: false },
    values: { state: true },
    errors: { state: true },
    phase: { state: true },
    showSummary: { state: true },
    announcement: { state: true },
    trainingRefusal: { state: true },
  };

  /** Who signs up: `mentor` or `mentee` (an adept). */
  kind: SignupKind = 'mentor';

  /**
   * Where to POST the signup. Default: the backend's `signups` (its `api-base`, else the API
   * beside the script when it was loaded from a backend's `/widgets/`). With neither, the form
   * validates and fires `mk-signup-submit` only.
   */
  endpoint?: string;

  /** `json` (default) or `form` (urlencoded, for plain form handlers). */
  encoding: SignupEncoding = 'json';

  /** A programme id sent along as `programmeId`. */
  programme?: string;

  /** The privacy notice the consent links to. Required: without it the form collects nothing. */
  privacyUrl?: string;

  /** Optional fields to show, among `phone`, `country-of-birth`, `mother-tongue`. Default `phone`. */
  fields?: string;

  /** The uid of a training the person signs up for (the calendar sets it). */
  training?: string;

  /** The training's title, shown instead of its uid. */
  trainingTitle?: string;

  /** Do not keep a draft in `localStorage`. */
  withoutDraft = false;

  /** Days a draft is kept after the person last typed (default 7); an older one is removed. */
  draftDays = DEFAULT_DRAFT_DAYS;

  /** `local` (default): the draft survives closing the browser; `session`: only the tab's life. */
  draftStorage: 'local' | 'session' = 'local';

  /** Milliseconds one attempt to send may take. */
  timeout = DEFAULT_SEND_TIMEOUT;

  /** The partner's extra questions (see `Question`); validated, bad ones are left out and reported. */
  questions: unknown = [];

  /** A submit sooner than this many ms after the person began is treated as a bot's. */
  minFillTime = 3000;

  /** Delays before each retry of a failed send, in ms. */
  retryDelays: readonly number[] = DEFAULT_RETRY_DELAYS;

  private values: FormValues = {};
  private errors: ReadonlyMap<string, FieldError> = new Map();
  private phase: Phase = 'editing';
  private showSummary = false;

  // Typed with the matching fields' messages too: checks.ts registers their bundle when it
  // arrives, and only what it renders asks for them.
  protected readonly localize = this.localizeWith(
    signupMessages as MessageBundle<SignupFormMessages>,
  );

  /**
   * checks.ts (zod and the schemas). Validation and the partner's questions wait for it; the
   * built-in fields do not. When it cannot be loaded the form says so, with "Try again".
   */
  private readonly checks = new ModuleController<Checks>(this, () => this.loadChecks());
  /** Fields that lost focus while checks.ts could not be loaded: checked once it is. */
  private readonly uncheckedFields = new Set<string>();
  /** A submit waits for checks.ts; or it failed to load and "Try again" should submit. */
  private submitWaiting: 'load' | 'retry' | undefined;
  private parsedQuestions: ParsedQuestions = { questions: [], problems: [] };
  /** The `questions` value that `parsedQuestions` was read from. */
  private questionsRead: unknown = NOT_READ;
  private readonly draft = new DraftController(this, () => this.draftPlace());
  private honeypot = '';
  /** Fields edited since they were last checked: these are checked when they lose focus. */
  private readonly edited = new Set<string>();
  private sending: AbortController | undefined;
  /** Why the last send failed, for the words the person reads. */
  private sendFailure: 'network' | 'timeout' | 'http' = 'network';
  /** What the status region says: a field's error found when the person left the field. */
  private announcement = '';
  /** The server refused the training (full, cancelled, unknown): shown until the person chooses. */
  private trainingRefusal: TrainingRefusal | undefined;
  private warnedConfiguration = '';

  override connectedCallback(): void {
    super.connectedCallback();
    // After the first render (which waits for the form's words), so that it has normally
    // arrived before a person leaves the first field, yet does not run ahead of the form: loaded
    // at once, checks.ts and zod (about 56 KB) were compiled and run on the main thread while a
    // language loaded on demand was still on its way, and the form appeared that much later.
    void this.updateComplete.then(() => this.whenChecks());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sending?.abort();
  }

  /**
   * Empties the form, forgets the saved draft and starts a new one (a new `Idempotency-Key`).
   * For a host that cancelled `mk-signup-submit` and stored the signup itself.
   */
  reset(): void {
    this.startOver();
  }

  private startOver(notice?: 'discarded'): void {
    this.draft.startOver(notice);
    this.values = {};
    this.errors = new Map();
    this.edited.clear();
    this.uncheckedFields.clear();
    this.showSummary = false;
    this.trainingRefusal = undefined;
    this.phase = 'editing';
  }

  /**
   * Moves focus into the form (the calendar does this after "Sign up" on an event): onto the
   * line naming the training when there is one, so that it is read out, else the first field.
   */
  override focus(options?: FocusOptions): void {
    const target =
      this.renderRoot.querySelector<HTMLElement>('[part="training"]') ??
      this.renderRoot.querySelector<HTMLElement>('[part="success"], input, select, textarea');
    if (target) target.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another training chosen (by the page, or from the refusal): the refusal is answered.
    if (changed.has('training')) this.trainingRefusal = undefined;
    this.readQuestions();
    const restored = this.draft.restore();
    if (restored) this.values = restored;
  }

  /** Where checks.ts comes from: one load shared by every form on the page. */
  protected loadChecks(): Promise<Checks> {
    return loadChecks();
  }

  /**
   * checks.ts, loading it unless it is there or on its way; `undefined` when it could not be
   * loaded (the form then says so, and the next call tries again). Fields that lost focus
   * while it was missing are checked as soon as it is there.
   */
  private async whenChecks(): Promise<Checks | undefined> {
    const state = await this.checks.ensure();
    if (state.status !== 'loaded') return undefined;
    const checks = state.data;
    this.readQuestions();
    for (const path of this.uncheckedFields) this.showFieldCheck(path, checks);
    this.uncheckedFields.clear();
    return checks;
  }

  /** The partner's questions, validated (bad ones left out) once checks.ts is there. */
  private readQuestions(): void {
    const checks = this.checks.data;
    if (!checks || this.questionsRead === this.questions) return;
    this.questionsRead = this.questions;
    this.parsedQuestions = checks.readPartnerQuestions(this.questions);
  }

  /** Where this form's draft is kept: per kind, programme and form (its id, else the page). */
  private draftPlace(): DraftPlace {
    const where = this.id || (typeof location === 'undefined' ? '' : location.pathname);
    return {
      kind: this.kind,
      programme: this.programme,
      where,
      enabled: !this.withoutDraft,
      days: this.draftDays,
      session: this.draftStorage === 'session',
    };
  }

  /** The privacy notice as an absolute web address, or `undefined` when missing or unsafe. */
  private privacyHref(): string | undefined {
    return this.privacyUrl ? webHref(this.privacyUrl, document.baseURI) : undefined;
  }

  /** The built-in fields, with those that matching needs once checks.ts is in. */
  private get specs(): FieldSpec[] {
    const kind = this.kind === 'mentee' ? 'mentee' : 'mentor';
    const specs = fieldsFor(kind, parseFieldsAttribute(this.fields));
    return this.checks.data?.withMatchingFields(specs, kind) ?? specs;
  }

  private submissionContext(privacyUrl: string): SubmissionContext {
    return {
      kind: this.kind === 'mentee' ? 'mentee' : 'mentor',
      programme: this.programme,
      training: this.training,
      privacyUrl,
      locale: this.localize.lang,
      draftId: this.draft.draftId,
      questions: this.parsedQuestions.questions,
    };
  }

  // ---- Messages -------------------------------------------------------------------------

  private errorText(error: FieldError): string {
    if ('text' in error) return error.text;
    if (error.key === 'signupErrorTooLong' || error.key === 'signupErrorTooMany') {
      return this.localize.term(error.key, { max: error.max });
    }
    return this.localize.term(error.key);
  }

  private fieldContext(): FormFieldContext {
    return {
      lang: this.localize.lang,
      values: this.values,
      errors: this.errors,
      msg: (key: PlainKey) => this.localize.term(key),
      languageLevel: (language: string) => this.localize.term('signupLanguageLevel', { language }),
      errorText: (error: FieldError) => this.errorText(error),
      optionalWord: this.localize.term('optional'),
      host: this,
      localize: this.localize,
    };
  }

  // ---- Reading what the person does -----------------------------------------------------

  private readonly onInput = (event: Event): void => {
    const target = event.target;
    if (!isFormControl(target)) return;
    const name = target.name;
    if (!name) return;
    if (name === HONEYPOT_NAME) {
      this.honeypot = target.value;
      return;
    }
    const { path, value } = readControl(target, this.values);
    this.values = { ...this.values, [path]: value };
    this.edited.add(path);
    this.draft.save(this.values);
  };

  /** After a field loses focus (not to another control of the same field), check it if edited. */
  private readonly onFocusOut = (event: FocusEvent): void => {
    const from = (event.target as Element | null)?.closest('[data-field]');
    const path = from?.getAttribute('data-field');
    if (!path || !this.edited.has(path)) return;
    const to = event.relatedTarget as Element | null;
    if (to && from?.contains(to)) return;
    this.edited.delete(path);
    void this.checkField(path);
  };

  /**
   * Checks one field, waiting for checks.ts when it has not arrived yet. After a failed load
   * a blur does not load it again (that would take the form's error notice away while it
   * loads): "Try again" or a submit does, and the field is checked then.
   */
  private async checkField(path: string): Promise<void> {
    const checks =
      this.checks.data ??
      (this.checks.state.status === 'error' ? undefined : await this.whenChecks());
    if (checks) this.showFieldCheck(path, checks);
    else this.uncheckedFields.add(path);
  }

  private showFieldCheck(path: string, checks: Checks): void {
    const href = this.privacyHref();
    if (!href) return;
    const { errors } = checks.validateForm(
      this.values,
      this.submissionContext(href),
      answerShapes(this.specs, this.parsedQuestions.questions),
    );
    const next = new Map(this.errors);
    const error = errors.get(path);
    if (error) next.set(path, error);
    else next.delete(path);
    this.errors = next;
    // The error appears beside a field the person has just left: said in the form's status
    // region, with the field's name, or it is not heard at all (WCAG 4.1.3; issue 24).
    const context = this.fieldContext();
    const label = checks.fieldLabel(path, this.specs, this.parsedQuestions.questions, context);
    const said = error ? context.errorText(error) : '';
    this.announcement = error && label ? `${label}: ${said}` : said;
  }

  // ---- Submitting -----------------------------------------------------------------------

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.phase === 'sending' || this.submitWaiting === 'load') return;
    const checks = this.checks.data ?? (await this.checksForSubmit());
    const href = this.privacyHref();
    if (!checks || !href) return;
    this.edited.clear();
    const endpoint = this.endpoint ?? checks.apiUrl(this.apiBase, 'signups');
    this.sending?.abort();
    this.sending = new AbortController();
    await checks.submitSignup({
      element: this,
      values: this.values,
      context: this.submissionContext(href),
      shapes: answerShapes(this.specs, this.parsedQuestions.questions),
      suspectedBot: this.honeypot !== '' || Date.now() - this.draft.startedAt < this.minFillTime,
      request: endpoint
        ? {
            endpoint: new URL(endpoint, document.baseURI),
            encoding: this.encoding === 'form' ? 'form' : 'json',
            timeout: this.timeout,
            retryDelays: this.retryDelays,
          }
        : undefined,
      signal: this.sending.signal,
      show: (view) => this.showSubmitStep(view),
    });
  };

  /**
   * A submit before checks.ts arrived waits for it (normally there long before): the form is
   * never sent unchecked. If it cannot be loaded, focus goes to the notice that says so, and
   * its "Try again" submits.
   */
  private async checksForSubmit(): Promise<Checks | undefined> {
    this.submitWaiting = 'load';
    const checks = await this.whenChecks();
    this.submitWaiting = checks ? undefined : 'retry';
    if (!checks) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="state"]')?.focus();
    }
    return checks;
  }

  /** Shows a step of the submit (submit.ts), with focus where the person needs it. */
  private async showSubmitStep(view: SubmitView): Promise<void> {
    switch (view.step) {
      case 'valid':
        this.errors = new Map();
        this.showSummary = false;
        return;
      case 'sending':
        this.phase = 'sending';
        return;
      case 'aborted':
        this.phase = 'editing';
        return;
      case 'errors':
        this.errors = view.errors;
        this.phase = 'editing';
        this.showSummary = true;
        await this.focusAfterRender('.error-summary');
        return;
      case 'success':
        if (view.stored) this.draft.stored();
        this.phase = 'success';
        await this.focusAfterRender('.success');
        return;
      case 'training':
        this.phase = 'editing';
        this.trainingRefusal = view.refusal;
        await this.focusAfterRender('[part="training-refusal"]');
        return;
      case 'failed':
        this.sendFailure = view.kind;
        this.phase = 'failed';
        await this.focusAfterRender('[part="state"]');
        return;
    }
  }

  private async focusAfterRender(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private readonly discardDraft = (): void => {
    this.startOver('discarded');
  };

  private retrySend(): void {
    this.renderRoot.querySelector('form')?.requestSubmit();
  }

  /** "Try again" after checks.ts failed to load: load it, then do what was waiting for it. */
  private async retryChecks(): Promise<void> {
    if (!(await this.whenChecks())) return;
    if (this.submitWaiting === 'retry') {
      this.submitWaiting = undefined;
      this.retrySend();
      return;
    }
    // The notice and its button are gone: focus goes back into the form, not to the page.
    await this.updateComplete;
    this.focus();
  }

  // ---- Rendering ------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const href = this.privacyHref();
    const problem = configurationProblem({
      privacyHref: href,
      programme: this.programme,
      training: this.training,
    });
    if (!href || problem) {
      if (problem && this.warnedConfiguration !== problem) {
        this.warnedConfiguration = problem;
        console.warn(`[mentorkit] <mk-signup-form> ${problem}`);
      }
      return renderMisconfigured(this.localize);
    }
    if (this.phase === 'success') return this.renderSuccess();
    return this.renderForm(href);
  }

  private renderSuccess(): TemplateResult {
    return html`<div class="success" part="success" tabindex="-1" lang=${this.localize.lang}>
      <p class="success__title">${this.localize.term('signupSuccessTitle')}</p>
      <p>${this.localize.term('signupSuccessBody')}</p>
    </div>`;
  }

  private renderForm(privacyHref: string): TemplateResult {
    const context = this.fieldContext();
    const sending = this.phase === 'sending';
    const label = this.localize.term(
      this.kind === 'mentee' ? 'signupFormLabelMentee' : 'signupFormLabelMentor',
    );
    const training = this.trainingTitle || this.training;
    return html`<form
      part="form"
      novalidate
      lang=${this.localize.lang}
      aria-label=${label}
      aria-busy=${sending ? 'true' : 'false'}
      @submit=${this.onSubmit}
      @input=${this.onInput}
      @change=${this.onInput}
      @focusout=${this.onFocusOut}
    >
      ${
        training
          ? html`<p class="training" part="training" tabindex="-1">
              ${this.localize.term('signupTraining', { training })}
            </p>`
          : nothing
      }
      ${this.renderTrainingRefusal()} ${this.draft.renderNotice(this.localize, this.discardDraft)}
      ${this.renderQuestionProblems()}
      ${
        this.showSummary && this.errors.size > 0
          ? this.checks.data?.renderErrorSummary({
              errors: this.errors,
              specs: this.specs,
              questions: this.parsedQuestions.questions,
              context,
            })
          : nothing
      }
      ${this.renderChecksError()} ${this.phase === 'failed' ? this.renderSendError() : nothing}
      ${this.specs.map((spec) => (this.checks.data?.renderFormField ?? renderField)(spec, context))}
      ${this.parsedQuestions.questions.map((question: Question) =>
        // Only checks.ts reads the questions, and it brings their template.
        this.checks.data?.renderQuestion(question, context),
      )}
      ${renderConsent(privacyHref, context, this.localize.term('opensInNewWindow'))}
      ${renderHoneypot(context)}
      <div class="actions">
        <button
          class="primary"
          part="submit"
          type="submit"
          aria-disabled=${sending ? 'true' : 'false'}
        >
          ${sending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
          ${sending ? this.localize.term('signupSending') : this.localize.term('signupSubmit')}
        </button>
        <span class="visually-hidden" role="status"
          >${sending ? this.localize.term('signupSending') : this.announcement}</span
        >
      </div>
    </form>`;
  }

  /** The server refused the training: why, and the ways on (checks.ts brings the template). */
  private renderTrainingRefusal(): TemplateResult | typeof nothing {
    const refusal = this.trainingRefusal;
    if (!refusal) return nothing;
    return (
      this.checks.data?.renderTrainingRefusal(refusal, this.localize, {
        choose: (next, label) => this.changeTraining(next.uid, label),
        withoutTraining: () => this.changeTraining(undefined, undefined),
      }) ?? nothing
    );
  }

  /** Signs up for another date of the training, or for none, with everything else kept. */
  private changeTraining(uid: string | undefined, title: string | undefined): void {
    this.training = uid;
    this.trainingTitle = title;
    this.trainingRefusal = undefined;
    this.retrySend();
  }

  private renderQuestionProblems(): TemplateResult | typeof nothing {
    if (this.parsedQuestions.problems.length === 0) return nothing;
    return html`<p class="notice notice--warning" part="error">
      ${this.localize.term('signupQuestionsInvalid')}
    </p>`;
  }

  /** Every attempt to send failed: the input stays, and "Try again" sends it again. */
  private renderSendError(): TemplateResult {
    // "Check your connection" only when the browser knows it is offline.
    const offline = this.sendFailure === 'network' && isOffline();
    const text = {
      title: this.localize.term('signupSendErrorTitle'),
      body: this.localize.term(offline ? 'signupSendErrorBody' : 'signupSendErrorUnreachableBody'),
    };
    return renderFailure(text, this.localize, () => this.retrySend());
  }

  /** checks.ts did not arrive: nothing can be checked or sent until it does; the input stays. */
  private renderChecksError(): TemplateResult | typeof nothing {
    const { state } = this.checks;
    return state.status === 'error'
      ? renderLoadError(state.error, this.localize, () => void this.retryChecks())
      : nothing;
  }
}
