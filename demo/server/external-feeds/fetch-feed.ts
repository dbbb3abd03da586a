// Fetches a coordinator's external calendar feed (Outlook/Office 365, Google, Teamup, any .ics
// URL) as a careful server must fetch a URL a person typed: http(s) only (`webcal:` is read as
// `https:`), only to addresses the policy allows (checked on the address connected to, at every
// redirect), a conditional request when there is a copy already, a time limit for the whole
// exchange, a size limit, a few redirects at most, and the answer checked with ical.js to be an
// iCalendar before it may replace the last good copy.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ICAL from 'ical.js';
import { mayConnect, type AllowedHosts } from './address-policy.ts';

export interface FeedFetchLimits {
  /** The whole exchange, redirects included, in ms. */
  timeoutMs: number;
  /** Largest body read, in bytes. */
  maxBytes: number;
  maxRedirects: number;
  /** Hosts allowed besides public addresses (MENTORKIT_FEED_ALLOW_HOSTS). */
  allowedHosts: AllowedHosts;
}

export const DEFAULT_FEED_FETCH_LIMITS: FeedFetchLimits = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  allowedHosts: new Set(),
};

/** What the copy in hand says, for a conditional request. */
export interface FeedValidators {
  etag?: string | null;
  lastModified?: string | null;
}

/** Why a fetch failed, as a code the coordinator view puts into words. */
export type FeedErrorCode =
  | 'invalid-url'
  | 'refused-address'
  | 'dns'
  | 'network'
  | 'timeout'
  | 'http'
  | 'too-large'
  | 'too-many-redirects'
  | 'not-a-calendar';

export type FeedFetchOutcome =
  | { kind: 'fetched'; body: string; etag: string | null; lastModified: string | null }
  | { kind: 'not-modified' }
  | { kind: 'failed'; error: FeedErrorCode; detail: string; status?: number };

class FeedFetchError extends Error {
  readonly code: FeedErrorCode;
  readonly status: number | undefined;

  constructor(code: FeedErrorCode, detail: string, status?: number) {
    super(detail);
    this.code = code;
    this.status = status;
  }
}

/** A feed URL as the backend fetches it, or a FeedFetchError saying why it cannot be one. */
export function feedUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim().replace(/^webcals?:\/\//i, 'https://'));
  } catch {
    throw new FeedFetchError('invalid-url', 'This is not a web address.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new FeedFetchError('invalid-url', `Only http, https and webcal addresses are fetched.`);
  }
  if (url.username || url.password) {
    throw new FeedFetchError('invalid-url', 'An address with a user name or password in it.');
  }
  return url;
}

/** Fetches `address`; never throws. */
export async function fetchFeed(
  address: string,
  validators: FeedValidators,
  limits: FeedFetchLimits = DEFAULT_FEED_FETCH_LIMITS,
): Promise<FeedFetchOutcome> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    let url = feedUrl(address);
    for (let redirects = 0; ; redirects += 1) {
      const response = await get(url, validators, limits, signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if ([301, 302, 303, 307, 308].includes(status) && location) {
        response.resume();
        if (redirects >= limits.maxRedirects) {
          throw new FeedFetchError('too-many-redirects', `More than ${limits.maxRedirects}.`);
        }
        url = feedUrl(new URL(location, url).href);
        continue;
      }
      if (status === 304) {
        response.resume();
        return { kind: 'not-modified' };
      }
      if (status < 200 || status > 299) {
        response.resume();
        throw new FeedFetchError(
          'http',
          `${status} ${response.statusMessage ?? ''}`.trim(),
          status,
        );
      }
      const body = await readBody(response, limits.maxBytes);
      checkIsCalendar(body);
      return {
        kind: 'fetched',
        body,
        etag: singleHeader(response.headers.etag),
        lastModified: singleHeader(response.headers['last-modified']),
      };
    }
  } catch (error) {
    return failure(error, limits, signal);
  }
}

function singleHeader(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function failure(error: unknown, limits: FeedFetchLimits, signal: AbortSignal): FeedFetchOutcome {
  if (error instanceof FeedFetchError) {
    return {
      kind: 'failed',
      error: error.code,
      detail: error.message,
      ...(error.status ? { status: error.status } : {}),
    };
  }
  if (signal.aborted) {
    return { kind: 'failed', error: 'timeout', detail: `No answer within ${limits.timeoutMs} ms.` };
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ENODATA') {
    return { kind: 'failed', error: 'dns', detail: 'No server has this name.' };
  }
  return {
    kind: 'failed',
    error: 'network',
    detail: code ?? (error instanceof Error ? error.message : String(error)),
  };
}

/** One GET, connected only to an address the policy allows. */
function get(
  url: URL,
  validators: FeedValidators,
  limits: FeedFetchLimits,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  // A literal address is connected to without a lookup, so it is checked here.
  if (isIP(hostname) && !mayConnect(hostname, hostname, limits.allowedHosts)) {
    return Promise.reject(refused(hostname));
  }
  const headers: Record<string, string> = {
    Accept: 'text/calendar, */*;q=0.5',
    'User-Agent': 'Mentorkit feed subscription (+https://github.com/mentorkit)',
  };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, {
      headers,
      signal,
      lookup: guardedLookup(hostname, limits.allowedHosts),
    });
    request.once('response', resolve);
    request.once('error', reject);
  });
}

function refused(address: string): FeedFetchError {
  return new FeedFetchError(
    'refused-address',
    `${address} is on a private or local network; allow it with MENTORKIT_FEED_ALLOW_HOSTS.`,
  );
}

/** DNS as usual, but an answer with an address the policy refuses fails the connection. */
function guardedLookup(hostname: string, allowedHosts: AllowedHosts): LookupFunction {
  return (name, options, callback) => {
    dnsLookup(name, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) {
        callback(error, '', 4);
        return;
      }
      const bad = addresses.find(({ address }) => !mayConnect(hostname, address, allowedHosts));
      const first = addresses[0];
      if (bad || !first) {
        callback(refused(bad?.address ?? name), '', 4);
      } else if (options.all) {
        (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
      } else {
        callback(null, first.address, first.family);
      }
    });
  };
}

function readBody(response: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return Promise.reject(tooLarge(maxBytes));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    response.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        // Rejected first: destroying the response also reports it as cut off.
        reject(tooLarge(maxBytes));
        response.destroy();
        return;
      }
      chunks.push(chunk);
    });
    response.once('end', () => {
      // Feeds are UTF-8 (RFC 5545); a byte-order mark is dropped.
      resolve(new TextDecoder('utf-8').decode(Buffer.concat(chunks)));
    });
    // A connection cut halfway: the copy in hand is kept.
    response.once('aborted', () =>
      reject(new FeedFetchError('network', 'The answer was cut off.')),
    );
    // After the time limit, `failure` reads the signal and says so.
    response.once('error', reject);
  });
}

function tooLarge(maxBytes: number): FeedFetchError {
  return new FeedFetchError('too-large', `Larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
}

/** An answer replaces the last good copy only when it is an iCalendar (not a login page). */
function checkIsCalendar(body: string): void {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(body);
  } catch (error) {
    throw new FeedFetchError(
      'not-a-calendar',
      `Not an iCalendar file: ${error instanceof Error ? error.message.slice(0, 200) : 'unreadable'}.`,
    );
  }
  const first = Array.isArray(parsed) ? (parsed[0] as unknown) : undefined;
  const calendar = Array.isArray(first) ? first : parsed;
  if (!Array.isArray(calendar) || calendar[0] !== 'vcalendar') {
    throw new FeedFetchError('not-a-calendar', 'Not an iCalendar file (no VCALENDAR).');
  }
}
