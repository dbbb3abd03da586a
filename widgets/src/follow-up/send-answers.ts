/**
 * POSTs the answers as JSON to the widget's endpoint: each attempt bounded by a timeout,
 * retried with backoff after a network failure, a timeout or a status worth retrying (5xx,
 * 408, 425, 429, honouring `Retry-After`), as the signup form sends (its rules are imported,
 * not copied). No `Idempotency-Key`: a second POST replaces the answers, so a retry cannot
 * store them twice. Never throws: the outcome is a value the widget shows.
 */
import { readProblem } from '../signup-form/problem.ts';
import type { ServerFieldError } from '../signup-form/problem.ts';
import { isRetryableStatus, retryAfter } from '../signup-form/send-signup.ts';

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
  /** Every attempt failed, or a status that no retry can fix. */
  | { readonly ok: false; readonly kind: 'network' | 'timeout' | 'http'; readonly status?: number }
  /** `signal` aborted (the widget went away). */
  | { readonly ok: false; readonly kind: 'aborted' };

export interface SendOptions {
  readonly endpoint: URL;
  readonly body: unknown;
  /** Milliseconds one attempt may take. */
  readonly timeout: number;
  /** Delays before each retry, in ms; its length is the number of retries. */
  readonly retryDelays: readonly number[];
  readonly signal: AbortSignal;
}

type Attempt =
  | { readonly done: SendOutcome }
  | { readonly retry: 'network' | 'timeout' | 'http'; readonly status?: number; wait?: number };

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

async function attempt(options: SendOptions): Promise<Attempt> {
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  options.signal.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout);
  try {
    const response = await fetch(options.endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json, application/problem+json',
      },
      body: JSON.stringify(options.body),
      credentials: 'omit',
      signal: controller.signal,
    });
    const { status } = response;
    if (response.ok) return { done: { ok: true, status, body: await readJson(response) } };
    if (status === 410) {
      void response.body?.cancel().catch(() => undefined);
      return { done: { ok: false, kind: 'expired', status } };
    }
    if (status === 400 || status === 422) {
      const problem = await readProblem(response);
      return { done: { ok: false, kind: 'fields', status, errors: problem?.errors ?? [] } };
    }
    void response.body?.cancel().catch(() => undefined);
    if (isRetryableStatus(status))
      return { retry: 'http', status, wait: retryAfter(response.headers.get('Retry-After')) };
    return { done: { ok: false, kind: 'http', status } };
  } catch {
    if (options.signal.aborted) return { done: { ok: false, kind: 'aborted' } };
    return { retry: timedOut ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
  }
}

/** Sends `options.body`, retrying as above, and resolves with the outcome. */
export async function sendAnswers(options: SendOptions): Promise<SendOutcome> {
  for (let attempts = 1; ; attempts += 1) {
    const result = await attempt(options);
    if ('done' in result) return result.done;
    const delay = options.retryDelays[attempts - 1];
    if (delay === undefined) {
      return result.status === undefined
        ? { ok: false, kind: result.retry }
        : { ok: false, kind: result.retry, status: result.status };
    }
    // ±20 % jitter, so that many widgets that failed together do not retry together.
    const jittered = Math.round(delay * (0.8 + Math.random() * 0.4));
    await sleep(Math.max(jittered, result.wait ?? 0), options.signal);
    if (options.signal.aborted) return { ok: false, kind: 'aborted' };
  }
}
