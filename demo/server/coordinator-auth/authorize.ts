// The one check every coordinator route goes through (backend.ts calls it before routing any
// /api/coordinator/* request, known path or not, so a route added anywhere is behind it too):
//   1. the session: the cookie's token names a live session (else 401, and a refused attempt
//      counts against the client's limit, 429 past it);
//   2. CSRF, for every method but GET and HEAD: the session's token in X-CSRF-Token, and no
//      Origin or Sec-Fetch-Site saying another site sent it (else 403);
//   3. the role: the administrators' routes (ADMINISTRATOR_PATHS) for administrators only;
//   4. the programme: a path naming a signup, a match or a training (`/signups/<id>…`,
//      `/matches/<id>…`, `/trainings/<uid>…`) answers 404 unless that person (both people of a
//      match, the training) is in one of the actor's programmes, as if it did not exist.
// Routes then read the actor with `actorOf(request)` and filter their lists by `scopeOf`.
import type { IncomingMessage } from 'node:http';
import type { BackendContext } from '../api/context.ts';
import { clientAddress } from '../api/context.ts';
import { sameSecret } from '../coordinator-token.ts';
import { HttpProblem } from '../http/respond.ts';
import { notFromAnotherOrigin } from '../http/same-origin.ts';
import { getCoordinator, type Coordinator } from '../store/coordinators.ts';
import { touchSession } from '../store/coordinator-sessions.ts';
import { cameOverHttps, sessionTokenOf } from './session-cookie.ts';

export interface Actor extends Coordinator {
  /** The session's CSRF token (GET /api/coordinator/session gives it to the view). */
  csrfToken: string;
  /** The session cookie's token (sign-out ends that session). */
  sessionToken: string;
}

const actors = new WeakMap<IncomingMessage, Actor>();

/** The signed-in coordinator of a request that passed `authorizeCoordinator`. */
export function actorOf(request: IncomingMessage): Actor {
  const actor = actors.get(request);
  if (!actor) throw new Error('actorOf: the request was not authorised (backend.ts)');
  return actor;
}

/** 'all' for an administrator; otherwise the ids of the actor's programmes. */
export function scopeOf(actor: Coordinator): 'all' | readonly string[] {
  return actor.role === 'administrator' ? 'all' : actor.programmes;
}

/** Whether a signup of `programmeId` (null: none) is the actor's to see. */
export function inScope(actor: Coordinator, programmeId: string | null): boolean {
  const scope = scopeOf(actor);
  return scope === 'all' || (programmeId !== null && scope.includes(programmeId));
}

/**
 * The matches of `matches` whose two people are both the actor's to see (a list route's
 * filter, for routes that read matches without their signups).
 */
export async function matchesInScope<
  Match extends { mentorSignupId: string; menteeSignupId: string },
>(context: BackendContext, actor: Coordinator, matches: readonly Match[]): Promise<Match[]> {
  const scope = scopeOf(actor);
  if (scope === 'all') return [...matches];
  const found = await context.database.query<{ id: string }>(
    'SELECT id FROM signups WHERE programme_id = ANY($1::text[])',
    [[...scope]],
  );
  const visible = new Set(found.rows.map((row) => row.id));
  return matches.filter(
    (match) => visible.has(match.mentorSignupId) && visible.has(match.menteeSignupId),
  );
}

/**
 * The routes only administrators use: accounts, programmes, the audit log. Reading the list of
 * programmes is everyone's (a coordinator's is theirs only: admin-routes.ts), so that forms
 * show programmes by name.
 */
const ADMINISTRATOR_PATHS = /^\/api\/coordinator\/(coordinators|programmes|audit)(\/|$)/;
const EVERYONES_READS = /^\/api\/coordinator\/programmes$/;

const SAFE_METHODS = new Set(['GET', 'HEAD']);

const unauthorized = () =>
  new HttpProblem(
    {
      status: 401,
      title: 'Unauthorized',
      detail: 'Sign in: the session is missing, has ended, or was signed out.',
    },
    { 'WWW-Authenticate': 'Cookie realm="mentorkit-coordinator"' },
  );

export const forbidden = (detail: string) =>
  new HttpProblem({ status: 403, title: 'Forbidden', detail });

export const notFound = (detail: string) =>
  new HttpProblem({ status: 404, title: 'Not found', detail });

/** The coordinator whose live session the request's cookie names, if any (checks nothing else). */
export async function sessionActor(
  context: BackendContext,
  request: IncomingMessage,
): Promise<Actor | undefined> {
  const secure = cameOverHttps(request, context.trustProxy);
  const sessionToken = sessionTokenOf(request, secure);
  const session = sessionToken
    ? await touchSession(context.database, sessionToken, context.now())
    : undefined;
  const coordinator = session && (await getCoordinator(context.database, session.coordinatorId));
  return coordinator && session
    ? { ...coordinator, csrfToken: session.csrfToken, sessionToken }
    : undefined;
}

export async function authorizeCoordinator(
  context: BackendContext,
  request: IncomingMessage,
  url: URL,
): Promise<Actor> {
  const actor = await sessionActor(context, request);
  if (!actor) {
    // Only a refused credential counts towards the limit: a request with none is not a guess
    // (every signed-out visit to the view asks for its session), and answers 401 as always.
    const guessed =
      request.headers.cookie !== undefined || request.headers.authorization !== undefined;
    if (!guessed) throw unauthorized();
    const decision = await context.authFailureLimiter.take(
      clientAddress(request, context.trustProxy),
    );
    if (!decision.allowed) {
      throw new HttpProblem(
        { status: 429, title: 'Too many requests', detail: 'Too many refused sign-ins.' },
        { 'Retry-After': String(decision.retryAfterSeconds) },
      );
    }
    throw unauthorized();
  }
  const method = request.method ?? 'GET';
  if (!SAFE_METHODS.has(method)) {
    const header = request.headers['x-csrf-token'];
    const given = typeof header === 'string' ? header : '';
    if (!sameSecret(given, actor.csrfToken) || !notFromAnotherOrigin(request)) {
      throw forbidden(
        'A change needs the X-CSRF-Token of the session (GET /api/coordinator/session) and must come from this origin.',
      );
    }
  }
  const everyones = SAFE_METHODS.has(method) && EVERYONES_READS.test(url.pathname);
  if (ADMINISTRATOR_PATHS.test(url.pathname) && !everyones && actor.role !== 'administrator') {
    throw forbidden('Only administrators manage programmes and accounts and read the audit log.');
  }
  await checkSubjectInScope(context, actor, url.pathname);
  actors.set(request, actor);
  return actor;
}

/** 404 for a signup or match of a programme that is not the actor's (item 4 above). */
async function checkSubjectInScope(
  context: BackendContext,
  actor: Actor,
  pathname: string,
): Promise<void> {
  if (scopeOf(actor) === 'all') return;
  const subject = subjectOfPath(pathname);
  // Accounts' paths are the administrators' (refused to coordinators before).
  if (!subject || subject.kind === 'coordinator') return;
  const programmes = await context.database.query<{ programme_id: string | null }>(
    SUBJECT_PROGRAMMES[subject.kind],
    [subject.id],
  );
  const rows = programmes.rows;
  // Unknown ids fall through to the route, which answers its own 404.
  if (rows.length > 0 && !rows.every((row) => inScope(actor, row.programme_id))) {
    throw notFound(`No such ${subject.kind}.`);
  }
}

/** The programmes of a subject's people (or training, or feed), for item 4 above. */
const SUBJECT_PROGRAMMES: Record<'signup' | 'match' | 'training' | 'feed', string> = {
  signup: 'SELECT programme_id FROM signups WHERE id = $1',
  match: `SELECT s.programme_id FROM matches m
            JOIN signups s ON s.id IN (m.mentor_signup_id, m.mentee_signup_id)
           WHERE m.id = $1`,
  training: 'SELECT programme_id FROM trainings WHERE uid = $1',
  feed: 'SELECT programme_id FROM external_feeds WHERE id = $1',
};

const SUBJECT_KINDS = {
  signups: 'signup',
  matches: 'match',
  coordinators: 'coordinator',
  trainings: 'training',
  feeds: 'feed',
} as const;

/** The signup, match, account, training or feed a coordinator path is about, from its id segment. */
export function subjectOfPath(
  pathname: string,
): { kind: (typeof SUBJECT_KINDS)[keyof typeof SUBJECT_KINDS]; id: string } | undefined {
  const match = /^\/api\/coordinator\/(signups|matches|coordinators|trainings|feeds)\/([^/]+)/.exec(
    pathname,
  );
  if (!match || match[2] === undefined) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(match[2]);
  } catch {
    return undefined;
  }
  return { kind: SUBJECT_KINDS[match[1] as keyof typeof SUBJECT_KINDS], id };
}
