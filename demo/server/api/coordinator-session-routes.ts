// The coordinator's routes for what mentors shared from their extension (issue 18): the shared
// sessions per match and the flagged ones (extension-sync/shared-sessions.ts), and marking a
// flagged session handled. Listed with the match routes, so behind the one check of every
// coordinator route (backend.ts).
import { actorOf, matchesInScope } from '../coordinator-auth/authorize.ts';
import { sharedSessions } from '../extension-sync/shared-sessions.ts';
import { HttpProblem, sendJson } from '../http/respond.ts';
import { listMatches } from '../store/matches.ts';
import { markAttentionHandled } from '../store/session-summaries.ts';
import type { BackendContext } from './context.ts';
import type { Route, RouteContext } from './router.ts';

const NO_STORE = { 'Cache-Control': 'no-store' };

async function sharedSessionsRoute(backend: BackendContext, { request, response }: RouteContext) {
  // Only the matches of the coordinator's programmes (issue 19).
  const matches = await matchesInScope(
    backend,
    actorOf(request),
    await listMatches(backend.database),
  );
  sendJson(response, 200, await sharedSessions(backend.database, matches), NO_STORE);
}

async function handledRoute(backend: BackendContext, { request, response, params }: RouteContext) {
  request.resume();
  const handledAt = await markAttentionHandled(
    backend.database,
    params[0]!,
    params[1]!,
    backend.now(),
  );
  if (!handledAt) {
    throw new HttpProblem({ status: 404, title: 'Not found', detail: 'No such flagged session.' });
  }
  sendJson(response, 200, { handledAt }, NO_STORE);
}

const UUID = '([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})';

export function coordinatorSessionRoutes(backend: BackendContext): Route[] {
  return [
    {
      method: 'GET',
      path: /^\/api\/coordinator\/shared-sessions$/,
      handle: (context) => sharedSessionsRoute(backend, context),
    },
    {
      method: 'POST',
      path: new RegExp(`^/api/coordinator/matches/([^/]+)/sessions/${UUID}/handled$`),
      handle: (context) => handledRoute(backend, context),
    },
  ];
}

export const COORDINATOR_SESSION_ROUTE_EXAMPLES = [
  { method: 'GET', path: '/api/coordinator/shared-sessions' },
  {
    method: 'POST',
    path: '/api/coordinator/matches/m-x/sessions/00000000-0000-4000-8000-000000000000/handled',
  },
] as const;
