/**
 * Sends one submission to a partner's endpoint as the data contract says: one
 * `Idempotency-Key` (the draft id) on every attempt, so that a retry after a lost answer can
 * never store the person twice; retries with exponential backoff after a network failure, a
 * timeout or a server-side status; each attempt bounded by a timeout. It never throws: the
 * outcome is a value the form shows.
 */
import { toFormBody } from './encode.ts';
import { DEFAULT_RETRY_DELAYS, DEFAULT_SEND_TIMEOUT } from './send-defaults.ts';
import { readProblem } from './problem.ts';
import type { ServerFieldError } from './problem.ts';
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
  /** Every attempt failed, or a status that no retry can fix. */
  | {
      readonly ok: false;
      readonly kind: 'network' | 'timeout' | 'http';
      readonly status?: number;
      readonly attempts: number;
    }
  /** `signal` aborted (the form went away). */
  | { readonly ok: false; readonly kind: 'aborted'; readonly attempts: number };

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

/** The longest a `Retry-After` may make us wait between attempts. */
const MAX_RETRY_AFTER = 30_000;

/** Statuses worth another attempt with the same key; other 4xx would fail the same way again. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 425 || status === 429;
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}

/** `Retry-After` in ms (seconds or an HTTP date), bounded; `undefined` when absent or unreadable. */
export function retryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
  if (!Number.isFinite(ms) || ms < 0) return undefined;
  return Math.min(ms, MAX_RETRY_AFTER);
}

function jitter(ms: number): number {
  return Math.round(ms * (0.8 + Math.random() * 0.4));
}

type Attempt =
  | { readonly done: SendOutcome }
  | { readonly retry: 'network' | 'timeout' | 'http'; readonly status?: number; wait?: number };

async function attempt(options: SendOptions, signal: AbortSignal | undefined): Promise<Attempt> {
  const encoding = options.encoding ?? 'json';
  const timeout = options.timeout ?? DEFAULT_SEND_TIMEOUT;
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    const response = await (options.fetch ?? fetch)(options.endpoint, {
      method: 'POST',
      headers: {
        'Content-Type':
          encoding === 'form'
            ? 'application/x-www-form-urlencoded;charset=UTF-8'
            : 'application/json',
        Accept: 'application/json, application/problem+json',
        'Idempotency-Key': options.idempotencyKey,
      },
      body:
        encoding === 'form' ? toFormBody(options.body).toString() : JSON.stringify(options.body),
      credentials: 'omit',
      signal: controller.signal,
    });
    const { status } = response;
    if (response.ok || status === 409) {
      void response.body?.cancel().catch(() => undefined);
      return { done: { ok: true, status, duplicate: status === 409 } };
    }
    if (status === 400 || status === 422) {
      const problem = await readProblem(response);
      const errors = problem?.errors ?? [];
      const training = problem && trainingRefusal(problem);
      return {
        done: { ok: false, kind: 'fields', status, errors, ...(training ? { training } : {}) },
      };
    }
    void response.body?.cancel().catch(() => undefined);
    if (isRetryableStatus(status)) {
      return { retry: 'http', status, wait: retryAfter(response.headers.get('Retry-After')) };
    }
    return { done: { ok: false, kind: 'http', status, attempts: 0 } };
  } catch {
    if (signal?.aborted) return { done: { ok: false, kind: 'aborted', attempts: 0 } };
    return { retry: timedOut ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Sends `options.body`, retrying as the contract says, and resolves with the outcome. */
export async function sendSignup(options: SendOptions): Promise<SendOutcome> {
  const delays = options.retryDelays ?? DEFAULT_RETRY_DELAYS;
  const sleep = options.sleep ?? defaultSleep;
  const { signal } = options;
  let attempts = 0;
  for (;;) {
    attempts += 1;
    const result = await attempt(options, signal);
    if ('done' in result) {
      const done = result.done;
      return 'attempts' in done ? { ...done, attempts } : done;
    }
    const delay = delays[attempts - 1];
    if (delay === undefined) {
      return result.status === undefined
        ? { ok: false, kind: result.retry, attempts }
        : { ok: false, kind: result.retry, status: result.status, attempts };
    }
    await sleep(Math.max(jitter(delay), result.wait ?? 0), signal);
    if (signal?.aborted) return { ok: false, kind: 'aborted', attempts };
  }
}
