// Requests to the coordinator API in the session: the browser sends its cookie (same origin),
// and every change carries the session's CSRF token. A refused session is an Unauthorized
// error (the view then asks to sign in again); any other failure is an ApiError with the
// server's problem+json detail and field errors as its message.
import { currentSession } from './current-session.ts';

export class Unauthorized extends Error {}

/** A field the server refused, and why (problem+json's `errors`). */
export interface FieldProblem {
  field: string;
  detail: string;
}

export class ApiError extends Error {
  readonly status: number;
  /** The fields refused, for forms that say so next to each field. */
  readonly fields: readonly FieldProblem[];
  /** What kind of problem it is, when the server names one (`passkey-too-late`). */
  readonly kind: string | undefined;

  constructor(
    message: string,
    status: number,
    fields: readonly FieldProblem[] = [],
    kind?: string,
  ) {
    super(message);
    this.status = status;
    this.fields = fields;
    this.kind = kind;
  }
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
}

interface Problem {
  /** `https://mentorkit.example/problems/<kind>`, when the server names the kind. */
  type?: string;
  title?: string;
  detail?: string;
  errors?: FieldProblem[];
}

/** The kind a problem's `type` names (`passkey-too-late` of `…/problems/passkey-too-late`). */
export function problemKind(type: unknown): string | undefined {
  return typeof type === 'string' ? /\/problems\/([a-z-]+)$/.exec(type)?.[1] : undefined;
}

async function problemError(response: Response): Promise<ApiError> {
  const fallback = `${response.status} ${response.statusText}`;
  try {
    const problem = (await response.json()) as Problem;
    const errors = Array.isArray(problem.errors) ? problem.errors : [];
    const fields = errors.map((error) => `${error.field}: ${error.detail}`);
    const message = [problem.detail ?? problem.title, ...fields].filter(Boolean).join(' ');
    return new ApiError(message || fallback, response.status, errors, problemKind(problem.type));
  } catch {
    // Not problem+json: the status line says enough.
    return new ApiError(fallback, response.status);
  }
}

export async function api(path: string, { method = 'GET', body }: RequestOptions = {}) {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: {
      ...(method === 'GET' ? {} : { 'X-CSRF-Token': currentSession()?.csrfToken ?? '' }),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) throw new Unauthorized('The session has ended.');
  if (!response.ok) throw await problemError(response);
  return response;
}

/** The answer's JSON, as the type the route is known to answer with (api-types.ts). */
export async function apiJson<Answer>(path: string, options?: RequestOptions): Promise<Answer> {
  return (await (await api(path, options)).json()) as Answer;
}
