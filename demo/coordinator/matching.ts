// The proposals panel (<mk-proposal>, matches/proposal.ts) wired to the page: "Find a mentor"
// (the people list's row, the person view's button) opens it for a mentee, and closing it puts
// the focus back on the button that opened it. A match proposed there is told to whoever asked
// (onMatchProposed: the person view, to show the new status) and to the page (initMatching).
import type { Signup } from './api-types.ts';
import { byId } from './dom.ts';
import './matches/define-proposal.ts';
import type { Proposed } from './matches/types.ts';
import { handleFailure } from './session.ts';

/** Who wants to know that a match was proposed here (the person view, to show the new status). */
const proposedListeners = new Set<(match: Proposed) => void>();

/** Calls `listener` with each match proposed in the proposal panel. */
export function onMatchProposed(listener: (match: Proposed) => void): void {
  proposedListeners.add(listener);
}

const panel = () => byId('proposal', HTMLElement) as HTMLElementTagNameMap['mk-proposal'];

/** The element with the focus, inside the shadow roots it may be in (a list's row button). */
function focusedElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/** Where the focus goes back when the panel closes: the button that opened it. */
let opener: HTMLElement | undefined;

/** Shows the best mentors for `mentee`, with the focus on the panel's heading. */
export async function proposeFor(mentee: Signup): Promise<void> {
  const focused = focusedElement();
  if (focused && focused.getRootNode() !== panel().shadowRoot) opener = focused;
  await panel().open({ id: mentee.id, name: mentee.name });
}

/** Wires the panel's events; `afterProposal` shows what a proposal changed elsewhere. */
export function initMatching(afterProposal: () => Promise<void>): void {
  const element = panel();
  element.addEventListener('mk-match-proposed', (event) => {
    for (const listener of proposedListeners) listener(event.detail.match);
    afterProposal().catch(handleFailure);
  });
  element.addEventListener('mk-proposal-closed', () => {
    const back = opener?.isConnected ? opener : undefined;
    opener = undefined;
    if (back) back.focus();
    else void document.querySelector('mk-people-list')?.focusHeading();
  });
}
