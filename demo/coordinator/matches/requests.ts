// What the three elements ask the coordinator API to do, through api.ts (the session's CSRF
// token on every change, a refused session as `Unauthorized`), and what a failure means in
// the elements' words.
import { ApiError, Unauthorized, api } from '../api.ts';
import type { MatchesBundle } from './matches-messages.ts';
import type { Proposed } from './types.ts';

const matchPath = (id: string) => `/api/coordinator/matches/${encodeURIComponent(id)}`;

export const candidatesUrl = (menteeId: string) =>
  `/api/coordinator/signups/${encodeURIComponent(menteeId)}/candidates`;
export const MATCHES_URL = '/api/coordinator/matches';
export const SHARED_SESSIONS_URL = '/api/coordinator/shared-sessions';

/** How the elements load: the session's cookie, JSON. */
export const LOAD_REQUEST: RequestInit = {
  credentials: 'same-origin',
  headers: { Accept: 'application/json' },
};

export async function proposeMatch(mentorId: string, menteeId: string): Promise<Proposed> {
  const response = await api(MATCHES_URL, { method: 'POST', body: { mentorId, menteeId } });
  return (await response.json()) as Proposed;
}

export type Step = 'activate' | 'pause' | 'complete' | 'close';

export async function takeStep(matchId: string, step: Step, reason: string): Promise<void> {
  await api(`${matchPath(matchId)}/${step}`, { method: 'POST', body: { reason } });
}

export async function recordMeeting(matchId: string, date: string): Promise<void> {
  await api(`${matchPath(matchId)}/meetings`, { method: 'POST', body: { date } });
}

/** Revokes a person's link, or makes a new one (answered once: only its hash is stored). */
export async function replaceLink(
  matchId: string,
  role: 'mentor' | 'mentee',
  what: 'revoke' | 'reissue',
): Promise<string | undefined> {
  const response = await api(`${matchPath(matchId)}/links/${role}/${what}`, {
    method: 'POST',
    body: {},
  });
  const answer = (await response.json()) as { url?: string };
  return answer.url;
}

export async function markHandled(matchId: string, sessionId: string): Promise<void> {
  await api(`${matchPath(matchId)}/sessions/${encodeURIComponent(sessionId)}/handled`, {
    method: 'POST',
    body: {},
  });
}

export type FailureKey = keyof Pick<
  MatchesBundle,
  | 'matchesSessionEnded'
  | 'matchesNotPossible'
  | 'matchesGone'
  | 'matchesAlreadyMatched'
  | 'matchesPersonGone'
  | 'matchesActionFailed'
>;

/**
 * A refused action in words: the session ended (401), the status no longer allows it (409),
 * the match is gone (404), anything else "did not work". `conflict` names the 409's meaning.
 */
export function failureKey(
  error: unknown,
  conflict: FailureKey = 'matchesNotPossible',
  missing: FailureKey = 'matchesGone',
): FailureKey {
  if (error instanceof Unauthorized) return 'matchesSessionEnded';
  if (error instanceof ApiError && error.status === 409) return conflict;
  if (error instanceof ApiError && error.status === 404) return missing;
  return 'matchesActionFailed';
}
