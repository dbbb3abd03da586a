/**
 * Sends one submission to a partner's endpoint as the data contract says: one
 * `Idempotency-Key` (the draft id) on every attempt, so that a retry after a lost answer can
 * never store the person twice; retries with exponential backoff after a network failure, a
 * timeout or a server-side status; each attempt bounded by a timeout. It never throws: the
 * outcome is a value the form shows.
 */
import { toFormBody } from './encode.ts';
import { readProblem } from '../shared/send/problem.ts';
import type { ServerFieldError } from '../shared/send/problem.ts';
import { postWithRetries } from '../shared/send/post-with-retries.ts';
import type { SendFailure } from '../shared/send/post-with-retries.ts';
import { DEFAULT_RETRY_DELAYS, DEFAULT_SEND_TIMEOUT } from '../shared/send/send-defaults.ts';
import { trainingRefusal, type TrainingRefusal } from './training-refusal.ts';

export type SignupEncoding = 'json' | 'form';

export type SendOutcome =
  /** Stored: a 2xx, or 409 (this key was stored before). */
  | { readonly ok: true; readonly status: number; readonly duplicate: boolean }
  /** 400/422: the server named what is wrong. */
  | {
      readonly ok: false;
      readonly kind: 'fields';
      readonly status: number;
      readonly errors: ServerFieldError[];
      /** The training is full, cancelled or unknown (with another date when there is one). */
      readonly training?: TrainingRefusal;
    }
  /** Every attempt failed, a status that no retry can fix, or `signal` aborted (the form went away). */
  | SendFailure;

export interface SendOptions {
  readonly endpoint: string | URL;
  readonly body: unknown;
  readonly idempotencyKey: string;
  readonly encoding?: SignupEncoding;
  /** Milliseconds one attempt may take. Default 15 000. */
  readonly timeout?: number;
  /** Delays before each retry, in ms; its length is the number of retries. */
  readonly retryDelays?: readonly number[];
  readonly signal?: AbortSignal;
  /** For tests; default the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** For tests; default `setTimeout`. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** What one answer means: stored, the fields' errors, or `undefined` (retried if worth it). */
async function readAnswer(response: Response): Promise<SendOutcome | undefined> {
  const { status } = response;
  if (response.ok || status === 409) return { ok: true, status, duplicate: status === 409 };
  if (status === 400 || status === 422) {
    const problem = await readProblem(response);
    const errors = problem?.errors ?? [];
    const training = problem && trainingRefusal(problem);
    return { ok: false, kind: 'fields', status, errors, ...(training ? { training } : {}) };
  }
  return undefined;
}

/** Sends `options.body`, retrying as the contract says, and resolves with the outcome. */
export function sendSignup(options: SendOptions): Promise<SendOutcome> {
  const encoding = options.encoding ?? 'json';
  return postWithRetries(
    {
      endpoint: options.endpoint,
      headers: {
        'Content-Type':
          encoding === 'form'
            ? 'application/x-www-form-urlencoded;charset=UTF-8'
            : 'application/json',
        'Idempotency-Key': options.idempotencyKey,
      },
      body:
        encoding === 'form' ? toFormBody(options.body).toString() : JSON.stringify(options.body),
      timeout: options.timeout ?? DEFAULT_SEND_TIMEOUT,
      retryDelays: options.retryDelays ?? DEFAULT_RETRY_DELAYS,
      signal: options.signal,
      fetch: options.fetch,
      sleep: options.sleep,
    },
    readAnswer,
  );
}
