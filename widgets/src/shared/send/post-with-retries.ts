/**
 * How every widget that sends something sends it (the signup form, the follow-up): one POST
 * per attempt, each bounded by a timeout; retried with backoff (±20 % jitter, so that many
 * widgets that failed together do not retry together) after a network failure, a timeout or a
 * status worth retrying, honouring `Retry-After`. What a response means is the caller's
 * (`read`); this module only decides when to try again. It never throws.
 */

/** The longest a `Retry-After` may make us wait between attempts. */
const MAX_RETRY_AFTER = 30_000;

/** Statuses worth another attempt; other 4xx would fail the same way again. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 425 || status === 429;
}

/** `Retry-After` in ms (seconds or an HTTP date), bounded; `undefined` when absent or unreadable. */
export function retryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
  if (!Number.isFinite(ms) || ms < 0) return undefined;
  return Math.min(ms, MAX_RETRY_AFTER);
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

function jitter(ms: number): number {
  return Math.round(ms * (0.8 + Math.random() * 0.4));
}

/** When every attempt failed, a status no retry can fix, or `signal` aborted. */
export type SendFailure =
  | {
      readonly ok: false;
      readonly kind: 'network' | 'timeout' | 'http';
      readonly status?: number;
      readonly attempts: number;
    }
  | { readonly ok: false; readonly kind: 'aborted'; readonly attempts: number };

export interface PostOptions {
  readonly endpoint: string | URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Milliseconds one attempt may take. */
  readonly timeout: number;
  /** Delays before each retry, in ms; its length is the number of retries. */
  readonly retryDelays: readonly number[];
  readonly signal?: AbortSignal;
  /** For tests; default the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** For tests; default `setTimeout`. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * What one response means to the caller: a final outcome, or `undefined` for a plain HTTP
 * failure, which is retried when its status is worth it. The caller reads the body it needs;
 * a body left unread is cancelled here.
 */
export type ReadResponse<Outcome> = (response: Response) => Promise<Outcome | undefined>;

type Attempt<Outcome> =
  | { readonly done: Outcome }
  /** Final without an outcome of the caller's: a status no retry fixes, or aborted. */
  | { readonly failed: 'http' | 'aborted'; readonly status?: number }
  | { readonly retry: 'network' | 'timeout' | 'http'; readonly status?: number; wait?: number };

async function attempt<Outcome>(
  options: PostOptions,
  read: ReadResponse<Outcome>,
): Promise<Attempt<Outcome>> {
  const { signal } = options;
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout);
  try {
    const response = await (options.fetch ?? fetch)(options.endpoint, {
      method: 'POST',
      headers: { Accept: 'application/json, application/problem+json', ...options.headers },
      body: options.body,
      credentials: 'omit',
      signal: controller.signal,
    });
    const outcome = await read(response);
    if (!response.bodyUsed) void response.body?.cancel().catch(() => undefined);
    if (outcome !== undefined) return { done: outcome };
    const { status } = response;
    if (isRetryableStatus(status)) {
      return { retry: 'http', status, wait: retryAfter(response.headers.get('Retry-After')) };
    }
    return { failed: 'http', status };
  } catch {
    if (signal?.aborted) return { failed: 'aborted' };
    return { retry: timedOut ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** POSTs `options.body`, retrying as above; resolves with `read`'s outcome or the failure. */
export async function postWithRetries<Outcome>(
  options: PostOptions,
  read: ReadResponse<Outcome>,
): Promise<Outcome | SendFailure> {
  const sleep = options.sleep ?? defaultSleep;
  const { signal } = options;
  for (let attempts = 1; ; attempts += 1) {
    const result = await attempt(options, read);
    if ('done' in result) return result.done;
    if ('failed' in result) {
      return result.failed === 'http'
        ? { ok: false, kind: 'http', status: result.status, attempts }
        : { ok: false, kind: 'aborted', attempts };
    }
    const delay = options.retryDelays[attempts - 1];
    if (delay === undefined) {
      return result.status === undefined
        ? { ok: false, kind: result.retry, attempts }
        : { ok: false, kind: result.retry, status: result.status, attempts };
    }
    await sleep(Math.max(jitter(delay), result.wait ?? 0), signal);
    if (signal?.aborted) return { ok: false, kind: 'aborted', attempts };
  }
}
