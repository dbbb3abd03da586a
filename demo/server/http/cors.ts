// CORS for partner sites: the public API may be called from pages on other origins (a
// municipality's site posting to this backend). Coordinator routes never get CORS headers.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** `*` (the demo) or the origins allowed, e.g. from `MENTORKIT_CORS_ORIGINS`. */
export type CorsPolicy = '*' | ReadonlySet<string>;

export function parseCorsOrigins(value: string | undefined): CorsPolicy {
  if (value === undefined || value.trim() === '' || value.trim() === '*') return '*';
  return new Set(
    value
      .split(',')
      .map((origin) => origin.trim().replace(/\/$/, ''))
      .filter(Boolean),
  );
}

/** Sets the CORS headers for this request's Origin; returns whether the origin is allowed. */
export function applyCors(
  request: IncomingMessage,
  response: ServerResponse,
  policy: CorsPolicy,
): boolean {
  const origin = request.headers.origin;
  if (policy === '*') {
    response.setHeader('Access-Control-Allow-Origin', '*');
  } else {
    response.setHeader('Vary', 'Origin');
    if (!origin || !policy.has(origin)) return false;
    response.setHeader('Access-Control-Allow-Origin', origin);
  }
  response.setHeader('Access-Control-Expose-Headers', 'Retry-After, Location');
  return true;
}

/** Answers a preflight for the public API. */
export function answerPreflight(
  request: IncomingMessage,
  response: ServerResponse,
  policy: CorsPolicy,
  allowedMethods: readonly string[],
): void {
  const allowed = applyCors(request, response, policy);
  if (allowed) {
    response.setHeader('Access-Control-Allow-Methods', [...allowedMethods, 'OPTIONS'].join(', '));
    response.setHeader('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key');
    response.setHeader('Access-Control-Max-Age', '600');
  }
  response.writeHead(204, { Allow: [...allowedMethods, 'OPTIONS'].join(', ') });
  response.end();
}
