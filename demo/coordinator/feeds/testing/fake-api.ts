// The coordinator's calendar-feeds API in the browser, for <mk-feeds>' component tests:
// `fetch` answers the list, the programmes, an add (fetched at once, as the backend does:
// working, or failing with the code the test sets), a fetch now, a removal, and records what
// was asked. Each state (a failure, a slow answer held until released) is set by the test,
// never by a delay. The real backend is the e2e test's (tests/e2e/widgets/external-feed.spec.ts).
import type { ExternalFeed, Json, Programme } from '../../api-types.ts';
import type { FakeRequest } from '../../shared/testing/fake-fetch.ts';
import { failureQueue, installFetch, json } from '../../shared/testing/fake-fetch.ts';

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

/** The moment every fetch happens at: the tests' clock, pinned. */
export const FETCHED_AT = '2026-12-01T09:00:00.000Z';
const NEXT_AT = '2026-12-01T09:15:00.000Z';

export function fakeFeedsApi(
  feeds: readonly ExternalFeed[],
  programmes: readonly Json<Programme>[],
): FakeFeedsApi {
  const listFailures = failureQueue();
  const changeFailures = failureQueue();
  let refusal: { field: string; detail: string }[] | undefined;
  let added = 0;
  const current = feeds.map((feed) => structuredClone(feed));
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
  const fake = installFetch(async ({ method, body }, url) => {
    if (url.pathname === '/api/coordinator/programmes') return json(programmes);
    if (method === 'GET' && url.pathname === '/api/coordinator/feeds') {
      await fake.passed();
      const failure = listFailures.next();
      if (failure) return json({ title: 'Failed' }, failure);
      return json(current);
    }
    const failure = changeFailures.next();
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
      current.push(feed);
      return json(feed, 201);
    }
    const found = /^\/api\/coordinator\/feeds\/([^/]+)(\/refresh)?$/.exec(url.pathname);
    const feed = found && current.find((one) => one.id === decodeURIComponent(found[1]!));
    if (!feed) return json({ title: 'Not found', detail: 'No such calendar feed.' }, 404);
    if (method === 'POST' && found[2]) {
      fetchFeed(feed);
      return json(feed);
    }
    if (method === 'DELETE' && !found[2]) {
      current.splice(current.indexOf(feed), 1);
      return json(null, 204);
    }
    return json({ title: 'Not found' }, 404);
  });
  const api: FakeFeedsApi = {
    ...fake,
    feeds: current,
    nextFetch: undefined,
    failNextList: listFailures.add,
    failNextChange: changeFailures.add,
    refuseNextAdd: (errors) => {
      refusal = errors;
    },
  };
  return api;
}
