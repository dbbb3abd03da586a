// The API of the mentor's extension (issue 18), under /api/extension/. The mentor connects with
// the token of their own match link (only a mentor's link connects, only while the match is
// proposed or runs) and gets a connection token of its own, whose hash alone is stored; every
// other call carries it as a Bearer token and reaches only that match's summaries. Summaries are
// validated with core's SessionSummarySchema, the schema the extension builds them with.
// No CORS: the extension calls with the host permission the mentor granted for this origin, and
// no page is meant to call these routes.
import type { IncomingMessage } from 'node:http';
import {
  ExtensionConnectRequestSchema,
  SessionSummarySchema,
  type ExtensionConnection,
} from '@mentorkit/core';
import { bearerToken } from '../coordinator-token.ts';
import {
  disconnectExtension,
  removeSummary,
  storeSummary,
} from '../extension-sync/session-sync.ts';
import { HttpProblem, sendJson } from '../http/respond.ts';
import { toMatchProfile } from '../store/candidates.ts';
import { connectedMatchId, replaceExtensionConnection } from '../store/extension-connections.ts';
import { getSignup } from '../store/signups.ts';
import { readValid, type BackendContext } from './context.ts';
import { linkedMatch } from './participant-routes.ts';
import type { Route, RouteContext } from './router.ts';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

/** As the public API's: a UUID (what the extension sends) or another client's key. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,200}$/;

/** The largest summary: a shared note of 5000 characters, some of them four bytes in UTF-8. */
const SUMMARY_BODY_LIMIT = 32 * 1024;

const unauthorized = () =>
  new HttpProblem(
    {
      status: 401,
      title: 'Unauthorized',
      detail: 'The extension is not connected to this programme (any more): connect it again.',
    },
    { 'WWW-Authenticate': 'Bearer realm="mentorkit-extension"' },
  );

/** The match of the request's connection token, or 401. */
async function connectedMatch(backend: BackendContext, request: IncomingMessage): Promise<string> {
  const matchId = await connectedMatchId(
    backend.database,
    bearerToken(request.headers.authorization),
    backend.now(),
  );
  if (!matchId) {
    request.resume();
    throw unauthorized();
  }
  return matchId;
}

function idempotencyKey(request: IncomingMessage): string {
  const header = request.headers['idempotency-key'];
  const key = Array.isArray(header) ? header[0] : header;
  if (!key || !IDEMPOTENCY_KEY.test(key)) {
    request.resume();
    throw new HttpProblem({
      status: 400,
      title: 'Idempotency-Key required',
      detail: 'Send each change with an Idempotency-Key header (8 to 200 visible characters).',
    });
  }
  return key;
}

async function connectRoute(backend: BackendContext, { request, response }: RouteContext) {
  const { matchToken } = await readValid(request, ExtensionConnectRequestSchema, 4096);
  const { match, role } = await linkedMatch(backend, matchToken);
  if (role !== 'mentor') {
    throw new HttpProblem({
      status: 403,
      title: 'Not a mentor link',
      detail: "Only the mentor's own link connects the extension.",
    });
  }
  if (match.status === 'closed' || match.status === 'completed') {
    throw new HttpProblem({
      status: 409,
      title: 'Not possible now',
      detail: `The match is ${match.status}: nothing more is shared with it.`,
    });
  }
  const [mentor, mentee] = await Promise.all([
    getSignup(backend.database, match.mentorSignupId),
    getSignup(backend.database, match.menteeSignupId),
  ]);
  if (!mentor || !mentee) throw new HttpProblem({ status: 404, title: 'Not found' });
  const profile = toMatchProfile(match, mentor, mentee, 'participant', 'mentor');
  const token = await backend.database.transaction((tx) =>
    replaceExtensionConnection(tx, match.id, backend.now()),
  );
  const body: ExtensionConnection = { token, menteeName: profile.mentee.displayName };
  sendJson(response, 201, body, PRIVATE);
}

async function putSummaryRoute(
  backend: BackendContext,
  { request, response, params }: RouteContext,
) {
  const matchId = await connectedMatch(backend, request);
  const key = idempotencyKey(request);
  const summary = await readValid(request, SessionSummarySchema, SUMMARY_BODY_LIMIT);
  if (summary.sessionId !== params[0]) {
    throw new HttpProblem({
      status: 422,
      title: 'Invalid submission',
      errors: [{ field: 'sessionId', detail: "The session's id is the one in the path." }],
    });
  }
  const result = await storeSummary(backend.database, matchId, summary, key, backend.now());
  if (result.kind === 'not-found') throw unauthorized();
  const created = result.kind === 'stored' && result.created;
  sendJson(response, created ? 201 : 200, { result: result.kind }, PRIVATE);
}

async function deleteSummaryRoute(
  backend: BackendContext,
  { request, response, params }: RouteContext,
) {
  const matchId = await connectedMatch(backend, request);
  request.resume();
  await removeSummary(backend.database, matchId, params[0]!, backend.now());
  response.writeHead(204, PRIVATE).end();
}

async function disconnectRoute(backend: BackendContext, { request, response }: RouteContext) {
  const matchId = await connectedMatch(backend, request);
  request.resume();
  await disconnectExtension(backend.database, matchId, backend.now());
  response.writeHead(204, PRIVATE).end();
}

const UUID = '([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})';

/** Every path these routes answer starts with it (the backend dispatches them apart). */
export const EXTENSION_API_PREFIX = '/api/extension/';

export function extensionRoutes(backend: BackendContext): Route[] {
  return [
    {
      method: 'POST',
      path: /^\/api\/extension\/connection$/,
      handle: (context) => connectRoute(backend, context),
    },
    {
      method: 'DELETE',
      path: /^\/api\/extension\/connection$/,
      handle: (context) => disconnectRoute(backend, context),
    },
    {
      method: 'PUT',
      path: new RegExp(`^/api/extension/sessions/${UUID}$`),
      handle: (context) => putSummaryRoute(backend, context),
    },
    {
      method: 'DELETE',
      path: new RegExp(`^/api/extension/sessions/${UUID}$`),
      handle: (context) => deleteSummaryRoute(backend, context),
    },
  ];
}
