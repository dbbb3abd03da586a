// What every route handler may use: the database, the configuration, and small helpers.
import type { IncomingMessage } from 'node:http';
import * as z from 'zod/mini';
import { fieldPath } from '@mentorkit/core';
import type { Database } from '../db/database.ts';
import type { RunInTransaction } from '../db/transaction-batch.ts';
import type { AccountMailSettings } from '../coordinator-auth/sign-in-mail.ts';
import type { FeedRefreshSettings } from '../external-feeds/refresh.ts';
import type { CorsPolicy } from '../http/cors.ts';
import { readStructuredBody } from '../http/body.ts';
import { HttpProblem, type FieldError } from '../http/respond.ts';
import type { RateLimiter } from '../http/shared-rate-limit.ts';
import type { Now } from '../jobs/clock.ts';
import type { MatchMailSettings } from '../match-mail/match-mail.ts';
import type { SignupMailSettings } from '../signup-mail/signup-mail.ts';
import type { ProgrammeQuestions } from '../programmes/programme-questions.ts';

export interface BackendContext {
  database: Database;
  /**
   * The transaction a signup is stored in: on PGlite batched with the signups that wait for
   * it (db/transaction-batch.ts); on PostgreSQL, which runs them side by side, one each.
   */
  signupTransaction: RunInTransaction;
  coordinatorToken: string;
  cors: CorsPolicy;
  bodyLimit: number;
  /** Per client, for POST /api/signups (shared by the servers of one PostgreSQL); undefined when switched off. */
  signupLimiter: RateLimiter | undefined;
  /** Per client, for refused coordinator tokens and sessions (guessing). */
  authFailureLimiter: RateLimiter;
  /** Proxies of our own in front of the backend (MENTORKIT_TRUST_PROXY); 0: none. */
  trustProxy: number;
  /** How external calendar feeds are fetched (limits, allowed hosts, schedule, clock). */
  feeds: Omit<FeedRefreshSettings, 'database'>;
  /** The mails a signup causes; undefined: none (tests of other things). */
  signupMail: SignupMailSettings | undefined;
  /** The mails of a match (introductions, reminders); undefined: none are written. */
  matchMail: MatchMailSettings | undefined;
  /** How coordinators' sign-in links are mailed; undefined: they cannot be asked for. */
  accountMail: AccountMailSettings | undefined;
  /** How long a participant's link works. */
  matchLinkTtlMs: number;
  now: Now;
  smtpConfigured: boolean;
  /** Each programme's extra questions: the only answers a signup may carry. */
  programmeQuestions: ProgrammeQuestions;
}

/**
 * The client's address: the socket's, or behind `trustedProxies` proxies of our own, the
 * address the outermost of them saw. Each proxy appends the address it was reached from to
 * X-Forwarded-For, so only the last `trustedProxies` entries are theirs; anything left of those
 * came from the client and can be made up (the leftmost entry would let anyone choose their
 * address and so slip every per-client limit). As Express's `trust proxy` with a hop count.
 */
export function clientAddress(request: IncomingMessage, trustedProxies: number): string {
  const socketAddress = request.socket.remoteAddress ?? 'unknown';
  if (trustedProxies <= 0) return socketAddress;
  const forwarded = request.headers['x-forwarded-for'];
  const entries = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // The socket's peer is the nearest proxy; the client is `trustedProxies` hops out from it.
  const hops = [...entries, socketAddress];
  return hops[Math.max(0, hops.length - 1 - trustedProxies)] ?? socketAddress;
}

export function fieldErrors(error: z.core.$ZodError): FieldError[] {
  return error.issues.map((issue) => ({ field: fieldPath(issue.path), detail: issue.message }));
}

export function validationProblem(error: z.core.$ZodError): HttpProblem {
  return new HttpProblem({
    status: 422,
    title: 'Invalid submission',
    detail: 'Some fields are missing or invalid; see errors.',
    errors: fieldErrors(error),
  });
}

/** Reads the body and parses it with `schema`: 400 when unreadable, 422 with field errors. */
export async function readValid<Schema extends z.ZodMiniType>(
  request: IncomingMessage,
  schema: Schema,
  limit: number,
  numericFields?: ReadonlySet<string>,
): Promise<z.infer<Schema>> {
  const body = await readStructuredBody(request, {
    limit,
    numericFields: numericFields ?? new Set(),
  });
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) throw validationProblem(parsed.error);
  return parsed.data;
}
