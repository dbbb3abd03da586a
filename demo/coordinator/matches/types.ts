// What the three elements read from the coordinator API: the server's own types (type-only, so
// nothing of the server is bundled), as JSON makes them.
import type { CandidateList, Json, MatchListEntry, ProposedMatch } from '../api-types.ts';
import type { SharedSessionsAnswer } from '../../server/extension-sync/shared-sessions.ts';

export type Candidates = Json<CandidateList>;
export type Candidate = Candidates['candidates'][number];
export type MatchEntry = Json<MatchListEntry>;
export type Proposed = Json<ProposedMatch>;
export type SharedSessions = Json<SharedSessionsAnswer>;
export type FlaggedSession = SharedSessions['flagged'][number];
export type SharedMatch = SharedSessions['matches'][number];
export type Role = 'mentor' | 'mentee';

/** The mentee the proposals are for. */
export interface ProposalMentee {
  id: string;
  name: string;
}

/** Checks that an answer has the shape the element renders (a proxy's page is not ours). */
export function expectShape<T>(test: (body: Partial<T>) => boolean, what: string) {
  return (body: unknown): T => {
    if (!body || typeof body !== 'object' || !test(body)) {
      throw new TypeError(`Not ${what}`);
    }
    return body as T;
  };
}
