// The sign-in routes answer without a session (no CSRF token yet), so they are asked here and
// not through api.ts: same-origin POSTs whose refusal is an ApiError that also keeps the 429's
// Retry-After, which the form says in words.
import { ApiError, problemKind } from '../api.ts';
import type { FieldProblem } from '../api.ts';
import type { SessionView } from '../api-types.ts';

export class SignInRefusal extends ApiError {
  /** Seconds to wait (a 429's Retry-After), when the server said. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    message: string,
    status: number,
    fields: readonly FieldProblem[],
    retryAfterSeconds: number | undefined,
    kind?: string,
  ) {
    super(message, status, fields, kind);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

interface SignInRequest {
  body?: unknown;
  headers?: Record<string, string>;
}

/** POSTs to a sign-in route; the answer's JSON, or a SignInRefusal. */
export async function postSignIn<Answer>(
  path: string,
  { body, headers = {} }: SignInRequest = {},
): Promise<Answer> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await response.json().catch(() => ({}))) as {
    type?: string;
    detail?: string;
    errors?: FieldProblem[];
  };
  if (response.ok) return answer as Answer;
  const wait = Number(response.headers.get('Retry-After'));
  throw new SignInRefusal(
    answer.detail ?? `${response.status}`,
    response.status,
    Array.isArray(answer.errors) ? answer.errors : [],
    Number.isFinite(wait) && wait > 0 ? wait : undefined,
    problemKind(answer.type),
  );
}

/** Asks for a sign-in link to `email` (the server answers alike for every address). */
export const requestLink = (email: string): Promise<unknown> =>
  postSignIn('/api/coordinator/sign-in', { body: { email } });

/** Signs the first administrator in with the coordinator token. */
export const signInWithToken = (token: string): Promise<SessionView> =>
  postSignIn<SessionView>('/api/coordinator/sign-in/token', {
    headers: { Authorization: `Bearer ${token}` },
  });
