// Matching: the mentors the matching suggests for a mentee (with each reason, in words, and its
// share of the score), and proposing one of them (the list of matches is matches.ts).
import { apiJson } from './api.ts';
import type { CandidateList, CandidateView, ProposedMatch, Signup } from './api-types.ts';
import { groupWords } from './code-words.ts';
import { demoBadge } from './demo-badge.ts';
import { byId, h } from './dom.ts';
import { formatPercent } from './format.ts';
import { loadMatches } from './matches.ts';
import { loadOutbox } from './outbox.ts';
import { reasonList } from './reason-list.ts';
import { handleFailure, setStatus } from './session.ts';
import { peopleEn } from './people/locales/en.ts';

/** Who wants to know that a match was proposed here (the person view, to show the new status). */
const proposedListeners = new Set<(match: ProposedMatch) => void>();

/** Calls `listener` with each match proposed in the proposal panel. */
export function onMatchProposed(listener: (match: ProposedMatch) => void): void {
  proposedListeners.add(listener);
}

async function createMatch(mentorId: string, menteeId: string, button: HTMLButtonElement) {
  button.disabled = true;
  try {
    const proposed = await apiJson<ProposedMatch>('/api/coordinator/matches', {
      method: 'POST',
      body: { mentorId, menteeId },
    });
    // Each person's own link, shown here once (only its hash is stored) and in their mail.
    const { mentor, mentee } = proposed.profile;
    button.replaceWith(
      h(
        'div',
        { className: 'proposed-links' },
        h('p', {}, 'Proposed. Their own links, also in their introduction mails (outbox):'),
        h(
          'ul',
          {},
          h('li', {}, `${mentor.displayName}: ${proposed.participantUrls.mentor}`),
          h('li', {}, `${mentee.displayName}: ${proposed.participantUrls.mentee}`),
        ),
        h(
          'p',
          {},
          `The mentor's link is also the connect code of the Mentorkit extension: pasted in its settings, it shares ${mentor.displayName}'s session summaries with this programme (see "Sessions shared by mentors").`,
        ),
      ),
    );
    setStatus('The match was proposed.');
    for (const listener of proposedListeners) listener(proposed);
    await Promise.all([loadMatches(), loadOutbox()]);
  } catch (error) {
    button.disabled = false;
    handleFailure(error);
  }
}

/** "1 of 2 mentees": how many a mentor has now, of how many they take. */
function capacityText({ max, active }: { max: number; active: number }): string {
  return `${active} of ${max} ${max === 1 ? 'mentee' : 'mentees'}`;
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
    h(
      'p',
      { className: 'muted' },
      `Occupation: ${candidate.occupation ? groupWords(candidate.occupation) : 'Unclassified'}`,
    ),
    candidate.capacity &&
      h(
        'p',
        { className: candidate.atCapacity ? 'at-capacity' : 'muted' },
        candidate.atCapacity
          ? `At capacity (${capacityText(candidate.capacity)}): ask before proposing.`
          : `Mentees: ${capacityText(candidate.capacity)}`,
      ),
    h('p', {}, 'Score ', h('span', { className: 'score' }, formatPercent(candidate.score))),
    // The backend lists the profession's reason first: what the programme matches on.
    reasonList(candidate.reasons, (reason) => reason.contribution),
    propose,
  );
}

/** Shows the best mentors for `mentee` and moves the focus there. */
export async function proposeFor(mentee: Signup): Promise<void> {
  try {
    const { candidates, inActiveMatch } = await apiJson<CandidateList>(
      `/api/coordinator/signups/${encodeURIComponent(mentee.id)}/candidates`,
    );
    byId('proposal-intro', HTMLElement).textContent = inActiveMatch
      ? `${mentee.name} is in an active match: no other mentor is proposed.`
      : candidates.length
        ? `${peopleEn.peopleCandidatesBy}: the best mentors for ${mentee.name}, the profession first. The percentages are each reason's share of the score; mentors at capacity come last.`
        : `No mentor to propose for ${mentee.name}: none has signed up, or each has been matched with them before.`;
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
