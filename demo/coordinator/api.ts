// Requests to the coordinator API in the session: the browser sends its cookie (same origin),
// and every change carries the session's CSRF token. A refused session is an Unauthorized
// error (the view then asks to sign in again); any other failure is an ApiError with the
// server's problem+json detail and field errors as its message.
import { currentSession } from './current-session.ts';

export class Unauthorized extends Error {}

export class ApiError extends Error {
  readonly status: number;

  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
}

interface Problem {
  title?: string;
  detail?: string;
  errors?: { field: string; detail: string }[];
}

async function problemMessage(response: Response): Promise<string> {
  try {
    const problem = (await response.json()) as Problem;
    const fields = (problem.errors ?? []).map((error) => `${error.field}: ${error.detail}`);
    const message = [problem.detail ?? problem.title, ...fields].filter(Boolean).join(' ');
    if (message) return message;
  } catch {
    // Not problem+json: the status line says enough.
  }
  return `${response.status} ${response.statusText}`;
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
  if (!response.ok) throw new ApiError(await problemMessage(response), response.status);
  return response;
}

/** The answer's JSON, as the type the route is known to answer with (api-types.ts). */
export async function apiJson<Answer>(path: string, options?: RequestOptions): Promise<Answer> {
  return (await (await api(path, options)).json()) as Answer;
}
