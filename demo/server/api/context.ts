// What every route handler may use: the database, the configuration, and small helpers.
import type { IncomingMessage } from 'node:http';
import * as z from 'zod/mini';
import { fieldPath } from '@mentorkit/core';
import type { Database } from '../db/database.ts';
import type { FeedRefreshSettings } from '../external-feeds/refresh.ts';
import type { CorsPolicy } from '../http/cors.ts';
import { readStructuredBody } from '../http/body.ts';
import { HttpProblem, type FieldError } from '../http/respond.ts';
import type { TokenBucketLimiter } from '../http/rate-limit.ts';
import type { Now } from '../jobs/clock.ts';
import type { SignupMailSettings } from '../signup-mail/signup-mail.ts';

export interface BackendContext {
  database: Database;
  coordinatorToken: string;
  cors: CorsPolicy;
  bodyLimit: number;
  /** Per client, for POST /api/signups; undefined when switched off. */
  signupLimiter: TokenBucketLimiter | undefined;
  /** Per client, for refused coordinator tokens (guessing). */
  authFailureLimiter: TokenBucketLimiter;
  trustProxy: boolean;
  /** How external calendar feeds are fetched (limits, allowed hosts, schedule, clock). */
  feeds: Omit<FeedRefreshSettings, 'database'>;
  /** The mails a signup causes; undefined: none (tests of other things). */
  signupMail: SignupMailSettings | undefined;
  now: Now;
  smtpConfigured: boolean;
}

/** The client's address: the socket's, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return request.socket.remoteAddress ?? 'unknown';
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
