import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { MatchProfile } from '@mentorkit/core';
import { DataController } from '../shared/data-controller.ts';
import { renderDataState, renderMisconfigured } from '../shared/data-state.ts';
import { dataStateStyles } from '../shared/data-state.styles.ts';
import { emit } from '../shared/events.ts';
import { LocalizeController } from '../shared/localize-controller.ts';
import { matchMessages } from './locales/index.ts';
import { themeStyles } from '../shared/theme.styles.ts';
import type { MkMatchActionDetail } from './events.ts';
import { matchCardStyles } from './match-card.styles.ts';
import type { RenderContext } from './render-context.ts';
import { formatPercent, renderGoals, renderProgress, renderReasons } from './render-details.ts';
import { renderPerson } from './render-person.ts';
import { firstName, isKnownTimeZone, matchView, parseAudience, parseLayout } from './view-model.ts';
import type { MatchAudience, MatchLayout, MatchView } from './view-model.ts';

/**
 * Validates a loaded profile with the lazily loaded schema (the card shows its loading state
 * meanwhile); a failure becomes the shared `invalid` error state.
 */
async function parseProfile(body: unknown): Promise<MatchProfile> {
  const { validateProfile } = await import('./validate-profile.ts');
  return validateProfile(body);
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
 * @fires mk-match-accept - The person pressed Accept. `detail: { matchId }`.
 * @fires mk-match-decline - The person pressed Decline and confirmed. `detail: { matchId }`.
 * @fires mk-match-contact - The person pressed Contact. `detail: { matchId }`.
 */
export class MkMatchCard extends LitElement {
  static override styles = [themeStyles, dataStateStyles, matchCardStyles];

  /** URL of a `MatchProfile` as JSON. */
  @property({ reflect: true }) src?: string;

  /** The match itself, instead of `src`; validated the same way. */
  @property({ attribute: false }) match?: MatchProfile;

  /** `full` (default) or `compact`. */
  @property() layout: MatchLayout = 'full';

  /** Who is looking: `public`, `participant` (default) or `coordinator`. */
  @property() audience: MatchAudience = 'participant';

  /** Shows Accept and Decline (for a proposed match) and Contact; not for the public audience. */
  @property({ type: Boolean, reflect: true }) actions = false;

  /** The IANA time zone for the next meeting (default: the browser's). */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  @state() private confirmingDecline = false;
  @state() private brokenPhotos: ReadonlySet<string> = new Set();

  @query('.card') private cardElement?: HTMLElement | null;

  readonly localize = new LocalizeController(this, matchMessages);

  private readonly data = new DataController<MatchProfile>(this, { parse: parseProfile });

  /** Where focus goes after the next render (the confirmation opening or closing). */
  private pendingFocus: string | undefined;

  /** Renders once the element's messages are loaded, never in another language first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.localize.whenReady(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('match') || changed.has('src')) {
      this.confirmingDecline = false;
      if (this.match !== undefined) {
        const match: unknown = this.match;
        void this.data.load(async () => match);
      } else if (this.src) {
        void this.data.load(this.src);
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
    return renderDataState(this.data, this.localize, (profile) => this.renderCard(profile), {
      idle: () => renderMisconfigured(this.localize),
    });
  }

  private renderCard(profile: MatchProfile): TemplateResult {
    const layout = parseLayout(this.layout);
    const view = matchView(profile, this.currentAudience);
    const context: RenderContext = {
      localize: this.localize,
      layout,
      timeZone: this.currentTimeZone,
      brokenPhotos: this.brokenPhotos,
      onPhotoError: (url) => {
        this.brokenPhotos = new Set([...this.brokenPhotos, url]);
      },
    };
    return html`<article
      class="card card--${layout}"
      part="card"
      aria-labelledby="card-title"
      tabindex="-1"
    >
      ${this.renderHeader(view, context)}
      <div class="people">
        ${renderPerson(view.mentor, context)} ${renderPerson(view.mentee, context)}
      </div>
      ${layout === 'full' ? renderGoals(view, context) : nothing} ${renderReasons(view, context)}
      ${renderProgress(view, context)} ${this.renderActions(view)}
    </article>`;
  }

  private renderHeader(view: MatchView, context: RenderContext): TemplateResult {
    const { localize } = this;
    const { mentor, mentee } = view;
    let title: string;
    if (view.audience === 'public' || mentor.name === undefined || mentee.name === undefined) {
      title = localize.term('matchPublicTitle');
    } else if (view.audience === 'participant') {
      title = localize.term('matchGreeting', {
        mentee: firstName(mentee.name),
        mentor: firstName(mentor.name),
      });
    } else {
      title = localize.formatList([mentor.name, mentee.name]);
    }
    return html`<header class="header" part="header">
      <h2 class="title" part="title" id="card-title">${title}</h2>
      ${
        view.audience === 'participant' && context.layout === 'full'
          ? html`<p class="intro">${localize.term('matchGreetingBody')}</p>`
          : nothing
      }
      ${
        view.status !== undefined || view.score !== undefined
          ? html`<p class="meta">
              ${
                view.status !== undefined
                  ? html`<span class="status status--${view.status}" part="status"
                      >${localize.term('matchStatusLabel', {
                        status: localize.term('matchStatus', { status: view.status }),
                      })}</span
                    >`
                  : nothing
              }
              ${
                view.score !== undefined
                  ? html`<span class="score" part="score"
                      >${localize.term('matchScore', { score: formatPercent(view.score, context) })}</span
                    >`
                  : nothing
              }
            </p>`
          : nothing
      }
    </header>`;
  }

  private renderActions(view: MatchView): TemplateResult | typeof nothing {
    if (!this.actions || view.audience === 'public') return nothing;
    const { localize } = this;
    const canRespond = view.status === 'proposed';
    if (this.confirmingDecline && canRespond) {
      return html`<div
        class="actions confirm"
        part="actions decline-confirmation"
        role="group"
        aria-labelledby="decline-question"
        @keydown=${this.onConfirmKeydown}
      >
        <p class="confirm__question" id="decline-question" tabindex="-1">
          ${localize.term('matchDeclineQuestion')}
        </p>
        <div class="actions__buttons">
          <button
            type="button"
            class="danger"
            part="confirm-decline-button"
            @click=${this.onConfirmDecline}
          >
            ${localize.term('matchDeclineConfirm')}
          </button>
          <button type="button" part="cancel-decline-button" @click=${this.onCancelDecline}>
            ${localize.term('cancel')}
          </button>
        </div>
      </div>`;
    }
    return html`<div
      class="actions"
      part="actions"
      role="group"
      aria-label=${localize.term('matchActions')}
    >
      <div class="actions__buttons">
        ${
          canRespond
            ? html`<button
                  type="button"
                  class="primary"
                  part="accept-button"
                  @click=${this.onAccept}
                >
                  ${localize.term('matchAccept')}
                </button>
                <button type="button" part="decline-button" @click=${this.onDecline}>
                  ${localize.term('matchDecline')}
                </button>`
            : nothing
        }
        <button type="button" part="contact-button" @click=${this.onContact}>
          ${localize.term('matchContact')}
        </button>
      </div>
    </div>`;
  }

  /** The detail of every action event; `undefined` when no match is loaded. */
  private get actionDetail(): MkMatchActionDetail | undefined {
    const matchId = this.data.data?.id;
    return matchId === undefined ? undefined : { matchId };
  }

  private onAccept(): void {
    const detail = this.actionDetail;
    if (detail) emit(this, 'mk-match-accept', detail);
  }

  private onContact(): void {
    const detail = this.actionDetail;
    if (detail) emit(this, 'mk-match-contact', detail);
  }

  private onDecline(): void {
    this.confirmingDecline = true;
    this.pendingFocus = '#decline-question';
  }

  private onCancelDecline(): void {
    this.confirmingDecline = false;
    this.pendingFocus = '[part~="decline-button"]';
  }

  private onConfirmDecline(): void {
    this.confirmingDecline = false;
    this.pendingFocus = '[part~="decline-button"]';
    const detail = this.actionDetail;
    if (detail) emit(this, 'mk-match-decline', detail);
  }

  private onConfirmKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.onCancelDecline();
  }
}
