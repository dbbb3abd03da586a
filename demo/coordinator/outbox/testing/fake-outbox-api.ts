// GET /api/coordinator/outbox in the browser, for the outbox's component tests: `fetch` answers
// the outbox the test gives, and each state (a failure, an ended session, a slow answer held
// until the test releases it) is set by the test, never by a delay. The real backend is the
// e2e test's (tests/e2e/backend/mail.spec.ts).
import type { OutboxView } from '../outbox-types.ts';

export interface FakeOutboxApi {
  /** How many times the outbox was asked for. */
  readonly loads: number;
  /** What the next loads answer. */
  answer(view: OutboxView): void;
  /** The next load answers this status (500, 401) instead. */
  failNext(status: number): void;
  /** Holds the next loads until `release()`. */
  hold(): void;
  release(): void;
  restore(): void;
}

export function fakeOutboxApi(initial: OutboxView): FakeOutboxApi {
  const realFetch = window.fetch.bind(window);
  let view = structuredClone(initial);
  let loads = 0;
  const failures: number[] = [];
  let held: { promise: Promise<void>; release: () => void } | undefined;
  window.fetch = async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.pathname !== '/api/coordinator/outbox') return new Response('', { status: 404 });
    loads += 1;
    if (held) await held.promise;
    const failure = failures.shift();
    if (failure) return Response.json({ title: 'Failed' }, { status: failure });
    return Response.json(view);
  };
  return {
    get loads() {
      return loads;
    },
    answer: (next) => {
      view = structuredClone(next);
    },
    failNext: (status) => failures.push(status),
    hold() {
      let release = () => {};
      const promise = new Promise<void>((resolve) => (release = resolve));
      held = { promise, release };
    },
    release() {
      held?.release();
      held = undefined;
    },
    restore: () => {
      window.fetch = realFetch;
    },
  };
}
