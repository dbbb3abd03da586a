// One in-browser `fetch` for the coordinator elements' component tests: each folder's fake
// (people/testing/fake-api.ts, trainings/testing/fake-api.ts, …) keeps its own routes and
// installs them with `installFetch`, which records every request, holds answers until the test
// releases them (a slow answer is the test's to set, never a delay) and puts the real `fetch`
// back. The real backend is the e2e tests' (tests/e2e/backend/).

/** A request as the fakes' routes and the tests read it. */
export interface FakeRequest {
  method: string;
  /** The path with its query, as the browser asked it. */
  path: string;
  /** The JSON body sent, parsed (a body that is not JSON as sent); undefined without one. */
  body: unknown;
  csrf: string | null;
  authorization: string | null;
}

/**
 * Answers one request; `url` is the request's, for its route and parameters. Undefined: the
 * real `fetch` answers it (the test runner's own routes).
 */
export type FakeHandler = (
  request: FakeRequest,
  url: URL,
) => Response | undefined | Promise<Response | undefined>;

/** Answers that wait for `passed()` are held from `hold()` until `release()`. */
export interface Hold {
  hold: () => void;
  release: () => void;
  readonly held: boolean;
  /** Resolves at once, or (held) when released. */
  passed: () => Promise<void>;
}

export function hold(): Hold {
  let gate: { promise: Promise<void>; release: () => void } | undefined;
  return {
    hold() {
      let release = () => {};
      const promise = new Promise<void>((resolve) => (release = resolve));
      gate = { promise, release };
    },
    release() {
      gate?.release();
      gate = undefined;
    },
    get held() {
      return gate !== undefined;
    },
    passed: async () => gate?.promise,
  };
}

export interface InstalledFetch extends Hold {
  /** Every request asked since `installFetch`, in order. */
  requests: FakeRequest[];
  /** Puts the real `fetch` back. */
  restore: () => void;
}

export function installFetch(handler: FakeHandler): InstalledFetch {
  const realFetch = window.fetch.bind(window);
  const gate = hold();
  const installed: InstalledFetch = {
    ...gate,
    get held() {
      return gate.held;
    },
    requests: [],
    restore: () => {
      window.fetch = realFetch;
    },
  };
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const headers = new Headers(init.headers ?? (input instanceof Request ? input.headers : {}));
    const request: FakeRequest = {
      method: init.method ?? (input instanceof Request ? input.method : 'GET'),
      path: url.pathname + url.search,
      body: parsed(init.body),
      csrf: headers.get('X-CSRF-Token'),
      authorization: headers.get('Authorization'),
    };
    installed.requests.push(request);
    return (await handler(request, url)) ?? realFetch(input, init);
  };
  return installed;
}

function parsed(body: RequestInit['body']): unknown {
  if (typeof body !== 'string') return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

/** Failures a test sets, each answered once, first set first. */
export interface FailureQueue<T = number> {
  add: (failure: T) => void;
  /** The first failure set that `matches` (any, without it), taken off the queue. */
  next: (matches?: (failure: T) => boolean) => T | undefined;
}

export function failureQueue<T = number>(): FailureQueue<T> {
  const queued: T[] = [];
  return {
    add: (failure) => void queued.push(failure),
    next(matches = () => true) {
      const index = queued.findIndex(matches);
      return index < 0 ? undefined : queued.splice(index, 1)[0];
    },
  };
}

/** A JSON answer, as the backend's routes give them (204: no body). */
export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
