// What the proposals, the matches and the shared sessions tell the page, for what a coordinator
// did (never for a value set from code), fired with the widgets' `emit` (bubbling, composed).
import type { Proposed } from './types.ts';

export interface MatchProposedDetail {
  match: Proposed;
}

export interface ProposalClosedDetail {
  menteeId: string;
}

export interface MatchChangedDetail {
  matchId: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A match was proposed in <mk-proposal>: the page loads the matches and the outbox. */
    'mk-match-proposed': CustomEvent<MatchProposedDetail>;
    /** <mk-proposal> was closed: the page puts the focus back where the proposals were asked. */
    'mk-proposal-closed': CustomEvent<ProposalClosedDetail>;
    /** A step, a meeting or a link changed a match (mails may have been queued). */
    'mk-match-changed': CustomEvent<MatchChangedDetail>;
    /** A request was refused because the session ended (401): the page asks to sign in. */
    'mk-matches-session-ended': CustomEvent<null>;
  }
}
