// What the database keeps for the sync with a programme (issue 18; the logic is in
// features/programme/). Types only: database.ts names the stores' values with them.
import type { SessionSummary } from '@mentorkit/core';

/** A programme the mentor connected the extension to, for one mentee of the log. */
export interface ProgrammeConnection {
  /** The mentee of the mentor's log whose sessions are shared (one connection each). */
  menteeId: string;
  /** The programme's backend, `https://host[:port]` (the host permission asked for). */
  origin: string;
  /** The connection's token (a Bearer token), given by the backend when connecting. */
  token: string;
  /** The mentee's first name as the programme knows it. */
  menteeName: string;
  connectedAt: string;
  /** The backend refused the token (the coordinator ended the match, or it was replaced). */
  refused?: boolean;
}

/** A change waiting to reach the programme: the latest one per session replaces the earlier. */
export interface PendingChange {
  op: 'put' | 'delete';
  /** The summary to send (put). */
  summary?: SessionSummary;
  /** Sent as Idempotency-Key on every attempt: a retry of a change that arrived stores nothing. */
  key: string;
  /** Failed attempts so far. */
  attempts: number;
  /** Not before (epoch ms): the retry's back-off. */
  notBefore: number;
  /** Why the last attempt failed, for the sessions page. */
  lastError?: string;
}

/** Per session of a connected mentee. */
export interface SyncRecord {
  sessionId: string;
  /** The mentee whose connection the session goes to. */
  menteeId: string;
  /** The summary the programme has (JSON), absent when it has none. */
  sent?: string;
  pending?: PendingChange;
  /** The programme refused the last change for good (it is not retried): why. */
  refused?: string;
  /** The summary it refused (JSON): the same one is not queued again, an edit is. */
  refusedOf?: string;
}
