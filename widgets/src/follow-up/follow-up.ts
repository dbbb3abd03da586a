import { html } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import type { FollowUpQuestionnaire } from '@mentorkit/core';
import { DataController } from '../shared/data-controller.ts';
import type { DataError } from '../shared/data-controller.ts';
import { renderDataState, renderMisconfigured } from '../shared/data-state.ts';
import { adoptLazyStyles } from '../shared/lazy-styles.ts';
import { MentorkitElement } from '../shared/mentorkit-element.ts';
import { ModuleController, moduleForParse } from '../shared/module-controller.ts';
import { DEFAULT_RETRY_DELAYS, DEFAULT_SEND_TIMEOUT } from '../shared/send/send-defaults.ts';
import { parseKind, parseMonths } from './attributes.ts';
import type * as ChecksModule from './checks.ts';
import type { FieldErrors } from './field-error.ts';
import { followUpMessages } from './locales/index.ts';
import type { FollowUpMessages } from './locales/sv.ts';
import type { FollowUpControl, FollowUpValues } from './questions.ts';
import type { SubmitView } from './submit.ts';

type Checks = typeof ChecksModule;

/** A questionnaire that passed its checks, and the module that checks and sends the answers. */
interface Loaded {
  questionnaire: FollowUpQuestionnaire;
  checks: Checks;
}

type Phase = 'form' | 'sending' | 'failed' | 'submitted' | 'expired';

/** The names of the form's controls (what `onInput` reads). */
const CONTROLS: ReadonlySet<string> = new Set<FollowUpControl>([
  'workSituation',
  'weeklyHours',
  'sinceMonth',
  'sinceYear',
  'helped',
  'stillMeeting',
  'mentorAgain',
  'comment',
]);

/**
 * The follow-up of a mentoring match's outcome, 3, 6 and 12 months after it started: the
 * mentee's work situation (and, in a job or studies, hours a week and since when) and how much
 * the mentoring helped; the mentor's view of the meetings and whether they would mentor again.
 *
 * @tag mk-follow-up
 * @summary The follow-up questionnaire of a match, for the mentee or the mentor; posts the answers.
 *
 * Loads a `FollowUpQuestionnaire` from `src` (the backend's `/api/follow-ups/<token>`) and
 * posts the answers back there as JSON (`FollowUpAnswers`), or to `endpoint`. A page without a
 * backend link sets `kind` and `months-after-start` instead (and `endpoint`, or handles
 * `mk-follow-up-submit`). A questionnaire already answered says when, and offers to change the
 * answers (sending again replaces them); an expired or withdrawn link (410) says so.
 *
 * @csspart form - The form.
 * @csspart title - The heading.
 * @csspart intro - The text under the heading (and the date to answer by).
 * @csspart field - Each question's wrapper (a `fieldset` for a group of choices).
 * @csspart label - Each question's label or legend.
 * @csspart input - Each radio button, text field, select and the comment.
 * @csspart error - A question's error message, and the error of a failed load or send.
 * @csspart error-summary - The list of errors at the top after a failed submit.
 * @csspart submit - The submit button.
 * @csspart thanks - The thanks once the answers are stored.
 * @csspart answered - The note that the questionnaire was answered before.
 * @csspart change-button - "Change my answers" on that note.
 * @csspart expired - The note that the link has expired or was withdrawn.
 * @csspart state - The frame of the loading, error and misconfigured states, and of a failed send.
 * @csspart loading - The loading message.
 * @csspart retry-button - "Try again" after a failed load or send.
 *
 * @cssprop --mk-color-accent - The submit button and the chosen answers.
 * @cssprop --mk-color-danger - Errors.
 * @cssprop --mk-color-success - The thanks' accent.
 * @cssprop --mk-font-family - The font; all `--mk-*` theme tokens apply.
 *
 * @fires mk-follow-up-submit - Valid answers were submitted; cancelable (cancel it to send them yourself). Detail: `{ answers }`.
 * @fires mk-follow-up-submitted - The server stored the answers. Detail: `{ answers, status, questionnaire? }`.
 * @fires mk-follow-up-error - The server refused answers (422), the link has expired (410), or every attempt failed. Detail: `{ answers, kind, status?, errors? }`.
 */
export class MkFollowUp extends MentorkitElement<FollowUpMessages> {
  // The form's own styles come with checks.ts, when a questionnaire is first shown.

  /**
   * The reactive properties, each declared and documented below. Written here rather than with
   * decorators, which compile to about 0.4 KB more per entry (docs/decisions/0007).
   */
  static override properties = {
    src: {},
    endpoint: {},
    kind: {},
    monthsAfterStart: { attribute: 'months-after-start' },
    programmeName: { attribute: 'programme-name' },
    questionnaire: { attribute: false },
    timeout: { type: Number },
    retryDelays: { attribute: false },
    values: { state: true },
    errors: { state: true },
    phase: { state: true },
    showSummary: { state: true },
    changing: { state: true },
  };

  /** URL of a `FollowUpQuestionnaire` as JSON; the answers are posted back to it. */
  src?: string;

  /** Where to POST the answers (JSON). Default: `src`. */
  endpoint?: string;

  /** Without `src`: whose questionnaire, `mentee` or `mentor`. */
  kind?: 'mentee' | 'mentor';

  /** Without `src`: months after the match started (3, 6, 12; 1–60). */
  monthsAfterStart?: number | string;

  /** The programme's name in the heading; wins over the questionnaire's `programmeName`. */
  programmeName?: string;

  /** The questionnaire itself, from code instead of `src`; checked the same way. */
  questionnaire?: FollowUpQuestionnaire;

  /** Milliseconds one attempt to send may take. */
  timeout = DEFAULT_SEND_TIMEOUT;

  /** Delays before each retry of a failed send, in ms (three by default). */
  retryDelays: readonly number[] = DEFAULT_RETRY_DELAYS;

  private values: FollowUpValues = {};
  private errors: FieldErrors = new Map();
  private phase: Phase = 'form';
  private showSummary = false;
  /** The questionnaire was answered before, and the person chose to change the answers. */
  private changing = false;
  private sendFailure: 'network' | 'timeout' | 'http' = 'network';
  private sending: AbortController | undefined;
  private warned = '';

  protected readonly localize = this.localizeWith(followUpMessages);

  /** checks.ts: the schemas (zod/mini) and the submit; the questionnaire waits for it. */
  private readonly checks = new ModuleController(this, () => import('./checks.ts'));

  private readonly data = new DataController<Loaded>(this, {
    parse: async (body) => {
      const checks = await moduleForParse(this.checks);
      adoptLazyStyles(this, checks.followUpStyles);
      const questionnaire = checks.validateQuestionnaire(body);
      this.speak(questionnaire.locale);
      return { questionnaire, checks };
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // At once, so that the checks arrive while the questionnaire is fetched.
    void this.checks.ensure();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sending?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const keys = ['src', 'questionnaire', 'kind', 'monthsAfterStart'] as const;
    if (!keys.some((key) => changed.has(key))) return;
    this.sending?.abort();
    this.values = {};
    this.errors = new Map();
    this.phase = 'form';
    this.showSummary = false;
    this.changing = false;
    const fromAttributes = this.attributeQuestionnaire();
    if (this.src) void this.data.load(this.src);
    else if (this.questionnaire !== undefined || fromAttributes !== undefined) {
      const given: unknown = this.questionnaire ?? fromAttributes;
      void this.data.load(() => Promise.resolve(given));
    } else this.data.reset();
  }

  /**
   * The answerer's language, when the backend knows it and the element has no `lang` of its
   * own (which wins): before the questionnaire shows, so that it never shows in another one.
   */
  private speak(locale: FollowUpQuestionnaire['locale']): void {
    const own = this.getAttribute('lang');
    // A lang this element set for an earlier questionnaire is not the page's: it may change.
    if (!locale || (own && own !== this.spokenLang)) return;
    this.spokenLang = locale;
    this.setAttribute('lang', locale);
    this.localize.refresh();
  }

  /** The `lang` that `speak` set, told apart from one the page set. */
  private spokenLang: string | undefined;

  /** `kind` and `months-after-start` as a questionnaire; `undefined` unless both are right. */
  private attributeQuestionnaire():
    Pick<FollowUpQuestionnaire, 'role' | 'monthsAfterStart'> | undefined {
    const role = parseKind(this.kind);
    const monthsAfterStart = parseMonths(this.monthsAfterStart);
    return role && monthsAfterStart ? { role, monthsAfterStart } : undefined;
  }

  /** Where the answers go: `endpoint`, else `src`, resolved against the page. */
  private get endpointUrl(): URL | undefined {
    const target = this.endpoint || this.src;
    if (!target) return undefined;
    try {
      return new URL(target, document.baseURI);
    } catch {
      return undefined;
    }
  }

  // ---- Reading what the person does -----------------------------------------------------

  private readonly onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const name = target.name;
    if (!CONTROLS.has(name)) return;
    if (target instanceof HTMLInputElement && target.type === 'radio' && !target.checked) return;
    this.values = { ...this.values, [name]: target.value };
  };

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  private async submit(): Promise<void> {
    const loaded = this.data.data;
    // One send at a time: a second press while sending does nothing.
    if (!loaded || this.phase === 'sending') return;
    this.sending = new AbortController();
    await loaded.checks.submitFollowUp({
      element: this,
      role: loaded.questionnaire.role,
      values: this.values,
      endpoint: this.endpointUrl,
      timeout: this.timeout,
      retryDelays: this.retryDelays,
      signal: this.sending.signal,
      show: (view) => this.showSubmitStep(view),
    });
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
        this.phase = 'form';
        return;
      case 'errors':
        this.errors = view.errors;
        this.phase = 'form';
        this.showSummary = true;
        return this.focusAfterRender('.error-summary');
      case 'submitted':
        this.phase = 'submitted';
        return this.focusAfterRender('[part="thanks"]');
      case 'expired':
        this.phase = 'expired';
        return this.focusAfterRender('[part~="expired"]');
      case 'failed':
        this.sendFailure = view.kind;
        this.phase = 'failed';
        return this.focusAfterRender('.send-error [part="state"]');
    }
  }

  private async focusAfterRender(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private readonly onChange = (): void => {
    this.changing = true;
    void this.focusAfterRender('[part="title"]');
  };

  private readonly onRetry = (): void => {
    this.renderRoot.querySelector('form')?.requestSubmit();
  };

  // ---- Rendering ------------------------------------------------------------------------

  protected override render(): unknown {
    const error = this.data.error;
    if (error?.kind === 'http' && error.status === 410) return this.renderExpired();
    return renderDataState(this.data, this.localize, (loaded) => this.renderLoaded(loaded), {
      idle: () => this.renderMisconfigured(),
      errorText: (failure) => this.loadErrorText(failure),
    });
  }

  private loadErrorText(error: DataError): { title: string; body: string } | undefined {
    if (error.kind !== 'http' || error.status !== 404) return undefined;
    return {
      title: this.localize.term('followUpNotFoundTitle'),
      body: this.localize.term('followUpNotFoundBody'),
    };
  }

  private renderMisconfigured(): TemplateResult {
    const problem =
      this.kind !== undefined || this.monthsAfterStart !== undefined
        ? 'needs kind="mentee" or kind="mentor" and months-after-start (1–60) when it has no src.'
        : 'needs a src (the questionnaire), or kind and months-after-start.';
    if (this.warned !== problem) {
      this.warned = problem;
      console.warn(`[mentorkit] <mk-follow-up> ${problem}`);
    }
    return renderMisconfigured(this.localize);
  }

  private renderExpired(): TemplateResult {
    return html`<div class="mk-state" part="state expired" tabindex="-1">
      <div class="mk-state__error" role="alert" part="error">
        <p class="mk-state__title">${this.localize.term('followUpExpiredTitle')}</p>
        <p>${this.localize.term('followUpExpiredBody')}</p>
      </div>
    </div>`;
  }

  private renderLoaded({ questionnaire, checks }: Loaded): TemplateResult {
    if (this.phase === 'expired') return this.renderExpired();
    if (this.phase === 'submitted') return checks.renderThanks(this.localize);
    if (questionnaire.answeredAt && !this.changing)
      return checks.renderAnswered(this.localize, questionnaire.answeredAt, this.onChange);
    return checks.renderForm({
      localize: this.localize,
      questionnaire,
      programmeName: this.programmeName,
      values: this.values,
      errors: this.errors,
      showSummary: this.showSummary,
      changing: this.changing,
      phase: this.phase,
      sendFailure: this.sendFailure,
      onSubmit: this.onSubmit,
      onInput: this.onInput,
      onRetry: this.onRetry,
    });
  }
}
