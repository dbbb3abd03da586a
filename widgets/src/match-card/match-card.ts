import type { PropertyValues } from 'lit';
import type { MatchProfile } from '@mentorkit/core';
import { DataController } from '../shared/data-controller.ts';
import { renderDataState, renderMisconfigured } from '../shared/data-state.ts';
import { emit } from '../shared/events.ts';
import { adoptLazyStyles } from '../shared/lazy-styles.ts';
import { apiUrl } from '../shared/api-base.ts';
import { MentorkitElement } from '../shared/mentorkit-element.ts';
import { ModuleController, moduleForParse } from '../shared/module-controller.ts';
import { matchMessages } from './locales/index.ts';
import type { MatchCardMessages } from './locales/sv.ts';
import type { MkMatchActionDetail } from './events.ts';
import { isKnownTimeZone, parseAudience, parseLayout } from './attributes.ts';
import type { MatchAudience, MatchLayout } from './attributes.ts';
import type * as CardModule from './render-card.ts';
import type { AnswerState, AnswerStep } from './render-card.ts';

/** A profile that passed validation, and the module that shows it. */
interface LoadedCard {
  profile: MatchProfile;
  card: typeof CardModule;
}

/**
 * @tag mk-match-card
 * @summary One mentor–mentee match: who the two are, why they were matched, and how it goes.
 *
 * Loads a `MatchProfile` from `src` or takes it from the `match` property (which wins when
 * both are set) and validates it; a profile that fails validation shows a localised error.
 * What is shown depends on `audience`: `public` shows no names, photos or contact details
 * (they are not in the DOM at all), `participant` (the default) shows names and greets the
 * pair by first name, `coordinator` shows everything including score, status and contact
 * details. An unknown `audience` value is treated as `public`.
 *
 * @csspart card - The card around a loaded match.
 * @csspart header - The title, greeting, status and score.
 * @csspart title - The card's heading.
 * @csspart status - The match status (participant and coordinator).
 * @csspart score - The match score (coordinator).
 * @csspart person - Each person's panel; also `person-mentor` and `person-mentee`.
 * @csspart avatar - A person's avatar; also `avatar-photo` or `avatar-initials`.
 * @csspart name - A person's name (or, for the public, role and profession).
 * @csspart role - A person's role under their name.
 * @csspart facts - A person's profession, industry, region, languages and goals.
 * @csspart languages - The list of a person's languages.
 * @csspart language - One language; shared ones also have `language-shared`.
 * @csspart shared-badge - The "shared" mark on a shared language.
 * @csspart contact-link - An email or phone link (coordinator).
 * @csspart goals - The mentee's goals against the mentor's expertise (full layout).
 * @csspart goal - One goal.
 * @csspart reasons - Why the match was proposed.
 * @csspart reason - One reason.
 * @csspart reason-weight - A reason's weight as text.
 * @csspart reason-bar - A reason's weight as a bar.
 * @csspart reason-group - The occupation group both share, under the profession's reason.
 * @csspart schedule - Meetings, next meeting and start.
 * @csspart meetings - Meetings held against planned.
 * @csspart progress - The `<progress>` of meetings held.
 * @csspart next-meeting - The next meeting's date and time.
 * @csspart started - When the match started (full layout).
 * @csspart actions - The Accept, Decline and Contact buttons.
 * @csspart accept-button - Accept (proposed matches).
 * @csspart decline-button - Decline (proposed matches).
 * @csspart contact-button - Contact.
 * @csspart decline-confirmation - The question shown before a decline.
 * @csspart confirm-decline-button - Confirms the decline.
 * @csspart cancel-decline-button - Keeps the match.
 * @csspart state - The frame of the loading and error states.
 * @csspart error - The error message.
 * @csspart retry-button - Loads again after an error.
 *
 * @cssprop --mk-match-avatar-size - The avatar's size (default 3rem).
 * @cssprop --mk-color-accent - Buttons, progress and shared marks; all `--mk-*` theme tokens apply.
 *
 * @csspart decline-reason - The optional reason asked with a decline the card sends.
 * @csspart answer-status - What became of an answer (also `answer-sending`, `answer-done`, `answer-failed`).
 * @csspart retry-answer-button - Sends a failed answer again.
 * @csspart cancel-answer-button - Leaves a failed answer and shows the buttons again.
 * @csspart contact-details - The other person's contact details, or when they will be shown.
 *
 * @fires mk-match-accept - The person pressed Accept. `detail: { matchId }`. Cancelable: cancel it
 * to handle the answer yourself; otherwise the card sends it to the profile's `actions.accept`.
 * @fires mk-match-decline - The person pressed Decline and confirmed. `detail: { matchId }`.
 * Cancelable; otherwise sent to `actions.decline` with the optional reason.
 * @fires mk-match-contact - The person pressed Contact. `detail: { matchId }`. Cancelable;
 * otherwise a participant's card shows the other person's contact details once the match is
 * active.
 */
export class MkMatchCard extends MentorkitElement<MatchCardMessages> {
  // The card's own styles come with its module, when a profile is first shown.

  /**
   * The reactive properties, each declared and documented below. Written here rather than with
   * decorators, which compile to about 0.4 KB more per entry (docs/decisions/0007).
   */
  static override properties = {
    src: { reflect: true },
    matchId: { attribute: 'match-id' },
    match: { attribute: false },
    layout: {},
    audience: {},
    actions: { type: Boolean, reflect: true },
    timeZone: { attribute: 'time-zone' },
    confirmingDecline: { state: true },
    brokenPhotos: { state: true },
    answer: { state: true },
    contactOpen: { state: true },
  };

  /** URL of a `MatchProfile` as JSON. */
  src?: string;

  /**
   * A match's id at the backend, instead of `src`: the card reads `matches/<id>` from the
   * backend's API (its `api-base`, else the API beside the script when it was loaded from a
   * backend's `/widgets/`).
   */
  matchId?: string;

  /** The match itself, instead of `src`; validated the same way. */
  match?: MatchProfile;

  /** `full` (default) or `compact`. */
  layout: MatchLayout = 'full';

  /** Who is looking: `public`, `participant` (default) or `coordinator`. */
  audience: MatchAudience = 'participant';

  /** Shows Accept and Decline (for a proposed match) and Contact; not for the public audience. */
  actions = false;

  /** The IANA time zone for the next meeting (default: the browser's). */
  timeZone?: string;

  private confirmingDecline = false;
  private brokenPhotos: ReadonlySet<string> = new Set();
  private answer: AnswerState | undefined;
  private contactOpen = false;
  private declineReason = '';
  /** The match as the backend answered an answer: it replaces the loaded one. */
  private answeredProfile: MatchProfile | undefined;
  /** Where the profile came from: the base of the relative URLs in its `actions`. */
  private profileUrl: string | undefined;

  private get cardElement(): HTMLElement | null {
    return this.renderRoot.querySelector('.card');
  }

  readonly localize = this.localizeWith(matchMessages);

  /** The card's module: validation, view model, templates and styles (see render-card.ts). */
  private readonly card = new ModuleController(this, () => import('./render-card.ts'));

  /**
   * The profile, validated once the card's module is there (the card shows its loading state
   * meanwhile); a failure becomes the shared `invalid` error state.
   */
  private readonly data = new DataController<LoadedCard>(this, {
    parse: async (body) => {
      const card = await moduleForParse(this.card);
      adoptLazyStyles(this, card.matchCardStyles);
      return { profile: card.validateProfile(body), card };
    },
  });

  /** Where focus goes after the next render (the confirmation opening or closing). */
  private pendingFocus: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Now, so that the module arrives while the profile is fetched; a failed load shows when
    // the profile is parsed, as the "No connection" state.
    void this.card.ensure();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      ['match', 'src', 'matchId', 'apiBase'].some((key) => changed.has(key as keyof MkMatchCard))
    ) {
      this.confirmingDecline = false;
      this.answer = undefined;
      this.answeredProfile = undefined;
      this.contactOpen = false;
      const src =
        this.src ??
        (this.matchId
          ? apiUrl(this.apiBase, `matches/${encodeURIComponent(this.matchId)}`)
          : undefined);
      this.profileUrl = this.match === undefined ? src : undefined;
      if (this.match !== undefined) {
        const match: unknown = this.match;
        void this.data.load(() => Promise.resolve(match));
      } else if (src) {
        void this.data.load(src);
      } else {
        this.data.reset();
      }
    }
  }

  protected override updated(): void {
    if (this.pendingFocus === undefined) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
    this.pendingFocus = undefined;
    (target ?? this.cardElement)?.focus();
  }

  private get currentAudience(): MatchAudience {
    return parseAudience(this.audience);
  }

  private get currentTimeZone(): string | undefined {
    if (!this.timeZone) return undefined;
    if (isKnownTimeZone(this.timeZone)) return this.timeZone;
    console.warn(
      `[mentorkit] <mk-match-card>: unknown time-zone "${this.timeZone}", using the browser's.`,
    );
    return undefined;
  }

  override render(): unknown {
    return renderDataState(
      this.data,
      this.localize,
      ({ profile: loaded, card }) => {
        const profile = this.answeredProfile ?? loaded;
        return card.renderCard(profile, {
          localize: this.localize,
          layout: parseLayout(this.layout),
          audience: this.currentAudience,
          timeZone: this.currentTimeZone,
          brokenPhotos: this.brokenPhotos,
          onPhotoError: (url) => {
            this.brokenPhotos = new Set([...this.brokenPhotos, url]);
          },
          actions: this.actions
            ? {
                confirmingDecline: this.confirmingDecline,
                sendsAnswers: profile.actions !== undefined,
                declineReason: this.declineReason,
                answer: this.answer,
                contactOpen: this.contactOpen,
                onReasonInput: this.onReasonInput,
                onRetryAnswer: this.onRetryAnswer,
                onCancelAnswer: this.onCancelAnswer,
                onAccept: this.onAccept,
                onDecline: this.onDecline,
                onContact: this.onContact,
                onConfirmDecline: this.onConfirmDecline,
                onCancelDecline: this.onCancelDecline,
                onConfirmKeydown: this.onConfirmKeydown,
              }
            : undefined,
        });
      },
      { idle: () => renderMisconfigured(this.localize) },
    );
  }

  /** The detail of every action event; `undefined` when no match is loaded. */
  private get actionDetail(): MkMatchActionDetail | undefined {
    const matchId = this.data.data?.profile.id;
    return matchId === undefined ? undefined : { matchId };
  }

  private readonly onAccept = (): void => {
    const detail = this.actionDetail;
    // Cancelable: a partner's page may handle the answer itself.
    if (detail && emit(this, 'mk-match-accept', detail, { cancelable: true })) {
      this.send('accept');
    }
  };

  private readonly onContact = (): void => {
    const detail = this.actionDetail;
    if (detail && emit(this, 'mk-match-contact', detail, { cancelable: true })) {
      this.contactOpen = !this.contactOpen;
    }
  };

  /** Posts the answer where the profile says; without an address, the event was all. */
  private send(step: AnswerStep): void {
    const loaded = this.data.data;
    const target = (this.answeredProfile ?? loaded?.profile)?.actions?.[step];
    if (!loaded || !target) return;
    const reason = step === 'decline' ? this.declineReason.trim() : '';
    this.answer = { step, phase: 'sending' };
    this.pendingFocus = '#answer';
    const settle = (phase: AnswerState['phase']) => {
      this.answer = { step, phase };
      this.pendingFocus = '#answer';
    };
    // Relative to where the profile came from (itself relative to the page); a URL that does
    // not resolve fails like a refused answer.
    const base = this.profileUrl ?? '';
    Promise.resolve()
      .then(() =>
        loaded.card.sendAnswer(
          new URL(target, new URL(base, document.baseURI)),
          reason ? { reason } : {},
        ),
      )
      .then(
        (profile) => {
          this.answeredProfile = profile;
          settle('done');
        },
        () => settle('failed'),
      );
  }

  private readonly onRetryAnswer = (): void => {
    if (this.answer) this.send(this.answer.step);
  };

  private readonly onCancelAnswer = (): void => {
    this.answer = undefined;
    this.pendingFocus = '[part~="actions"] button';
  };

  private readonly onReasonInput = (event: Event): void => {
    this.declineReason = (event.target as HTMLTextAreaElement).value;
  };

  private readonly onDecline = (): void => {
    this.confirmingDecline = true;
    this.pendingFocus = '#decline-question';
  };

  private readonly onCancelDecline = (): void => {
    this.confirmingDecline = false;
    this.pendingFocus = '[part~="decline-button"]';
  };

  private readonly onConfirmDecline = (): void => {
    this.confirmingDecline = false;
    this.pendingFocus = '[part~="decline-button"]';
    const detail = this.actionDetail;
    if (detail && emit(this, 'mk-match-decline', detail, { cancelable: true })) {
      this.send('decline');
    }
  };

  private readonly onConfirmKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.onCancelDecline();
  };
}
