// External calendar feeds: the coordinator registers an Outlook, Google or Teamup feed URL;
// the backend fetches it (at once, then on a schedule: external-feeds/refresh.ts) and serves
// the last good copy with CORS at /api/feeds/<id>.ics, the `src` for a partner's calendar.
// A feed belongs to a programme, as a training does: a coordinator sees, fetches and removes
// their programmes' feeds only (the list is filtered by `scopeOf`; authorize.ts answers 404 for
// another programme's feed in a path) and adds feeds to one of them; an administrator sees
// every feed and may add one for the whole organisation. `?programme=<id>` on the public copy
// answers it only when the feed is that programme's, as the trainings' feeds filter.
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { boundedText } from '@mentorkit/core';
import { feedUrl } from '../external-feeds/fetch-feed.ts';
import { refreshFeedNow } from '../external-feeds/refresh.ts';
import { HttpProblem, sendJson, sendText } from '../http/respond.ts';
import {
  deleteExternalFeed,
  getExternalFeedCopy,
  insertExternalFeed,
  listExternalFeeds,
  type ExternalFeedStatus,
} from '../store/external-feeds.ts';
import { actorOf, scopeOf } from '../coordinator-auth/authorize.ts';
import { IdentifierSchema } from '@mentorkit/core';
import { boundRoute } from './bound-route.ts';
import { chosenProgramme } from './chosen-programme.ts';
import { readValid, type BackendContext } from './context.ts';
import type { Route, RouteContext } from './router.ts';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** A feed as the coordinator API shows it: its status and the path of its public copy. */
export interface ExternalFeedView extends ExternalFeedStatus {
  /** Where the backend serves the copy: the calendar's `src`, after the backend's origin. */
  path: string;
}

const view = (status: ExternalFeedStatus): ExternalFeedView => ({
  ...status,
  path: `/api/feeds/${encodeURIComponent(status.id)}.ics`,
});

const NewFeedSchema = z.object({
  name: boundedText(120),
  url: z.string().check(z.minLength(1), z.maxLength(2000)),
  /** The programme it belongs to; '' or absent: the organisation's (administrators only). */
  programme: z.optional(z.union([z.literal(''), IdentifierSchema])),
});

const notFound = () =>
  new HttpProblem({ status: 404, title: 'Not found', detail: 'No such calendar feed.' });

async function listFeedsRoute(backend: BackendContext, { request, response }: RouteContext) {
  const feeds = await listExternalFeeds(backend.database, scopeOf(actorOf(request)));
  sendJson(response, 200, feeds.map(view), NO_STORE);
}

async function addFeedRoute(backend: BackendContext, { request, response }: RouteContext) {
  const { name, url, programme } = await readValid(request, NewFeedSchema, 8192);
  const programmeId = await chosenProgramme(backend, request, programme || undefined, {
    title: 'Invalid feed',
    name: 'feed',
  });
  let address: URL;
  try {
    address = feedUrl(url);
  } catch (error) {
    throw new HttpProblem({
      status: 422,
      title: 'Invalid feed',
      detail: 'The address cannot be fetched.',
      errors: [{ field: 'url', detail: (error as Error).message }],
    });
  }
  const settings = { database: backend.database, ...backend.feeds };
  const id = await insertExternalFeed(
    backend.database,
    { name: name.trim(), url: address.href, programmeId },
    settings.now(),
  );
  // Fetched at once, so the coordinator sees whether it works before leaving the page.
  const status = await refreshFeedNow(settings, id);
  if (!status) throw notFound();
  sendJson(response, 201, view(status), NO_STORE);
}

async function refreshFeedRoute(backend: BackendContext, { response, params }: RouteContext) {
  const status = await refreshFeedNow({ database: backend.database, ...backend.feeds }, params[0]!);
  if (!status) throw notFound();
  sendJson(response, 200, view(status), NO_STORE);
}

async function deleteFeedRoute(backend: BackendContext, { response, params }: RouteContext) {
  if (!(await deleteExternalFeed(backend.database, params[0]!))) throw notFound();
  response.writeHead(204, NO_STORE).end();
}

/** The last good copy, for any page's calendar (CORS is the public API's). */
async function feedCopyRoute(
  backend: BackendContext,
  { request, response, params, url }: RouteContext,
) {
  const copy = await getExternalFeedCopy(backend.database, params[0]!);
  // A calendar of programme A asking for a feed of another programme (or of the whole
  // organisation) gets none, as trainings.json?programme=A lists A's trainings only.
  const programme = url.searchParams.get('programme');
  if (!copy || (programme && copy.programmeId !== programme)) throw notFound();
  if (copy.body === null) {
    throw new HttpProblem(
      {
        status: 503,
        title: 'Not fetched yet',
        detail: 'The backend has not fetched this feed successfully yet.',
      },
      { 'Retry-After': '60' },
    );
  }
  const etag = `"${createHash('sha256').update(copy.body).digest('base64url').slice(0, 27)}"`;
  const headers: Record<string, string> = { 'Cache-Control': 'no-cache', ETag: etag };
  if (copy.fetchedAt) headers['Last-Modified'] = copy.fetchedAt.toUTCString();
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers).end();
    return;
  }
  sendText(response, 200, copy.body, 'text/calendar; charset=utf-8', headers);
}

export function publicFeedRoutes(backend: BackendContext): Route[] {
  return [
    {
      method: 'GET',
      path: /^\/api\/feeds\/([^/]+)\.ics$/,
      handle: (context) => feedCopyRoute(backend, context),
    },
  ];
}

export function coordinatorFeedRoutes(backend: BackendContext): Route[] {
  const route = boundRoute(backend);
  return [
    route('GET', /^\/api\/coordinator\/feeds$/, listFeedsRoute),
    route('POST', /^\/api\/coordinator\/feeds$/, addFeedRoute),
    route('POST', /^\/api\/coordinator\/feeds\/([^/]+)\/refresh$/, refreshFeedRoute),
    route('DELETE', /^\/api\/coordinator\/feeds\/([^/]+)$/, deleteFeedRoute),
  ];
}

/** One example request per route above, for the test that none answers without the token. */
export const COORDINATOR_FEED_ROUTE_EXAMPLES: readonly { method: string; path: string }[] = [
  { method: 'GET', path: '/api/coordinator/feeds' },
  { method: 'POST', path: '/api/coordinator/feeds' },
  { method: 'POST', path: '/api/coordinator/feeds/x/refresh' },
  { method: 'DELETE', path: '/api/coordinator/feeds/x' },
];
