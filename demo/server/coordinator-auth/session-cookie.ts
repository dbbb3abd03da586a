// The coordinator's session cookie. HttpOnly (no script reads it), SameSite=Strict (no other
// site's page sends it: the coordinator view is never entered by a link from elsewhere except
// the sign-in link, whose page posts a form from this origin before the cookie exists), Path=/
// and, when the request came over https, Secure with the __Host- prefix (which browsers accept
// only from a secure origin, for the whole host). On http://127.0.0.1 (the demo, the tests) a
// Secure cookie would not be kept, so it is not set there.
import type { IncomingMessage } from 'node:http';

const SECURE_NAME = '__Host-mentorkit-coordinator';
const PLAIN_NAME = 'mentorkit-coordinator';

/**
 * Whether the client reached us over https: a TLS socket, or the scheme our own proxies say
 * (X-Forwarded-Proto's last `trustedProxies` entries are theirs, as for the client address).
 */
export function cameOverHttps(request: IncomingMessage, trustedProxies: number): boolean {
  if ((request.socket as { encrypted?: boolean }).encrypted) return true;
  if (trustedProxies <= 0) return false;
  const header = request.headers['x-forwarded-proto'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((hop) => hop.trim().toLowerCase())
    .filter(Boolean);
  return hops[Math.max(0, hops.length - trustedProxies)] === 'https';
}

const cookieName = (secure: boolean) => (secure ? SECURE_NAME : PLAIN_NAME);

/** The session token the request's cookie carries, or ''. */
export function sessionTokenOf(request: IncomingMessage, secure: boolean): string {
  const name = cookieName(secure);
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return '';
}

/** The Set-Cookie of a new session; `maxAgeSeconds` 0 clears it. */
export function sessionCookie(token: string, secure: boolean, maxAgeSeconds: number): string {
  return [
    `${cookieName(secure)}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
