// External calendar feeds: registered by a coordinator, fetched on a schedule by the backend
// (external-feeds/refresh.ts), and served from the last good copy at a stable public URL, so
// that a partner's calendar widget can show an Outlook or Google calendar that sends no CORS
// headers. The table is also the queue of fetches: `next_fetch_at` says when each is due, and
// a fetch is claimed with FOR UPDATE SKIP LOCKED, so two servers on one PostgreSQL never fetch
// the same feed at once.
import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import type { FeedErrorCode } from '../external-feeds/fetch-feed.ts';
import { optionalIso, toIso } from './rows.ts';

/** What the coordinator sees of a feed (never the body). */
export interface ExternalFeedStatus {
  id: string;
  name: string;
  url: string;
  /** The programme it belongs to; null: the organisation's (an administrator's to manage). */
  programmeId: string | null;
  createdAt: string;
  nextFetchAt: string;
  lastAttemptAt?: string;
  /** The last fetch that brought or confirmed the copy. */
  lastSuccessAt?: string;
  /** When the copy served now was fetched; absent until the first good fetch. */
  copyFetchedAt?: string;
  /** Events in the copy served now. */
  events: number;
  /** Why the last fetch failed; absent when it succeeded. */
  lastError?: FeedErrorCode;
  lastErrorDetail?: string;
  /** Failed fetches in a row. */
  failures: number;
}

/** A feed as the fetcher needs it. */
export interface FeedToFetch {
  id: string;
  url: string;
  etag: string | null;
  lastModified: string | null;
  failures: number;
}

interface FeedRow {
  id: string;
  name: string;
  url: string;
  programme_id: string | null;
  created_at: unknown;
  next_fetch_at: unknown;
  last_attempt_at: unknown;
  last_success_at: unknown;
  body_fetched_at: unknown;
  events: number | string | null;
  last_error: FeedErrorCode | null;
  last_error_detail: string | null;
  failures: number;
}

// Events are counted in SQL, so a status never carries the body.
const STATUS_COLUMNS = `id, name, url, programme_id, created_at, next_fetch_at, last_attempt_at,
  last_success_at, body_fetched_at, last_error, last_error_detail, failures,
  (length(coalesce(body, '')) - length(replace(coalesce(body, ''), 'BEGIN:VEVENT', ''))) / 12 AS events`;

function statusFromRow(row: FeedRow): ExternalFeedStatus {
  const status: ExternalFeedStatus = {
    id: row.id,
    name: row.name,
    url: row.url,
    programmeId: row.programme_id,
    createdAt: toIso(row.created_at),
    nextFetchAt: toIso(row.next_fetch_at),
    events: Number(row.events ?? 0),
    failures: Number(row.failures),
  };
  const lastAttemptAt = optionalIso(row.last_attempt_at);
  if (lastAttemptAt) status.lastAttemptAt = lastAttemptAt;
  const lastSuccessAt = optionalIso(row.last_success_at);
  if (lastSuccessAt) status.lastSuccessAt = lastSuccessAt;
  const copyFetchedAt = optionalIso(row.body_fetched_at);
  if (copyFetchedAt) status.copyFetchedAt = copyFetchedAt;
  if (row.last_error) status.lastError = row.last_error;
  if (row.last_error_detail) status.lastErrorDetail = row.last_error_detail;
  return status;
}

/** An id for the feed's public URL: unguessable, so the list of feeds cannot be walked. */
function newFeedId(): string {
  return randomBytes(12).toString('base64url');
}

export async function insertExternalFeed(
  db: Queryable,
  feed: { name: string; url: string; programmeId?: string | undefined },
  now: Date,
): Promise<string> {
  const id = newFeedId();
  await db.query(
    `INSERT INTO external_feeds (id, name, url, programme_id, created_at, next_fetch_at)
     VALUES ($1, $2, $3, $4, $5, $5)`,
    [id, feed.name, feed.url, feed.programmeId ?? null, now],
  );
  return id;
}

/**
 * The feeds of `programmes` ('all': every one, the organisation's included; a list: those
 * programmes' only, as listTrainings reads its scope).
 */
export async function listExternalFeeds(
  db: Queryable,
  programmes: 'all' | readonly string[] = 'all',
): Promise<ExternalFeedStatus[]> {
  const result =
    programmes === 'all'
      ? await db.query<FeedRow>(
          `SELECT ${STATUS_COLUMNS} FROM external_feeds ORDER BY created_at, id`,
        )
      : await db.query<FeedRow>(
          `SELECT ${STATUS_COLUMNS} FROM external_feeds
            WHERE programme_id = ANY($1::text[]) ORDER BY created_at, id`,
          [[...programmes]],
        );
  return result.rows.map(statusFromRow);
}

export async function getExternalFeedStatus(
  db: Queryable,
  id: string,
): Promise<ExternalFeedStatus | undefined> {
  const result = await db.query<FeedRow>(
    `SELECT ${STATUS_COLUMNS} FROM external_feeds WHERE id = $1`,
    [id],
  );
  const row = result.rows[0];
  return row && statusFromRow(row);
}

/** The copy to serve: undefined for an unknown feed, `body: null` before the first good fetch. */
export async function getExternalFeedCopy(
  db: Queryable,
  id: string,
): Promise<
  { body: string | null; fetchedAt: Date | null; programmeId: string | null } | undefined
> {
  const result = await db.query<{
    body: string | null;
    body_fetched_at: unknown;
    programme_id: string | null;
  }>('SELECT body, body_fetched_at, programme_id FROM external_feeds WHERE id = $1', [id]);
  const row = result.rows[0];
  if (!row) return undefined;
  return {
    body: row.body,
    fetchedAt: row.body_fetched_at ? new Date(toIso(row.body_fetched_at)) : null,
    programmeId: row.programme_id,
  };
}

export async function deleteExternalFeed(db: Queryable, id: string): Promise<boolean> {
  const result = await db.query('DELETE FROM external_feeds WHERE id = $1', [id]);
  return result.rowCount > 0;
}

/**
 * Claims the feed most overdue at `now`, or the one named, for one fetch: its `next_fetch_at`
 * moves `leaseMs` ahead, so that no other claim takes it meanwhile (and a server that dies
 * mid-fetch leaves it due again after the lease).
 */
export async function claimFeedToFetch(
  db: Queryable,
  now: Date,
  leaseMs: number,
  id?: string,
): Promise<FeedToFetch | undefined> {
  const result = await db.query<{
    id: string;
    url: string;
    etag: string | null;
    last_modified: string | null;
    failures: number;
  }>(
    `UPDATE external_feeds SET next_fetch_at = $2
       WHERE id = (
         SELECT id FROM external_feeds
           WHERE ${id === undefined ? 'next_fetch_at <= $1' : 'id = $1'}
           ORDER BY next_fetch_at LIMIT 1
           FOR UPDATE SKIP LOCKED)
       RETURNING id, url, etag, last_modified, failures`,
    [id ?? now, new Date(now.getTime() + leaseMs)],
  );
  const row = result.rows[0];
  return (
    row && {
      id: row.id,
      url: row.url,
      etag: row.etag,
      lastModified: row.last_modified,
      failures: Number(row.failures),
    }
  );
}

/** A fetch brought a new copy: it replaces the old one. */
export async function storeFeedCopy(
  db: Queryable,
  id: string,
  copy: { body: string; etag: string | null; lastModified: string | null },
  now: Date,
  nextFetchAt: Date,
): Promise<void> {
  await db.query(
    `UPDATE external_feeds SET body = $2, etag = $3, last_modified = $4, body_fetched_at = $5,
       last_attempt_at = $5, last_success_at = $5, next_fetch_at = $6,
       last_error = NULL, last_error_detail = NULL, failures = 0
     WHERE id = $1`,
    [id, copy.body, copy.etag, copy.lastModified, now, nextFetchAt],
  );
}

/** The server said the copy in hand is current (304). */
export async function confirmFeedCopy(
  db: Queryable,
  id: string,
  now: Date,
  nextFetchAt: Date,
): Promise<void> {
  await db.query(
    `UPDATE external_feeds SET last_attempt_at = $2, last_success_at = $2, next_fetch_at = $3,
       last_error = NULL, last_error_detail = NULL, failures = 0
     WHERE id = $1`,
    [id, now, nextFetchAt],
  );
}

/** A fetch failed: the last good copy stays, the error is kept for the coordinator. */
export async function recordFeedFailure(
  db: Queryable,
  id: string,
  failure: { error: FeedErrorCode; detail: string },
  now: Date,
  nextFetchAt: Date,
): Promise<void> {
  await db.query(
    `UPDATE external_feeds SET last_attempt_at = $2, next_fetch_at = $3,
       last_error = $4, last_error_detail = $5, failures = failures + 1
     WHERE id = $1`,
    [id, now, nextFetchAt, failure.error, failure.detail.slice(0, 500)],
  );
}
