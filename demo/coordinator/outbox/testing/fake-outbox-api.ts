// GET /api/coordinator/outbox in the browser, for the outbox's component tests: `fetch` answers
// the outbox the test gives, and each state (a failure, an ended session, a slow answer held
// until the test releases it) is set by the test, never by a delay. The real backend is the
// e2e test's (tests/e2e/backend/mail.spec.ts).
import { failureQueue, installFetch, json } from '../../shared/testing/fake-fetch.ts';
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

const OUTBOX = '/api/coordinator/outbox';

export function fakeOutboxApi(initial: OutboxView): FakeOutboxApi {
  let view = structuredClone(initial);
  const failures = failureQueue();
  const fake = installFetch(async (_request, url) => {
    if (url.pathname !== OUTBOX) return new Response('', { status: 404 });
    await fake.passed();
    const failure = failures.next();
    if (failure) return json({ title: 'Failed' }, failure);
    return json(view);
  });
  return {
    get loads() {
      return fake.requests.filter(({ path }) => new URL(path, location.href).pathname === OUTBOX)
        .length;
    },
    answer: (next) => {
      view = structuredClone(next);
    },
    failNext: failures.add,
    hold: fake.hold,
    release: fake.release,
    restore: fake.restore,
  };
}
