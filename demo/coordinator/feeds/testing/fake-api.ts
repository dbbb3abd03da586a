// The coordinator's calendar-feeds API in the browser, for <mk-feeds>' component tests:
// `fetch` answers the list, the programmes, an add (fetched at once, as the backend does:
// working, or failing with the code the test sets), a fetch now, a removal, and records what
// was asked. Each state (a failure, a slow answer held until released) is set by the test,
// never by a delay. The real backend is the e2e test's (tests/e2e/widgets/external-feed.spec.ts).
import type { ExternalFeed, Json, Programme } from '../../api-types.ts';

export interface FakeRequest {
  method: string;
  path: string;
  body: unknown;
}

type FeedError = NonNullable<ExternalFeed['lastError']>;

export interface FakeFeedsApi {
  requests: FakeRequest[];
  feeds: ExternalFeed[];
  /** What the next fetch (an add's or Fetch now's) finds: a calendar, or this failure. */
  nextFetch: FeedError | undefined;
  failNextList(status: number): void;
  failNextChange(status: number): void;
  /** The next add is refused with these field errors, as the backend words them. */
  refuseNextAdd(errors: { field: string; detail: string }[]): void;
  hold(): void;
  release(): void;
  restore(): void;
}

const json = (body: unknown, status = 200) =>
  new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

/** The moment every fetch happens at: the tests' clock, pinned. */
export const FETCHED_AT = '2026-12-01T09:00:00.000Z';
const NEXT_AT = '2026-12-01T09:15:00.000Z';

export function fakeFeedsApi(
  feeds: readonly ExternalFeed[],
  programmes: readonly Json<Programme>[],
): FakeFeedsApi {
  const realFetch = window.fetch.bind(window);
  const listFailures: number[] = [];
  const changeFailures: number[] = [];
  let refusal: { field: string; detail: string }[] | undefined;
  let held: { promise: Promise<void>; release: () => void } | undefined;
  let added = 0;
  const api: FakeFeedsApi = {
    requests: [],
    feeds: feeds.map((feed) => structuredClone(feed)),
    nextFetch: undefined,
    failNextList: (status) => listFailures.push(status),
    failNextChange: (status) => changeFailures.push(status),
    refuseNextAdd: (errors) => {
      refusal = errors;
    },
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
  /** Fetches `feed` as the backend would: a good copy of 2 events, or the failure set. */
  const fetchFeed = (feed: ExternalFeed) => {
    const error = api.nextFetch;
    feed.lastAttemptAt = FETCHED_AT;
    feed.nextFetchAt = NEXT_AT;
    if (error) {
      feed.lastError = error;
      feed.failures += 1;
    } else {
      delete feed.lastError;
      feed.failures = 0;
      feed.lastSuccessAt = FETCHED_AT;
      feed.copyFetchedAt = FETCHED_AT;
      feed.events = 2;
    }
  };
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const method = init.method ?? 'GET';
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    api.requests.push({ method, path: url.pathname, body });
    if (url.pathname === '/api/coordinator/programmes') return json(programmes);
    if (method === 'GET' && url.pathname === '/api/coordinator/feeds') {
      if (held) await held.promise;
      const failure = listFailures.shift();
      if (failure) return json({ title: 'Failed' }, failure);
      return json(api.feeds);
    }
    const failure = changeFailures.shift();
    if (failure) return json({ title: 'Failed' }, failure);
    if (method === 'POST' && url.pathname === '/api/coordinator/feeds') {
      if (refusal) {
        const errors = refusal;
        refusal = undefined;
        return json(
          { title: 'Invalid feed', detail: 'The address cannot be fetched.', errors },
          422,
        );
      }
      const input = body as { name: string; url: string; programme: string };
      added += 1;
      const feed: ExternalFeed = {
        id: `added-${added}`,
        name: input.name,
        url: input.url,
        programmeId: input.programme || null,
        createdAt: FETCHED_AT,
        nextFetchAt: NEXT_AT,
        events: 0,
        failures: 0,
        path: `/api/feeds/added-${added}.ics`,
      };
      fetchFeed(feed);
      api.feeds.push(feed);
      return json(feed, 201);
    }
    const found = /^\/api\/coordinator\/feeds\/([^/]+)(\/refresh)?$/.exec(url.pathname);
    const feed = found && api.feeds.find((one) => one.id === decodeURIComponent(found[1]!));
    if (!feed) return json({ title: 'Not found', detail: 'No such calendar feed.' }, 404);
    if (method === 'POST' && found[2]) {
      fetchFeed(feed);
      return json(feed);
    }
    if (method === 'DELETE' && !found[2]) {
      api.feeds = api.feeds.filter((one) => one !== feed);
      return json(null, 204);
    }
    return json({ title: 'Not found' }, 404);
  };
  return api;
}
