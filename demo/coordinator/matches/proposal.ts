/**
 * `<mk-proposal>`: the mentors the matching suggests for one mentee, each with the reasons in
 * words and their share of the score, and "Propose this match". In Swedish or English as the
 * page's `lang` says. The page opens it for a mentee (`open()`), which moves the focus to its
 * heading; Close (or Escape) hides it and fires `mk-proposal-closed`, for the page to put the
 * focus back on the "Find a mentor" that opened it. A proposal shows each person's own link
 * once (only its hash is stored) and fires `mk-match-proposed`.
 *
 * @fires mk-match-proposed - A match was proposed; `detail.match`.
 * @fires mk-proposal-closed - The proposals were closed; `detail.menteeId`.
 * @fires mk-matches-session-ended - A request was refused: the session ended.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { DataController, MentorkitElement, emit, renderDataState } from '@mentorkit/widgets/shared';
import type { DataError } from '@mentorkit/widgets/shared';
import { cardsStyles } from '../shared/cards.styles.ts';
import { controlsStyles } from '../shared/controls.styles.ts';
import './events.ts';
import type { MatchesBundle } from './matches-messages.ts';
import { matchesMessages } from './matches-messages.ts';
import { reasonWords } from './reason-words.ts';
import type { FailureKey } from './requests.ts';
import { LOAD_REQUEST, candidatesUrl, failureKey, proposeMatch } from './requests.ts';
import { cardStyles } from './shared-styles.ts';
import type { Candidate, Candidates, ProposalMentee, Proposed } from './types.ts';
import { expectShape } from './types.ts';
import { sessionEndedText } from './session-ended.ts';

const parseCandidates = expectShape<Candidates>(
  (body) => Array.isArray(body.candidates),
  'a list of candidates',
);

export class MkProposal extends MentorkitElement<MatchesBundle> {
  static override styles = [MentorkitElement.styles, controlsStyles, cardsStyles, cardStyles];

  static override properties = {
    mentee: { state: true },
    proposed: { state: true },
    failures: { state: true },
    busy: { state: true },
  };

  /** The mentee the proposals are for (set by `open`). */
  mentee: ProposalMentee | undefined;
  /** The matches proposed here, by mentor: their links show in place of the button. */
  proposed = new Map<string, Proposed>();
  /** Why a proposal failed, by mentor, beside its button. */
  failures = new Map<string, FailureKey>();
  busy = new Set<string>();

  protected readonly localize = this.localizeWith(matchesMessages);
  private readonly data = new DataController<Candidates>(this, {
    parse: parseCandidates,
    request: LOAD_REQUEST,
  });
  private focusAfterRender: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Nothing to show until the page opens it for a mentee.
    if (!this.mentee) this.hidden = true;
  }

  /** Shows the best mentors for `mentee`, with the focus on the heading. */
  async open(mentee: ProposalMentee): Promise<void> {
    this.mentee = mentee;
    this.proposed = new Map();
    this.failures = new Map();
    this.hidden = false;
    this.focusAfterRender = 'h2';
    const loading = this.data.load(candidatesUrl(mentee.id));
    this.requestUpdate();
    const state = await loading;
    if (state.status === 'error' && state.error.kind === 'http' && state.error.status === 401) {
      emit(this, 'mk-matches-session-ended', null);
    }
  }

  /** Hides the proposals; the page puts the focus back where they were asked for. */
  close(): void {
    if (this.hidden) return;
    this.hidden = true;
    const menteeId = this.mentee?.id ?? '';
    this.data.reset();
    emit(this, 'mk-proposal-closed', { menteeId });
  }

  protected override updated(): void {
    const selector = this.focusAfterRender;
    if (!selector) return;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    if (!target) return;
    this.focusAfterRender = undefined;
    target.focus();
  }

  private async propose(candidate: Candidate, mentee: ProposalMentee): Promise<void> {
    this.busy = new Set(this.busy).add(candidate.id);
    const failures = new Map(this.failures);
    failures.delete(candidate.id);
    this.failures = failures;
    try {
      const match = await proposeMatch(candidate.id, mentee.id);
      this.proposed = new Map(this.proposed).set(candidate.id, match);
      this.focusAfterRender = `li[data-candidate-id="${CSS.escape(candidate.id)}"] .proposed-links`;
      emit(this, 'mk-match-proposed', { match });
    } catch (error) {
      const key = failureKey(error, 'matchesAlreadyMatched', 'matchesPersonGone');
      this.failures = new Map(this.failures).set(candidate.id, key);
      if (key === 'matchesSessionEnded') emit(this, 'mk-matches-session-ended', null);
    } finally {
      const busy = new Set(this.busy);
      busy.delete(candidate.id);
      this.busy = busy;
    }
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.close();
  };

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const mentee = this.mentee;
    const proposedAny = this.proposed.size > 0;
    return html`<section aria-labelledby="proposal-heading" @keydown=${this.onKeydown}>
      <div class="heading-bar">
        <h2 id="proposal-heading" tabindex="-1">${term('matchesProposalHeading')}</h2>
        <button type="button" class="close" @click=${() => this.close()}>
          ${term('matchesProposalClose')}
        </button>
      </div>
      <p class="notice" role="status">${proposedAny ? term('matchesProposed') : ''}</p>
      ${
        mentee
          ? renderDataState(this.data, this.localize, (list) => this.renderList(list, mentee), {
              errorText: (error) => this.failureText(error),
            })
          : nothing
      }
    </section>`;
  }

  private failureText(error: DataError) {
    return error.kind === 'http' && error.status === 401
      ? sessionEndedText(this.localize)
      : undefined;
  }

  private renderList(list: Candidates, mentee: ProposalMentee): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const name = mentee.name;
    const intro = list.inActiveMatch
      ? term('matchesProposalInActive', { name })
      : list.candidates.length
        ? term('matchesProposalIntro', { by: term('peopleCandidatesBy'), name })
        : term('matchesProposalNone', { name });
    return html`<p id="proposal-intro">${intro}</p>
      ${
        list.candidates.length
          ? html`<ol
              id="candidates"
              class="cards"
              aria-label=${term('matchesCandidates', { name })}
            >
              ${list.candidates.map((candidate) => this.renderCandidate(candidate, list, mentee))}
            </ol>`
          : nothing
      }`;
  }

  private renderCandidate(
    candidate: Candidate,
    list: Candidates,
    mentee: ProposalMentee,
  ): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const names = list.occupationNames;
    const code = candidate.occupation?.split(' ')[0];
    const lang = this.localize.lang === 'sv' ? 'sv' : 'en';
    const group = candidate.occupation
      ? ((code && names[code]?.[lang]) ?? candidate.occupation.replace(/^\d{1,4}\s*/, ''))
      : term('matchesUnclassified');
    const capacity = candidate.capacity && term('matchesCapacity', candidate.capacity);
    const headingId = `candidate-${candidate.id}`;
    const share = (value: number) => this.localize.formatNumber(value, { style: 'percent' });
    return html`<li class="card" data-candidate-id=${candidate.id} aria-labelledby=${headingId}>
      <h3 id=${headingId}>
        ${candidate.name}${
          candidate.demo
            ? html`<span class="badge" title=${term('matchesDemoLabel')}
                >${term('matchesDemo')}</span
              >`
            : nothing
        }
      </h3>
      <p class="muted">${candidate.profession} · ${candidate.region}</p>
      <p class="muted">${term('matchesOccupation', { group })}</p>
      ${
        capacity
          ? html`<p class=${candidate.atCapacity ? 'at-capacity' : 'muted'}>
              ${
                candidate.atCapacity
                  ? term('matchesAtCapacity', { capacity })
                  : term('matchesMentees', { capacity })
              }
            </p>`
          : nothing
      }
      <p>${term('matchesScoreLabel')} <span class="score">${share(candidate.score)}</span></p>
      <ul class="reasons">
        ${candidate.reasons
          .filter((reason) => reason.contribution > 0)
          .map((reason) => {
            const words = term('matchesReasonShare', {
              reason: reasonWords(this.localize, reason, names),
              share: share(reason.contribution),
            });
            return html`<li>${words}</li>`;
          })}
      </ul>
      ${this.renderPropose(candidate, mentee)}
    </li>`;
  }

  private renderPropose(candidate: Candidate, mentee: ProposalMentee): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const proposed = this.proposed.get(candidate.id);
    if (proposed) {
      const { mentor, mentee: proposedMentee } = proposed.profile;
      return html`<div class="proposed-links" tabindex="-1">
        <p>${term('matchesProposedLinks')}</p>
        <ul>
          <li>${mentor.displayName}: ${proposed.participantUrls.mentor}</li>
          <li>${proposedMentee.displayName}: ${proposed.participantUrls.mentee}</li>
        </ul>
        <p>${term('matchesConnectCode', { name: mentor.displayName })}</p>
      </div>`;
    }
    const failure = this.failures.get(candidate.id);
    const errorId = `propose-error-${candidate.id}`;
    const busy = this.busy.has(candidate.id);
    return html`<div>
      <button
        type="button"
        class="propose"
        aria-label=${term('matchesProposeLabel', { mentor: candidate.name, mentee: mentee.name })}
        aria-describedby=${failure ? errorId : nothing}
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => {
          if (!busy) void this.propose(candidate, mentee);
        }}
      >
        ${term('matchesPropose')}
      </button>
      ${failure ? html`<p class="error" id=${errorId} role="alert">${term(failure)}</p>` : nothing}
    </div>`;
  }
}
