// Signing in and out. Two ways in, both ending in the same session cookie:
// - by mail: POST /api/coordinator/sign-in { email } always answers 202 with the same words,
//   whether the address has an account or not (no account enumeration); an active account gets
//   a link (coordinator-sign-in/<token>, single use, 20 minutes); an invited one waits for its
//   invitation's link, a revoked one gets nothing. Limited per client and per address, on the
//   database's shared limits.
// - by the coordinator token (the bootstrap): POST /api/coordinator/sign-in/token with the
//   token as Bearer signs in the first administrator, an account without an address, made on
//   its first use. Once an administrator invited by mail has signed in, the token is refused:
//   it was only the way to the first real administrator.
// These are the only /api/coordinator/* routes that answer without a session (backend.ts).
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod/mini';
import { EmailSchema } from '@mentorkit/core';
import { clientAddress, readValid, type BackendContext } from '../api/context.ts';
import type { Route } from '../api/router.ts';
import { hasBearerToken } from '../coordinator-token.ts';
import { HttpProblem, sendJson } from '../http/respond.ts';
import type { RateLimiter } from '../http/shared-rate-limit.ts';
import { notFromAnotherOrigin } from '../http/same-origin.ts';
import { recordAudit } from '../store/audit-log.ts';
import { createSession, endSession, SESSION_MAX_MS } from '../store/coordinator-sessions.ts';
import {
  ensureBootstrapAdministrator,
  findCoordinatorByEmail,
  invitedAdministratorHasSignedIn,
  markSignedIn,
  type Coordinator,
} from '../store/coordinators.ts';
import { actorOf, forbidden, sessionActor, type Actor } from './authorize.ts';
import { queueSignInMail } from './sign-in-mail.ts';
import { cameOverHttps, sessionCookie } from './session-cookie.ts';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** What GET /api/coordinator/session and a token sign-in answer (the view keeps csrfToken). */
export interface SessionView {
  id: string;
  name: string;
  email: string | null;
  role: Coordinator['role'];
  programmes: string[];
  bootstrap: boolean;
  lang: Coordinator['lang'];
  csrfToken: string;
}

export const sessionView = (actor: Coordinator, csrfToken: string): SessionView => ({
  id: actor.id,
  name: actor.name,
  email: actor.email,
  role: actor.role,
  programmes: actor.programmes,
  bootstrap: actor.bootstrap,
  lang: actor.lang,
  csrfToken,
});

/** The answer to every request for a link, known address or not. */
export const LINK_REQUESTED = {
  detail:
    'If the address has an account, a sign-in link is on its way. It works once, for 20 minutes.',
};

export interface SignInLimiters {
  /** Link requests per client address. */
  perClient: RateLimiter;
  /** Link requests per e-mail address (hashed), whoever asks. */
  perAddress: RateLimiter;
}

/** A 429 with Retry-After when `key` has spent its tokens (every sign-in route's limit). */
export async function refuseOverLimit(limiter: RateLimiter, key: string): Promise<void> {
  const decision = await limiter.take(key);
  if (!decision.allowed) {
    throw new HttpProblem(
      { status: 429, title: 'Too many requests', detail: 'Wait a moment and ask again.' },
      { 'Retry-After': String(decision.retryAfterSeconds) },
    );
  }
}

function refuseOtherOrigins(request: IncomingMessage): void {
  // A page of another site must not sign anyone in (login CSRF) nor send links in their name.
  if (!notFromAnotherOrigin(request)) {
    request.resume();
    throw forbidden('Sign-in is possible from the coordinator view only.');
  }
}

/** Starts a session for `coordinator`: the row, the sign-in time, the cookie, the log. */
export async function startSession(
  context: BackendContext,
  request: IncomingMessage,
  response: ServerResponse,
  coordinator: Coordinator,
  how: string,
): Promise<{ csrfToken: string; cookie: string }> {
  const now = context.now();
  const session = await context.database.transaction(async (tx) => {
    await markSignedIn(tx, coordinator.id, now);
    await recordAudit(tx, {
      at: now,
      actorId: coordinator.id,
      actorRole: coordinator.role,
      action: 'signed-in',
      route: how,
      subjectKind: 'coordinator',
      subjectId: coordinator.id,
      status: 200,
    });
    return createSession(tx, coordinator.id, now);
  });
  const secure = cameOverHttps(request, context.trustProxy);
  const cookie = sessionCookie(session.token, secure, SESSION_MAX_MS / 1000);
  response.setHeader('Set-Cookie', cookie);
  return { csrfToken: session.csrfToken, cookie };
}

const LinkRequestSchema = z.object({ email: z.string().check(z.maxLength(320)) });

async function requestLinkRoute(
  context: BackendContext,
  limiters: SignInLimiters,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  refuseOtherOrigins(request);
  await refuseOverLimit(limiters.perClient, clientAddress(request, context.trustProxy));
  const { email } = await readValid(request, LinkRequestSchema, 4096);
  const address = email.trim().toLowerCase();
  if (!EmailSchema.safeParse(address).success) {
    throw new HttpProblem({
      status: 422,
      title: 'Invalid address',
      errors: [{ field: 'email', detail: 'Enter an e-mail address, like name@example.org.' }],
    });
  }
  await refuseOverLimit(limiters.perAddress, createHash('sha256').update(address).digest('hex'));
  const settings = context.accountMail;
  if (!settings) {
    throw new HttpProblem({
      status: 503,
      title: 'No mail',
      detail: 'This backend sends no mail, so it cannot send sign-in links.',
    });
  }
  const coordinator = await findCoordinatorByEmail(context.database, address);
  if (coordinator?.email && coordinator.status === 'active') {
    const withAddress = { ...coordinator, email: coordinator.email };
    await context.database.transaction((tx) =>
      queueSignInMail(tx, settings, withAddress, context.now()),
    );
  }
  sendJson(response, 202, LINK_REQUESTED, NO_STORE);
}

async function tokenSignInRoute(
  context: BackendContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  request.resume();
  refuseOtherOrigins(request);
  if (!hasBearerToken(request.headers.authorization, context.coordinatorToken)) {
    const decision = await context.authFailureLimiter.take(
      clientAddress(request, context.trustProxy),
    );
    if (!decision.allowed) {
      throw new HttpProblem(
        { status: 429, title: 'Too many requests', detail: 'Too many refused tokens.' },
        { 'Retry-After': String(decision.retryAfterSeconds) },
      );
    }
    throw new HttpProblem(
      { status: 401, title: 'Unauthorized', detail: 'The coordinator token is missing or wrong.' },
      { 'WWW-Authenticate': 'Bearer realm="mentorkit-coordinator"' },
    );
  }
  if (await invitedAdministratorHasSignedIn(context.database)) {
    throw forbidden(
      'The coordinator token only signs in the first administrator, until an administrator invited by mail has signed in. Sign in with your e-mail address.',
    );
  }
  const administrator = await context.database.transaction((tx) =>
    ensureBootstrapAdministrator(tx, context.now()),
  );
  const { csrfToken } = await startSession(
    context,
    request,
    response,
    administrator,
    'POST /api/coordinator/sign-in/token',
  );
  sendJson(response, 200, sessionView(administrator, csrfToken), NO_STORE);
}

/** The sign-in routes that answer without a session (backend.ts routes them first). */
export function signInRoutes(context: BackendContext, limiters: SignInLimiters): Route[] {
  return [
    {
      // Whether this browser is signed in, answered 200 either way: the view asks on every
      // load, and a signed-out visit is not an error (nor a refused guess).
      method: 'GET',
      path: /^\/api\/coordinator\/sign-in$/,
      async handle({ request, response }) {
        const actor = await sessionActor(context, request);
        const body = { session: actor ? sessionView(actor, actor.csrfToken) : null };
        sendJson(response, 200, body, NO_STORE);
      },
    },
    {
      method: 'POST',
      path: /^\/api\/coordinator\/sign-in$/,
      handle: ({ request, response }) => requestLinkRoute(context, limiters, request, response),
    },
    {
      method: 'POST',
      path: /^\/api\/coordinator\/sign-in\/token$/,
      handle: ({ request, response }) => tokenSignInRoute(context, request, response),
    },
  ];
}

/** The session's own routes, behind the session like every other coordinator route. */
export function sessionRoutes(context: BackendContext): Route[] {
  return [
    {
      method: 'GET',
      path: /^\/api\/coordinator\/session$/,
      handle: ({ request, response }) => {
        const actor: Actor = actorOf(request);
        sendJson(response, 200, sessionView(actor, actor.csrfToken), NO_STORE);
      },
    },
    {
      method: 'POST',
      path: /^\/api\/coordinator\/sign-out$/,
      async handle({ request, response }) {
        request.resume();
        const actor = actorOf(request);
        await endSession(context.database, actor.sessionToken);
        const secure = cameOverHttps(request, context.trustProxy);
        response.setHeader('Set-Cookie', sessionCookie('', secure, 0));
        sendJson(response, 200, { signedOut: true }, NO_STORE);
      },
    },
  ];
}
