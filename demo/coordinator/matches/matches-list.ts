/**
 * `<mk-matches>`: the coordinator's matches, each with the two people (links to their views,
 * `#person=<id>`), its status and how it goes in words, its reasons and history, and what can
 * be done with it: a lifecycle step (with Undo where the backend allows a step back: pause and
 * resume), a day the two met, and each person's own link. In Swedish or English as the page's
 * `lang` says; loading, empty and failed (Try again) states. The list loads when the page calls
 * `reload()` (once signed in: before that it would be refused).
 *
 * @fires mk-match-changed - A step, a meeting or a link changed a match; `detail.matchId`.
 * @fires mk-matches-session-ended - A request was refused: the session ended.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { DataController, MentorkitElement, emit, renderDataState } from '@mentorkit/widgets/shared';
import type { DataError } from '@mentorkit/widgets/shared';
import { cardsStyles } from '../shared/cards.styles.ts';
import { controlsStyles } from '../shared/controls.styles.ts';
import type { FieldErrors } from '../shared/field-errors.ts';
import { focusFirstInvalid } from '../shared/field-errors.ts';
import { ApiError } from '../api.ts';
import './events.ts';
import { fieldIds, renderLinks, renderMeeting, renderSteps, undoOf } from './match-controls.ts';
import type { ControlsContext } from './match-controls.ts';
import {
  peopleOf,
  renderHistory,
  renderProgress,
  renderReasons,
  renderState,
} from './match-parts.ts';
import type { MatchesBundle } from './matches-messages.ts';
import { matchesMessages } from './matches-messages.ts';
import { matchesListStyles } from './matches-list.styles.ts';
import type { FailureKey, Step } from './requests.ts';
import {
  LOAD_REQUEST,
  MATCHES_URL,
  failureKey,
  recordMeeting,
  replaceLink,
  takeStep,
} from './requests.ts';
import { sessionEndedText } from './session-ended.ts';
import { cardStyles } from './shared-styles.ts';
import type { MatchEntry, Role } from './types.ts';
import { expectShape } from './types.ts';

const parseMatches = expectShape<MatchEntry[]>(Array.isArray, 'a list of matches');

/** What the last action on a match said: done (maybe with an Undo), or why it failed. */
type Notice =
  | { kind: 'done'; text: string; undo?: { step: Step; fromStatus: string } }
  | { kind: 'failed'; text: string };

/** Where each step leads (the backend's rules). */
const STATUS_AFTER: Record<Step, string> = {
  activate: 'active',
  pause: 'paused',
  complete: 'completed',
  close: 'closed',
};

const personHref = (id: string) => `#person=${encodeURIComponent(id)}`;

/** Today in the coordinator's own calendar, as a date field wants it. */
function localToday(): string {
  const today = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${today.getFullYear()}-${two(today.getMonth() + 1)}-${two(today.getDate())}`;
}

export class MkMatches extends MentorkitElement<MatchesBundle> {
  static override styles = [
    MentorkitElement.styles,
    controlsStyles,
    cardsStyles,
    cardStyles,
    matchesListStyles,
  ];

  static override properties = {
    manual: { type: Boolean },
    today: {},
    notices: { state: true },
    errors: { state: true },
    busy: { state: true },
    newLinks: { state: true },
  };

  /** Loads only when the page calls `reload()`. */
  manual = false;
  /** The day the meeting field offers first (YYYY-MM-DD); default the coordinator's today. */
  today = '';
  notices = new Map<string, Notice>();
  errors = new Map<string, FieldErrors>();
  busy = new Set<string>();
  /** New links, shown once (only their hash is stored), by `<match id> <role>`. */
  newLinks = new Map<string, string>();

  protected readonly localize = this.localizeWith(matchesMessages);
  private readonly data = new DataController<MatchEntry[]>(this, {
    parse: parseMatches,
    request: LOAD_REQUEST,
  });
  private focusAfterRender: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.manual && this.data.status === 'idle') void this.reload();
  }

  /** Loads the matches again (after a change elsewhere on the page). */
  async reload(): Promise<void> {
    const state = await this.data.load(MATCHES_URL);
    if (state.status === 'error' && state.error.kind === 'http' && state.error.status === 401) {
      emit(this, 'mk-matches-session-ended', null);
    }
    await this.updateComplete;
  }

  /** The heading, for the page to move focus to. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  protected override updated(): void {
    const selector = this.focusAfterRender;
    if (!selector) return;
    this.focusAfterRender = undefined;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private card(matchId: string): string {
    return `li[data-match-id="${CSS.escape(matchId)}"]`;
  }

  private setNotice(matchId: string, notice: Notice | undefined): void {
    const notices = new Map(this.notices);
    if (notice) notices.set(matchId, notice);
    else notices.delete(matchId);
    this.notices = notices;
  }

  private setErrors(matchId: string, errors: FieldErrors): void {
    this.errors = new Map(this.errors).set(matchId, errors);
  }

  /** Runs an action on one match with its buttons held, then shows the list as it now is. */
  private async act(
    entry: MatchEntry,
    work: () => Promise<Notice>,
    fieldFor?: (error: unknown) => FieldErrors | undefined,
  ): Promise<void> {
    const matchId = entry.profile.id;
    this.busy = new Set(this.busy).add(matchId);
    this.setNotice(matchId, undefined);
    this.setErrors(matchId, {});
    let focus: string;
    try {
      const notice = await work();
      await this.reload();
      this.setNotice(matchId, notice);
      emit(this, 'mk-match-changed', { matchId });
      focus = notice.kind === 'done' && notice.undo ? 'button.undo' : '.match-notice';
    } catch (error) {
      const errors = fieldFor?.(error);
      if (errors) {
        this.setErrors(matchId, errors);
        focus = '[aria-invalid="true"]';
      } else {
        const key: FailureKey = failureKey(error);
        if (key === 'matchesSessionEnded') emit(this, 'mk-matches-session-ended', null);
        this.setNotice(matchId, { kind: 'failed', text: this.localize.term(key) });
        // A refused step may mean the match changed elsewhere: show it as it is.
        if (key === 'matchesNotPossible') await this.reload();
        focus = '.match-error';
      }
    } finally {
      const busy = new Set(this.busy);
      busy.delete(matchId);
      this.busy = busy;
    }
    await this.updateComplete;
    const card = this.renderRoot.querySelector(this.card(matchId));
    if (focus === '[aria-invalid="true"]' && card && focusFirstInvalid(card)) return;
    card?.querySelector<HTMLElement>(focus)?.focus();
  }

  private nowStatus(entry: MatchEntry, status: string): string {
    return this.localize.term('matchesNowStatus', {
      people: peopleOf(this.localize, entry),
      status,
    });
  }

  private step(entry: MatchEntry, step: Step, fromUndo = false): Promise<void> {
    const matchId = entry.profile.id;
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#${fieldIds(matchId).reason}`);
    const reason = fromUndo ? '' : (input?.value.trim() ?? '');
    const reasonId = fieldIds(matchId).reason;
    const required = { [reasonId]: this.localize.term('matchesReasonRequired') };
    if (step === 'close' && !reason) {
      this.setErrors(matchId, required);
      return this.updateComplete.then(() => {
        const card = this.renderRoot.querySelector(this.card(matchId));
        if (card) focusFirstInvalid(card);
      });
    }
    const fromStatus = entry.profile.status;
    return this.act(
      entry,
      async () => {
        await takeStep(matchId, step, reason);
        const status = STATUS_AFTER[step];
        const undo = fromUndo ? undefined : undoOf(step, fromStatus);
        return {
          kind: 'done',
          text: this.nowStatus(entry, status),
          ...(undo ? { undo: { step: undo, fromStatus: status } } : {}),
        };
      },
      // The backend's own check of the reason, beside the field.
      (error) => (error instanceof ApiError && error.status === 422 ? required : undefined),
    );
  }

  private meeting(entry: MatchEntry): Promise<void> {
    const matchId = entry.profile.id;
    const id = fieldIds(matchId).meeting;
    const date = this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '';
    const outOfRange = { [id]: this.localize.term('matchesMeetingOutOfRange') };
    if (!date) {
      this.setErrors(matchId, outOfRange);
      return this.updateComplete.then(() => {
        const card = this.renderRoot.querySelector(this.card(matchId));
        if (card) focusFirstInvalid(card);
      });
    }
    return this.act(
      entry,
      async () => {
        await recordMeeting(matchId, date);
        return {
          kind: 'done',
          text: this.localize.term('matchesMeetingRecorded', {
            date: this.localize.formatDate(date),
          }),
        };
      },
      (error) => (error instanceof ApiError && error.status === 422 ? outOfRange : undefined),
    );
  }

  private link(entry: MatchEntry, role: Role, what: 'revoke' | 'reissue'): Promise<void> {
    const matchId = entry.profile.id;
    const name = entry.profile[role].displayName;
    return this.act(entry, async () => {
      const url = await replaceLink(matchId, role, what);
      if (url) this.newLinks = new Map(this.newLinks).set(`${matchId} ${role}`, url);
      return {
        kind: 'done',
        text: this.localize.term(url ? 'matchesReissued' : 'matchesRevoked', { name }),
      };
    });
  }

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    // The matches last shown stay on screen while an action's reload runs (focus stays).
    const shown = this.data.shown;
    const loading = this.data.status === 'loading';
    return html`<section aria-labelledby="matches-heading">
      <h2 id="matches-heading" tabindex="-1">${term('matchesHeading')}</h2>
      ${
        shown
          ? html`<div aria-busy=${loading ? 'true' : 'false'}>${this.renderList(shown)}</div>`
          : renderDataState(this.data, this.localize, () => nothing, {
              errorText: (error) => this.failureText(error),
              retry: () => void this.reload(),
            })
      }
    </section>`;
  }

  private failureText(error: DataError) {
    return error.kind === 'http' && error.status === 401
      ? sessionEndedText(this.localize)
      : undefined;
  }

  private renderList(matches: readonly MatchEntry[]): TemplateResult {
    if (matches.length === 0) {
      return html`<p id="matches" class="muted">${this.localize.term('matchesNone')}</p>`;
    }
    return html`<ul id="matches" class="cards">
      ${repeat(
        matches,
        (entry) => entry.profile.id,
        (entry) => this.renderMatch(entry),
      )}
    </ul>`;
  }

  private renderMatch(entry: MatchEntry): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const { profile, signupIds, demo } = entry;
    const matchId = profile.id;
    const headingId = `match-${matchId}`;
    const context: ControlsContext = {
      localize: this.localize,
      entry,
      busy: this.busy.has(matchId),
      errors: this.errors.get(matchId) ?? {},
      today: this.today || localToday(),
      newLinks: {
        mentor: this.newLinks.get(`${matchId} mentor`),
        mentee: this.newLinks.get(`${matchId} mentee`),
      },
      onStep: (step) => void this.step(entry, step),
      onMeeting: () => void this.meeting(entry),
      onLink: (role, what) => void this.link(entry, role, what),
    };
    const person = (role: Role) =>
      signupIds
        ? html`<a href=${personHref(signupIds[role])}>${profile[role].displayName}</a>`
        : profile[role].displayName;
    return html`<li class="card" data-match-id=${matchId} aria-labelledby=${headingId}>
      <h3 id=${headingId} tabindex="-1">
        ${person('mentor')} ${term('matchesAnd')}
        ${person('mentee')}${
          demo
            ? html`<span class="badge" title=${term('matchesDemoLabel')}
                >${term('matchesDemo')}</span
              >`
            : nothing
        }
      </h3>
      ${renderState(this.localize, entry)} ${renderReasons(this.localize, entry)}
      ${renderProgress(this.localize, entry)} ${this.renderNotice(entry)} ${renderSteps(context)}
      ${renderMeeting(context)} ${renderLinks(context)} ${renderHistory(this.localize, entry)}
      <p class="public-profile">
        <a href=${`/api/matches/${encodeURIComponent(matchId)}`}>${term('matchesPublicProfile')}</a>
      </p>
    </li>`;
  }

  private renderNotice(entry: MatchEntry): TemplateResult {
    const notice = this.notices.get(entry.profile.id);
    const undo = notice?.kind === 'done' ? notice.undo : undefined;
    const done = notice?.kind === 'done' ? notice.text : '';
    const failed = notice?.kind === 'failed' ? notice.text : '';
    return html`<p class="match-notice notice" role="status" tabindex="-1">${done}</p>
      ${
        undo
          ? html`<button
              type="button"
              class="undo"
              @click=${() => void this.step(entry, undo.step, true)}
            >
              ${this.localize.term('matchesUndo')}
            </button>`
          : nothing
      }
      <p class="match-error error" role="alert" tabindex="-1">${failed}</p>`;
  }
}
