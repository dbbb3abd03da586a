// Matching: the mentors rankCandidates proposes for a mentee (with each reason's share of the
// score), proposing one of them, and the list of matches.
import { apiJson } from './api.ts';
import type { CandidateView, MatchListEntry, Signup } from './api-types.ts';
import { demoBadge } from './demo-badge.ts';
import { byId, h } from './dom.ts';
import { formatPercent } from './format.ts';
import { handleFailure, setStatus } from './session.ts';

interface Reason {
  label: string;
}

function reasonList<Item extends Reason>(reasons: Item[], shareOf: (reason: Item) => number) {
  return h(
    'ul',
    { className: 'reasons' },
    reasons
      .filter((reason) => shareOf(reason) > 0)
      .map((reason) => h('li', {}, `${reason.label} (${formatPercent(shareOf(reason))})`)),
  );
}

function matchCard({ demo, profile }: MatchListEntry): HTMLLIElement {
  const meetings = profile.plannedMeetings
    ? ` · ${profile.meetingsHeld ?? 0} of ${profile.plannedMeetings} meetings`
    : '';
  return h(
    'li',
    { className: 'card' },
    h('h3', {}, `${profile.mentor.displayName} and ${profile.mentee.displayName}`, demoBadge(demo)),
    h(
      'p',
      { className: 'muted' },
      `Status: ${profile.status}` +
        (profile.score === undefined ? '' : ` · score ${formatPercent(profile.score)}`) +
        meetings,
    ),
    reasonList(profile.reasons, (reason) => reason.weight),
    h(
      'p',
      {},
      h('a', { href: `/api/matches/${encodeURIComponent(profile.id)}` }, 'Public profile (JSON)'),
    ),
  );
}

export async function loadMatches(): Promise<void> {
  const matches = await apiJson<MatchListEntry[]>('/api/coordinator/matches');
  byId('matches', HTMLElement).replaceChildren(
    ...(matches.length ? matches.map(matchCard) : [h('li', {}, 'No matches yet.')]),
  );
}

async function createMatch(mentorId: string, menteeId: string, button: HTMLButtonElement) {
  button.disabled = true;
  try {
    await apiJson('/api/coordinator/matches', { method: 'POST', body: { mentorId, menteeId } });
    setStatus('The match was proposed.');
    await loadMatches();
  } catch (error) {
    button.disabled = false;
    handleFailure(error);
  }
}

function candidateCard(candidate: CandidateView, mentee: Signup): HTMLLIElement {
  const propose = h(
    'button',
    { type: 'button', 'aria-label': `Propose this match: ${candidate.name} and ${mentee.name}` },
    'Propose this match',
  );
  // createMatch catches its own failures (handleFailure).
  propose.addEventListener('click', () => void createMatch(candidate.id, mentee.id, propose));
  return h(
    'li',
    { className: 'card' },
    h('h3', {}, candidate.name, demoBadge(candidate.demo)),
    h('p', { className: 'muted' }, `${candidate.profession} · ${candidate.region}`),
    h('p', {}, 'Score ', h('span', { className: 'score' }, formatPercent(candidate.score))),
    reasonList(candidate.reasons, (reason) => reason.contribution),
    propose,
  );
}

/** Shows the best mentors for `mentee` and moves the focus there. */
export async function proposeFor(mentee: Signup): Promise<void> {
  try {
    const candidates = await apiJson<CandidateView[]>(
      `/api/coordinator/signups/${encodeURIComponent(mentee.id)}/candidates`,
    );
    byId('proposal-intro', HTMLElement).textContent = candidates.length
      ? `The best mentors for ${mentee.name}, by rankCandidates. The percentages are each reason's share of the score.`
      : `No mentor with room for another mentee was found for ${mentee.name}.`;
    byId('candidates', HTMLElement).replaceChildren(
      ...candidates.map((candidate) => candidateCard(candidate, mentee)),
    );
    const proposal = byId('proposal', HTMLElement);
    proposal.hidden = false;
    proposal.focus();
  } catch (error) {
    handleFailure(error);
  }
}
