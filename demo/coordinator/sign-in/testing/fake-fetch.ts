// The coordinator API's sign-in and account routes, in the browser, for the component tests of
// <mk-sign-in>, <mk-account-bar> and <mk-passkeys>: each test says what a route answers (a
// status, a Retry-After, a held answer it releases itself: never a delay) and reads what was
// asked. The real backend is the e2e tests' (tests/e2e/backend/passkeys.spec.ts, accounts.spec.ts).
import type { SessionView } from '../../api-types.ts';

export interface FakeRequest {
  method: string;
  path: string;
  csrf: string | null;
  authorization: string | null;
  body: unknown;
}

export type FakeAnswer = (request: FakeRequest) => Response | Promise<Response>;

export interface FakeFetch {
  requests: FakeRequest[];
  /** What `METHOD /path` answers from now on. */
  answer(route: string, answer: FakeAnswer): void;
  /** Holds `METHOD /path`'s next answer until the returned release is called. */
  hold(route: string): () => void;
  restore(): void;
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

export const problem = (status: number, detail: string, headers: Record<string, string> = {}) =>
  json({ title: 'Refused', detail }, status, headers);

export function fakeFetch(routes: Record<string, FakeAnswer> = {}): FakeFetch {
  const answers = new Map(Object.entries(routes));
  const held = new Map<string, Promise<void>>();
  const realFetch = window.fetch.bind(window);
  const fake: FakeFetch = {
    requests: [],
    answer: (route, answer) => answers.set(route, answer),
    hold(route) {
      let release = () => {};
      held.set(route, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        held.delete(route);
        release();
      };
    },
    restore: () => {
      window.fetch = realFetch;
    },
  };
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const method = init.method ?? 'GET';
    const headers = new Headers(init.headers);
    const request: FakeRequest = {
      method,
      path: url.pathname,
      csrf: headers.get('X-CSRF-Token'),
      authorization: headers.get('Authorization'),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    fake.requests.push(request);
    const route = `${method} ${url.pathname}`;
    const wait = held.get(route);
    if (wait) await wait;
    const answer = answers.get(route);
    return answer ? answer(request) : problem(404, `No fake answer for ${route}`);
  };
  return fake;
}

/** A session as GET /api/coordinator/sign-in and a sign-in answer it. */
export const SESSION: SessionView = {
  id: 'co-1',
  name: 'Ulla Union',
  email: 'ulla@union.example',
  role: 'coordinator',
  programmes: ['union-academics'],
  bootstrap: false,
  lang: 'sv',
  csrfToken: 'csrf-123',
};
