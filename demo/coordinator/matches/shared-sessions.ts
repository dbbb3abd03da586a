/**
 * `<mk-shared-sessions>`: what mentors shared from the Mentorkit extension (issue 18): per match,
 * whether the mentor's extension is connected, how many sessions it shared and the latest; and
 * the sessions flagged for the coordinator's attention (how long, how they met, the topics, the
 * mentor's note if shared), each with "Mark handled". Dates in the element's language, every
 * code in words (the extension's words, the goals' names). Loads when the page calls `reload()`.
 *
 * @fires mk-matches-session-ended - A request was refused: the session ended.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { DataController, MentorkitElement, emit, renderDataState } from '@mentorkit/widgets/shared';
import type { DataError } from '@mentorkit/widgets/shared';
import { MENTORING_GOALS } from '@mentorkit/core/vocabulary';
import { cardsStyles } from '../shared/cards.styles.ts';
import { controlsStyles } from '../shared/controls.styles.ts';
import { tableStyles } from '../shared/table.styles.ts';
import './events.ts';
import { formatMoment } from './match-parts.ts';
import type { MatchesBundle } from './matches-messages.ts';
import { matchesMessages } from './matches-messages.ts';
import { LOAD_REQUEST, SHARED_SESSIONS_URL, failureKey, markHandled } from './requests.ts';
import { sessionEndedText } from './session-ended.ts';
import { cardStyles } from './shared-styles.ts';
import type { FlaggedSession, SharedMatch, SharedSessions } from './types.ts';
import { expectShape } from './types.ts';

const parseShared = expectShape<SharedSessions>(
  (body) => Array.isArray(body.matches) && Array.isArray(body.flagged),
  'the shared sessions',
);

const GOALS: ReadonlySet<string> = new Set(MENTORING_GOALS);

export class MkSharedSessions extends MentorkitElement<MatchesBundle> {
  static override styles = [
    MentorkitElement.styles,
    tableStyles,
    controlsStyles,
    cardsStyles,
    cardStyles,
  ];

  static override properties = {
    manual: { type: Boolean },
    failures: { state: true },
    busy: { state: true },
  };

  /** Loads only when the page calls `reload()`. */
  manual = false;
  /** Why marking a session failed, by session. */
  failures = new Map<string, string>();
  busy = new Set<string>();

  protected readonly localize = this.localizeWith(matchesMessages);
  private readonly data = new DataController<SharedSessions>(this, {
    parse: parseShared,
    request: LOAD_REQUEST,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.manual && this.data.status === 'idle') void this.reload();
  }

  async reload(): Promise<void> {
    const state = await this.data.load(SHARED_SESSIONS_URL);
    if (state.status === 'error' && state.error.kind === 'http' && state.error.status === 401) {
      emit(this, 'mk-matches-session-ended', null);
    }
    await this.updateComplete;
  }

  private topic(topic: string): string {
    return GOALS.has(topic)
      ? this.localize.term('peopleGoal', { goal: topic })
      : this.localize.term('sharedTopic', { topic }) ||
          this.localize.term('sharedTopic', { topic: 'other' });
  }

  private async handle(session: FlaggedSession): Promise<void> {
    const id = session.sessionId;
    this.busy = new Set(this.busy).add(id);
    const failures = new Map(this.failures);
    failures.delete(id);
    this.failures = failures;
    let focus = `li[data-session-id="${CSS.escape(id)}"] .handled`;
    try {
      await markHandled(session.matchId, id);
      await this.reload();
    } catch (error) {
      const key = failureKey(error);
      if (key === 'matchesSessionEnded') emit(this, 'mk-matches-session-ended', null);
      this.failures = new Map(this.failures).set(id, this.localize.term(key));
      focus = `li[data-session-id="${CSS.escape(id)}"] .error`;
    } finally {
      const busy = new Set(this.busy);
      busy.delete(id);
      this.busy = busy;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const shown = this.data.shown;
    const loading = this.data.status === 'loading';
    return html`<section aria-labelledby="shared-sessions-heading">
      <h2 id="shared-sessions-heading" tabindex="-1">${term('sharedHeading')}</h2>
      <p>${term('sharedIntro')}</p>
      ${
        shown
          ? html`<div aria-busy=${loading ? 'true' : 'false'}>${this.renderShared(shown)}</div>`
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

  private people(names: { mentorName: string; menteeName: string }): string {
    return this.localize.term('matchesPeople', {
      mentor: names.mentorName,
      mentee: names.menteeName,
    });
  }

  private renderShared(shared: SharedSessions): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`${
        shared.matches.length
          ? html`<div class="table-wrap">
              <table>
                <caption>
                  ${term('sharedCaption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${term('sharedMatch')}</th>
                    <th scope="col">${term('sharedExtension')}</th>
                    <th scope="col">${term('sharedSessions')}</th>
                    <th scope="col">${term('sharedLatest')}</th>
                  </tr>
                </thead>
                <tbody id="shared-sessions-matches">
                  ${shared.matches.map((match) => this.renderMatch(match))}
                </tbody>
              </table>
            </div>`
          : html`<p id="shared-sessions-none" class="muted">${term('sharedNone')}</p>`
      }
      <h3>${term('sharedFlaggedHeading')}</h3>
      ${
        shared.flagged.length
          ? html`<ul id="flagged-sessions" class="cards">
              ${repeat(
                shared.flagged,
                (session) => session.sessionId,
                (session) => this.renderFlagged(session),
              )}
            </ul>`
          : html`<p class="muted">${term('sharedFlaggedNone')}</p>`
      }`;
  }

  private renderMatch(match: SharedMatch): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    return html`<tr data-match-id=${match.matchId}>
      <th scope="row">${this.people(match)}</th>
      <td>${term(match.connected ? 'sharedConnected' : 'sharedDisconnected')}</td>
      <td>${this.localize.formatNumber(match.sessions)}</td>
      <td>
        ${match.lastSession ? this.localize.formatDate(match.lastSession) : term('sharedNoLatest')}
      </td>
    </tr>`;
  }

  private renderFlagged(session: FlaggedSession): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const headingId = `flagged-${session.sessionId}`;
    const date = this.localize.formatDate(session.date);
    const details = [
      term('sharedMinutes', { minutes: session.durationMinutes }),
      term('sharedMode', { mode: session.mode }),
      ...session.topics.map((topic) => this.topic(topic)),
      ...(session.rating ? [term('sharedRating', { rating: session.rating })] : []),
    ];
    const failure = this.failures.get(session.sessionId);
    const busy = this.busy.has(session.sessionId);
    return html`<li
      class="card"
      aria-labelledby=${headingId}
      data-session-id=${session.sessionId}
      data-handled=${session.handledAt ? 'true' : 'false'}
    >
      <h3 id=${headingId}>${term('sharedCardHeading', { people: this.people(session), date })}</h3>
      <p>${details.join(' · ')}</p>
      ${
        session.note
          ? html`<p>${term('sharedNote')} <q dir="auto">${session.note}</q></p>`
          : html`<p class="muted">${term('sharedNoNote')}</p>`
      }
      ${
        session.handledAt
          ? html`<p class="handled" tabindex="-1">
              ${term('sharedHandled', { date: formatMoment(this.localize, session.handledAt) })}
            </p>`
          : html`<button
              type="button"
              class="mark-handled"
              aria-disabled=${busy ? 'true' : 'false'}
              @click=${() => {
                if (!busy) void this.handle(session);
              }}
            >
              ${term('sharedMarkHandled', { name: session.mentorName, date })}
            </button>`
      }
      <p class="error" role="alert" tabindex="-1">${failure ?? ''}</p>
    </li>`;
  }
}
