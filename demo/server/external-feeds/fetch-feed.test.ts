// The fetcher against a real HTTP server on 127.0.0.1 (allowed by configuration, as an
// organisation allows its intranet calendar server), answering as real calendar hosts and
// broken ones do.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllowedHosts } from './address-policy.ts';
import {
  DEFAULT_FEED_FETCH_LIMITS,
  fetchFeed,
  feedUrl,
  type FeedFetchLimits,
} from './fetch-feed.ts';

const CALENDAR = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
  'BEGIN:VEVENT',
  'UID:mentor-training-1@kommun.example',
  'DTSTAMP:20261101T090000Z',
  'DTSTART:20261210T080000Z',
  'DTEND:20261210T110000Z',
  'SUMMARY:Mentorsutbildning, Tröskeln',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

let server: Server;
let origin: string;
const seen: { path: string; ifNoneMatch?: string; ifModifiedSince?: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    seen.push({
      path,
      ifNoneMatch: request.headers['if-none-match'],
      ifModifiedSince: request.headers['if-modified-since'],
    });
    switch (path) {
      case '/feed.ics':
        if (request.headers['if-none-match'] === '"v1"') {
          response.writeHead(304).end();
          return;
        }
        response
          .writeHead(200, {
            'Content-Type': 'text/calendar; charset=utf-8',
            ETag: '"v1"',
            'Last-Modified': 'Sun, 01 Nov 2026 09:00:00 GMT',
          })
          .end(`\uFEFF${CALENDAR}`);
        return;
      case '/moved':
        response.writeHead(301, { Location: '/feed.ics' }).end();
        return;
      case '/loop':
        response.writeHead(302, { Location: '/loop' }).end();
        return;
      case '/to-intranet':
        response.writeHead(302, { Location: 'http://10.20.30.40/calendar.ics' }).end();
        return;
      case '/login':
        response
          .writeHead(200, { 'Content-Type': 'text/html' })
          .end('<!doctype html><title>Sign in</title><form>…</form>');
        return;
      case '/gone':
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      case '/huge-declared':
        response.writeHead(200, { 'Content-Length': String(50_000) }).end('x'.repeat(50_000));
        return;
      case '/huge-streamed':
        response.writeHead(200, { 'Content-Type': 'text/calendar' });
        for (let i = 0; i < 50; i += 1) response.write('X'.repeat(1000));
        response.end();
        return;
      case '/cut':
        // Promises a whole calendar, sends half of it, and the connection breaks.
        response.writeHead(200, { 'Content-Length': String(CALENDAR.length) });
        response.write(CALENDAR.slice(0, 60));
        setTimeout(() => response.socket?.destroy(), 20);
        return;
      case '/silent':
        // Never answers.
        return;
      default:
        response.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const allowLoopback: FeedFetchLimits = {
  ...DEFAULT_FEED_FETCH_LIMITS,
  maxBytes: 10_000,
  timeoutMs: 2_000,
  allowedHosts: parseAllowedHosts('127.0.0.1'),
};

describe('fetchFeed', () => {
  it('fetches a calendar with its validators, without the byte-order mark', async () => {
    const outcome = await fetchFeed(`${origin}/feed.ics`, {}, allowLoopback);
    expect(outcome).toEqual({
      kind: 'fetched',
      body: CALENDAR,
      etag: '"v1"',
      lastModified: 'Sun, 01 Nov 2026 09:00:00 GMT',
    });
  });

  it('asks conditionally, and a 304 keeps the copy', async () => {
    const outcome = await fetchFeed(
      `${origin}/feed.ics`,
      { etag: '"v1"', lastModified: 'Sun, 01 Nov 2026 09:00:00 GMT' },
      allowLoopback,
    );
    expect(outcome).toEqual({ kind: 'not-modified' });
    expect(seen.at(-1)).toEqual({
      path: '/feed.ics',
      ifNoneMatch: '"v1"',
      ifModifiedSince: 'Sun, 01 Nov 2026 09:00:00 GMT',
    });
  });

  it('follows a redirect, but not for ever', async () => {
    expect((await fetchFeed(`${origin}/moved`, {}, allowLoopback)).kind).toBe('fetched');
    expect(await fetchFeed(`${origin}/loop`, {}, allowLoopback)).toMatchObject({
      kind: 'failed',
      error: 'too-many-redirects',
    });
  });

  it('refuses loopback and private addresses unless allowed, also behind a redirect or a name', async () => {
    const publicOnly = { ...allowLoopback, allowedHosts: parseAllowedHosts('') };
    for (const address of [
      `${origin}/feed.ics`,
      `${origin.replace('127.0.0.1', 'localhost')}/feed.ics`,
      `${origin.replace('127.0.0.1', '[::ffff:127.0.0.1]')}/feed.ics`,
      'http://169.254.169.254/latest/meta-data/',
    ]) {
      expect(await fetchFeed(address, {}, publicOnly), address).toMatchObject({
        kind: 'failed',
        error: 'refused-address',
      });
    }
    // The first hop is allowed; the redirect to the intranet is not.
    expect(await fetchFeed(`${origin}/to-intranet`, {}, allowLoopback)).toMatchObject({
      kind: 'failed',
      error: 'refused-address',
    });
  });

  it('keeps out what is not a calendar, an error status, and what is too large', async () => {
    expect(await fetchFeed(`${origin}/login`, {}, allowLoopback)).toMatchObject({
      kind: 'failed',
      error: 'not-a-calendar',
    });
    expect(await fetchFeed(`${origin}/gone`, {}, allowLoopback)).toMatchObject({
      kind: 'failed',
      error: 'http',
      status: 404,
      detail: '404 Not Found',
    });
    for (const path of ['/huge-declared', '/huge-streamed']) {
      expect(await fetchFeed(`${origin}${path}`, {}, allowLoopback), path).toMatchObject({
        kind: 'failed',
        error: 'too-large',
      });
    }
  });

  it('a connection cut halfway and a server that never answers are failures, not copies', async () => {
    expect(await fetchFeed(`${origin}/cut`, {}, allowLoopback)).toMatchObject({
      kind: 'failed',
      error: 'network',
    });
    // The time limit is the product's promise; here a short one.
    expect(await fetchFeed(`${origin}/silent`, {}, { ...allowLoopback, timeoutMs: 300 })).toEqual({
      kind: 'failed',
      error: 'timeout',
      detail: 'No answer within 300 ms.',
    });
  });

  it('refuses what is not an http(s) or webcal address', async () => {
    for (const address of [
      'ftp://example.org/a.ics',
      'javascript:alert(1)',
      'not a url',
      'http://user:secret@example.org/a.ics',
    ]) {
      expect(await fetchFeed(address, {}, allowLoopback), address).toMatchObject({
        kind: 'failed',
        error: 'invalid-url',
      });
    }
    expect(feedUrl('webcal://p06-calendars.icloud.com/published/2/abc').href).toBe(
      'https://p06-calendars.icloud.com/published/2/abc',
    );
  });
});
