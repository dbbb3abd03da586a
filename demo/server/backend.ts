// The reference backend: the API of the widget data contract (/api/*) and the coordinator API
// (/api/coordinator/*, behind the token), on a Database. `handle` answers /api requests and
// returns false for anything else, so the demo server can serve its pages after it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { administratorRoutes } from './coordinator-auth/admin-routes.ts';
import { auditRequest } from './coordinator-auth/audit.ts';
import { authorizeCoordinator } from './coordinator-auth/authorize.ts';
import type { AccountMailSettings } from './coordinator-auth/sign-in-mail.ts';
import { answerSignInPage, SIGN_IN_PAGE_PATH } from './coordinator-auth/sign-in-page.ts';
import { passkeyRoutes, passkeySignInRoutes } from './coordinator-auth/passkey-routes.ts';
import { sessionRoutes, signInRoutes } from './coordinator-auth/sign-in-routes.ts';
import type { Database } from './db/database.ts';
import { batchTransactions, type RunInTransaction } from './db/transaction-batch.ts';
import { coordinatorRoutes } from './api/coordinator-routes.ts';
import { EXTENSION_API_PREFIX, extensionRoutes } from './api/extension-routes.ts';
import type { BackendContext } from './api/context.ts';
import { publicRoutes } from './api/public-routes.ts';
import { matchRoute, type Route } from './api/router.ts';
import { DEFAULT_FEED_FETCH_LIMITS } from './external-feeds/fetch-feed.ts';
import { DEFAULT_REFRESH_EVERY_MS, type FeedRefreshSettings } from './external-feeds/refresh.ts';
import { DEFAULT_BODY_LIMIT } from './http/body.ts';
import { answerPreflight, applyCors, type CorsPolicy } from './http/cors.ts';
import { perClientLimiter } from './http/shared-rate-limit.ts';
import { describeError } from './http/log-error.ts';
import { HttpProblem, sendProblem } from './http/respond.ts';
import { isSameOrigin } from './http/same-origin.ts';
import type { Now } from './jobs/clock.ts';
import {
  NO_PROGRAMME_QUESTIONS,
  type ProgrammeQuestions,
} from './programmes/programme-questions.ts';
import {
  answerConfirmation,
  answerConfirmationStylesheet,
  CONFIRMATION_PATH,
  CONFIRMATION_STYLESHEET_PATH,
} from './signup-mail/confirmation-page.ts';
import type { SignupMailSettings } from './signup-mail/signup-mail.ts';
import { DEFAULT_LINK_TTL_MS } from './match-lifecycle/lifecycle.ts';
import {
  answerParticipantPage,
  answerParticipantStylesheet,
  PARTICIPANT_PAGE_PATH,
  PARTICIPANT_STYLESHEET_PATH,
} from './match-lifecycle/participant-page.ts';
import type { MatchMailSettings } from './match-mail/match-mail.ts';
import { answerFollowUpPage, FOLLOW_UP_PAGE_PATH } from './follow-up/follow-up-page.ts';

export interface BackendOptions {
  database: Database;
  coordinatorToken: string;
  /** `*` (default) or the partner origins allowed to call the public API. */
  cors?: CorsPolicy;
  /** Signups per client: burst and refill (default 20 at once, then one every 2 s); false: off. */
  signupRateLimit?: { capacity: number; refillPerSecond: number } | false;
  /** Refused coordinator tokens and sessions per client before 429 (default 30 at once, then one a second). */
  authFailureRateLimit?: { capacity: number; refillPerSecond: number };
  /**
   * Requests for a sign-in link, per client and per address, and for a passkey's sign-in
   * challenge, per client (default 5 at once, then one a minute).
   */
  signInRateLimit?: { capacity: number; refillPerSecond: number };
  /** How coordinators' sign-in links are mailed; without: none can be asked for (503). */
  accountMail?: AccountMailSettings;
  /** Largest body accepted (default 64 KB). */
  bodyLimit?: number;
  /** How many proxies of your own are in front (X-Forwarded-For; default 0: none). */
  trustProxy?: number;
  /** External calendar feeds: fetch limits and allowed hosts, schedule, clock (defaults: DEFAULT_FEED_FETCH_LIMITS, every 15 minutes, the real clock). */
  feeds?: Partial<Omit<FeedRefreshSettings, 'database'>>;
  /** The mails a signup causes (confirmation, coordinators' notice); without: none are written. */
  signupMail?: SignupMailSettings;
  /** The mails of a match (introductions with each person's link, reminders); without: none. */
  matchMail?: MatchMailSettings;
  /** How long a participant's link works (default 60 days). */
  matchLinkTtlMs?: number;
  /** "Now" for signups and their confirmation links (default the real clock). */
  now?: Now;
  /** Whether mail leaves by SMTP (the coordinator view says so beside the outbox). */
  smtpConfigured?: boolean;
  /** Each programme's extra questions (default none: a signup with any answer is refused). */
  programmeQuestions?: ProgrammeQuestions;
}

export interface Backend {
  /** Answers the request when it is for /api; false otherwise. */
  handle(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
  readonly database: Database;
  /** How it fetches external feeds, for the refresher the server runs beside it. */
  readonly feedSettings: FeedRefreshSettings;
}

export const DEFAULT_SIGNUP_RATE_LIMIT = { capacity: 20, refillPerSecond: 0.5 };
export const DEFAULT_SIGN_IN_RATE_LIMIT = { capacity: 5, refillPerSecond: 1 / 60 };

/**
 * Signups' transactions: batched on PGlite, which runs one statement at a time anyway; one each
 * on PostgreSQL. Chosen at the first signup, when the database is open (as perClientLimiter).
 */
function signupTransactions(database: Database): RunInTransaction {
  let chosen: RunInTransaction | undefined;
  return (work) => {
    chosen ??=
      database.engine === 'pglite'
        ? batchTransactions(database)
        : (each) => database.transaction(each);
    return chosen(work);
  };
}

export function createBackend(options: BackendOptions): Backend {
  const rateLimit = options.signupRateLimit ?? DEFAULT_SIGNUP_RATE_LIMIT;
  const context: BackendContext = {
    database: options.database,
    signupTransaction: signupTransactions(options.database),
    coordinatorToken: options.coordinatorToken,
    cors: options.cors ?? '*',
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // Per client; on PostgreSQL counted in the database, so that every server of one database
    // counts a client together (http/shared-rate-limit.ts).
    signupLimiter: rateLimit ? perClientLimiter(options.database, 'signup', rateLimit) : undefined,
    authFailureLimiter: perClientLimiter(
      options.database,
      'coordinator-token',
      options.authFailureRateLimit ?? { capacity: 30, refillPerSecond: 1 },
    ),
    trustProxy: options.trustProxy ?? 0,
    signupMail: options.signupMail,
    matchMail: options.matchMail,
    accountMail: options.accountMail,
    matchLinkTtlMs: options.matchLinkTtlMs ?? options.matchMail?.linkTtlMs ?? DEFAULT_LINK_TTL_MS,
    now: options.now ?? (() => new Date()),
    smtpConfigured: options.smtpConfigured ?? false,
    programmeQuestions: options.programmeQuestions ?? NO_PROGRAMME_QUESTIONS,
    feeds: {
      limits: DEFAULT_FEED_FETCH_LIMITS,
      refreshEveryMs: DEFAULT_REFRESH_EVERY_MS,
      now: () => new Date(),
      ...options.feeds,
    },
  };
  const publicApi = publicRoutes(context);
  const signInLimit = options.signInRateLimit ?? DEFAULT_SIGN_IN_RATE_LIMIT;
  const signInApi = [
    ...signInRoutes(context, {
      perClient: perClientLimiter(options.database, 'coordinator-sign-in', signInLimit),
      perAddress: perClientLimiter(options.database, 'coordinator-sign-in-address', signInLimit),
    }),
    ...passkeySignInRoutes(
      context,
      perClientLimiter(options.database, 'coordinator-passkey-options', signInLimit),
    ),
  ];
  const extensionApi = extensionRoutes(context);
  const coordinatorApi = [
    ...sessionRoutes(context),
    ...passkeyRoutes(context),
    ...administratorRoutes(context),
    ...coordinatorRoutes(context),
  ];

  async function dispatch(
    routes: readonly Route[],
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
  ): Promise<void> {
    const found = matchRoute(routes, request.method ?? 'GET', url.pathname);
    if (found.kind === 'not-found') {
      request.resume();
      throw new HttpProblem({
        status: 404,
        title: 'Not found',
        detail: `No route ${url.pathname}.`,
      });
    }
    if (found.kind === 'wrong-method') {
      request.resume();
      throw new HttpProblem(
        { status: 405, title: 'Method not allowed', detail: `Use ${found.allow.join(' or ')}.` },
        { Allow: found.allow.join(', ') },
      );
    }
    await found.route.handle({ request, response, url, params: found.params });
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL) {
    // The mentor's extension: Bearer connection tokens, no cookies, so neither CORS nor the
    // origin check of page requests applies (api/extension-routes.ts).
    if (url.pathname.startsWith(EXTENSION_API_PREFIX)) {
      await dispatch(extensionApi, request, response, url);
      return;
    }
    const isCoordinator =
      url.pathname === '/api/coordinator' || url.pathname.startsWith('/api/coordinator/');
    if (isCoordinator) {
      // Signing in is the only thing that answers without a session.
      const signIn = matchRoute(signInApi, request.method ?? 'GET', url.pathname);
      if (signIn.kind === 'found') {
        await signIn.route.handle({ request, response, url, params: signIn.params });
        return;
      }
      // Then, for every method and path, known or not, the one check of every coordinator
      // route (coordinator-auth/authorize.ts): nothing answers without a session, not even a
      // 404 that would tell which routes exist.
      let actor;
      try {
        actor = await authorizeCoordinator(context, request, url);
      } catch (error) {
        request.resume();
        throw error;
      }
      await dispatch(coordinatorApi, request, response, url);
      await auditRequest(context, request, url, actor, response.statusCode);
      return;
    }
    if (request.method === 'OPTIONS') {
      const found = matchRoute(publicApi, 'OPTIONS', url.pathname);
      const allow = found.kind === 'wrong-method' ? found.allow : [];
      if (allow.length === 0) {
        throw new HttpProblem({
          status: 404,
          title: 'Not found',
          detail: `No route ${url.pathname}.`,
        });
      }
      answerPreflight(request, response, context.cors, allow);
      return;
    }
    const allowedOrigin = applyCors(request, response, context.cors);
    // A browser would hide the answer from a page of an origin not on the list, but a simple
    // POST (a form's urlencoded signup) is sent without a preflight and would be stored all
    // the same: a change from a page of such an origin is refused outright. The backend's own
    // pages (the demo, a participant's card) are always welcome.
    const origin = request.headers.origin;
    const changes = !['GET', 'HEAD'].includes(request.method ?? '');
    if (changes && origin && !allowedOrigin && !isSameOrigin(origin, request.headers.host)) {
      request.resume();
      throw new HttpProblem({
        status: 403,
        title: 'Origin not allowed',
        detail:
          'This backend takes changes only from its own pages and the sites in MENTORKIT_CORS_ORIGINS.',
      });
    }
    await dispatch(publicApi, request, response, url);
  }

  return {
    database: options.database,
    feedSettings: { database: options.database, ...context.feeds },
    async handle(request, response) {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname === CONFIRMATION_STYLESHEET_PATH) {
        request.resume();
        answerConfirmationStylesheet(response);
        return true;
      }
      if (url.pathname === PARTICIPANT_STYLESHEET_PATH) {
        request.resume();
        answerParticipantStylesheet(response);
        return true;
      }
      const participantPage = PARTICIPANT_PAGE_PATH.exec(url.pathname);
      if (participantPage) {
        await answerParticipantPage(
          context.database,
          context.now,
          participantPage[1]!,
          request,
          response,
        );
        return true;
      }
      const followUpPage = FOLLOW_UP_PAGE_PATH.exec(url.pathname);
      if (followUpPage) {
        await answerFollowUpPage(
          context.database,
          context.now,
          followUpPage[1]!,
          request,
          response,
        );
        return true;
      }
      const signInPage = SIGN_IN_PAGE_PATH.exec(url.pathname);
      if (signInPage) {
        await answerSignInPage(context, signInPage[1]!, request, response);
        return true;
      }
      const confirmation = CONFIRMATION_PATH.exec(url.pathname);
      if (confirmation) {
        await answerConfirmation(
          context.database,
          context.now,
          confirmation[1]!,
          request,
          response,
        );
        return true;
      }
      if (url.pathname !== '/api' && !url.pathname.startsWith('/api/')) return false;
      try {
        await handleApi(request, response, url);
      } catch (error) {
        if (response.headersSent) {
          response.destroy();
        } else if (error instanceof HttpProblem) {
          sendProblem(response, error.problem, error.headers);
        } else {
          console.error(
            `API error on ${request.method ?? '?'} ${url.pathname}: ${describeError(error)}`,
          );
          sendProblem(response, { status: 500, title: 'Internal server error' });
        }
      }
      return true;
    },
  };
}
