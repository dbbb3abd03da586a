// Keeps every registered external feed fresh: each is fetched when due (every 15 minutes by
// default, MENTORKIT_FEED_REFRESH_MINUTES), conditionally when there is a copy; a failure keeps
// the last good copy, records why for the coordinator, and waits longer before the next try
// (doubling, at most 6 hours), so a feed that is gone is not hammered. The clock is passed in,
// so the tests move it rather than wait.
import type { Database } from '../db/database.ts';
import {
  claimFeedToFetch,
  confirmFeedCopy,
  getExternalFeedStatus,
  recordFeedFailure,
  storeFeedCopy,
  type ExternalFeedStatus,
  type FeedToFetch,
} from '../store/external-feeds.ts';
import { fetchFeed, type FeedFetchLimits } from './fetch-feed.ts';

export interface FeedRefreshSettings {
  database: Database;
  limits: FeedFetchLimits;
  /** Between two fetches of a feed that works. */
  refreshEveryMs: number;
  now: () => Date;
  /** The fetcher (node tests pass their own). */
  fetch?: typeof fetchFeed;
}

export const DEFAULT_REFRESH_EVERY_MS = 15 * 60_000;
const LONGEST_WAIT_AFTER_FAILURES_MS = 6 * 60 * 60_000;

/** The wait before the next try after `failures` failures in a row (1 = this one). */
export function waitAfterFailures(refreshEveryMs: number, failures: number): number {
  const wait = refreshEveryMs * 2 ** Math.max(0, failures - 1);
  return Math.min(wait, Math.max(refreshEveryMs, LONGEST_WAIT_AFTER_FAILURES_MS));
}

/** Long enough for one fetch: a claim older than this is free again (its server died). */
function leaseMs(settings: FeedRefreshSettings): number {
  return Math.max(60_000, settings.limits.timeoutMs * 2);
}

async function fetchClaimed(settings: FeedRefreshSettings, feed: FeedToFetch): Promise<void> {
  const outcome = await (settings.fetch ?? fetchFeed)(feed.url, feed, settings.limits);
  const now = settings.now();
  const later = (ms: number) => new Date(now.getTime() + ms);
  const { database } = settings;
  switch (outcome.kind) {
    case 'fetched':
      await storeFeedCopy(database, feed.id, outcome, now, later(settings.refreshEveryMs));
      return;
    case 'not-modified':
      await confirmFeedCopy(database, feed.id, now, later(settings.refreshEveryMs));
      return;
    case 'failed':
      await recordFeedFailure(
        database,
        feed.id,
        outcome,
        now,
        later(waitAfterFailures(settings.refreshEveryMs, feed.failures + 1)),
      );
  }
}

/** Fetches one feed now (registration, the coordinator's "Fetch now"); its status after. */
export async function refreshFeedNow(
  settings: FeedRefreshSettings,
  id: string,
): Promise<ExternalFeedStatus | undefined> {
  const claimed = await claimFeedToFetch(settings.database, settings.now(), leaseMs(settings), id);
  if (claimed) await fetchClaimed(settings, claimed);
  return getExternalFeedStatus(settings.database, id);
}

/** Fetches every feed that is due, one after the other; how many were fetched. */
export async function refreshDueFeeds(settings: FeedRefreshSettings): Promise<number> {
  let fetched = 0;
  for (;;) {
    const claimed = await claimFeedToFetch(settings.database, settings.now(), leaseMs(settings));
    if (!claimed) return fetched;
    await fetchClaimed(settings, claimed);
    fetched += 1;
  }
}

export interface FeedRefresher {
  /** Stops checking; resolves when a fetch under way has ended. */
  stop(): Promise<void>;
}

/** Checks for due feeds every `checkEveryMs` while the server runs. */
export function startFeedRefresher(
  settings: FeedRefreshSettings,
  checkEveryMs = 30_000,
): FeedRefresher {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const check = () => {
    running = refreshDueFeeds(settings).then(
      () => undefined,
      (error: unknown) => {
        // The message only: a database error's parameters may hold a feed's URL with a secret.
        console.error(`Refreshing the external feeds failed: ${(error as Error).message}`);
      },
    );
    void running.then(() => {
      if (!stopped) schedule();
    });
  };
  const schedule = () => {
    timer = setTimeout(check, checkEveryMs);
    // The refresher never keeps the process alive on its own (see main.ts's stop).
    timer.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
