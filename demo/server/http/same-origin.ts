// Whether a request comes from a page of this backend's own origin: its Origin header names
// our host (the scheme may differ behind a proxy), and Sec-Fetch-Site, where a browser sends
// it, does not say another site sent it.
import type { IncomingMessage } from 'node:http';

/** Whether a request's Origin is the backend's own host. */
export function isSameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * False when the browser says another origin sent the request: an Origin of another host, or
 * Sec-Fetch-Site `cross-site`/`same-site`. A request without either (a script, curl) is not
 * refused here: what it must carry besides is the caller's business (a CSRF token, a Bearer).
 */
export function notFromAnotherOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  const site = request.headers['sec-fetch-site'];
  // A form posted from a page with `Referrer-Policy: no-referrer` (a mailed link's page) has
  // the Origin `null`, as has a sandboxed frame of any site: then only the browser's
  // Sec-Fetch-Site saying same-origin lets it through.
  if (origin === 'null') return site === 'same-origin';
  if (origin !== undefined && !isSameOrigin(origin, request.headers.host)) return false;
  return site === undefined || site === 'same-origin' || site === 'none';
}
