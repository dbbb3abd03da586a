// The coordinator API's sign-in and account routes, in the browser, for the component tests of
// <mk-sign-in>, <mk-account-bar> and <mk-passkeys>: each test says what a route answers (a
// status, a Retry-After, a held answer it releases itself: never a delay) and reads what was
// asked. The real backend is the e2e tests' (tests/e2e/backend/passkeys.spec.ts, accounts.spec.ts).
import type { SessionView } from '../../api-types.ts';
import type { FakeRequest, Hold } from '../../shared/testing/fake-fetch.ts';
import { hold, installFetch, json } from '../../shared/testing/fake-fetch.ts';

export type { FakeRequest } from '../../shared/testing/fake-fetch.ts';
export { json } from '../../shared/testing/fake-fetch.ts';

export type FakeAnswer = (request: FakeRequest) => Response | Promise<Response>;

export interface FakeFetch {
  requests: FakeRequest[];
  /** What `METHOD /path` answers from now on. */
  answer(route: string, answer: FakeAnswer): void;
  /** Holds `METHOD /path`'s next answer until the returned release is called. */
  hold(route: string): () => void;
  restore(): void;
}

export const problem = (status: number, detail: string, headers: Record<string, string> = {}) =>
  json({ title: 'Refused', detail }, status, headers);

export function fakeFetch(routes: Record<string, FakeAnswer> = {}): FakeFetch {
  const answers = new Map(Object.entries(routes));
  const held = new Map<string, Hold>();
  const fake = installFetch(async (request, url) => {
    const route = `${request.method} ${url.pathname}`;
    await held.get(route)?.passed();
    const answer = answers.get(route);
    return answer ? answer(request) : problem(404, `No fake answer for ${route}`);
  });
  return {
    requests: fake.requests,
    answer: (route, answer) => void answers.set(route, answer),
    hold(route) {
      const gate = hold();
      gate.hold();
      held.set(route, gate);
      return () => {
        held.delete(route);
        gate.release();
      };
    },
    restore: fake.restore,
  };
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
