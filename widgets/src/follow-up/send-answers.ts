/**
 * POSTs the answers as JSON to the widget's endpoint, with the retries every widget's sending
 * has (shared/send/post-with-retries.ts). No `Idempotency-Key`: a second POST replaces the
 * answers, so a retry cannot store them twice. Never throws: the outcome is a value the widget
 * shows.
 */
import { readProblem } from '../shared/send/problem.ts';
import type { ServerFieldError } from '../shared/send/problem.ts';
import { postWithRetries } from '../shared/send/post-with-retries.ts';
import type { SendFailure } from '../shared/send/post-with-retries.ts';

export type SendOutcome =
  /** Stored; `body` is what the server sent back (the stored questionnaire), if JSON. */
  | { readonly ok: true; readonly status: number; readonly body: unknown }
  /** 400/422: the server named what is wrong. */
  | {
      readonly ok: false;
      readonly kind: 'fields';
      readonly status: number;
      readonly errors: ServerFieldError[];
    }
  /** 410: the link has expired or was withdrawn; no retry can help. */
  | { readonly ok: false; readonly kind: 'expired'; readonly status: 410 }
  /** Every attempt failed, a status that no retry can fix, or the widget went away. */
  | SendFailure;

export interface SendOptions {
  readonly endpoint: URL;
  readonly body: unknown;
  /** Milliseconds one attempt may take. */
  readonly timeout: number;
  /** Delays before each retry, in ms; its length is the number of retries. */
  readonly retryDelays: readonly number[];
  readonly signal: AbortSignal;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

/** What one answer means: stored, expired, the fields' errors, or `undefined` (retried if worth it). */
async function readAnswer(response: Response): Promise<SendOutcome | undefined> {
  const { status } = response;
  if (response.ok) return { ok: true, status, body: await readJson(response) };
  if (status === 410) return { ok: false, kind: 'expired', status };
  if (status === 400 || status === 422) {
    const problem = await readProblem(response);
    return { ok: false, kind: 'fields', status, errors: problem?.errors ?? [] };
  }
  return undefined;
}

/** Sends `options.body`, retrying as above, and resolves with the outcome. */
export function sendAnswers(options: SendOptions): Promise<SendOutcome> {
  return postWithRetries(
    {
      endpoint: options.endpoint,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(options.body),
      timeout: options.timeout,
      retryDelays: options.retryDelays,
      signal: options.signal,
    },
    readAnswer,
  );
}
