// External calendar feeds end to end in node, on every test database: a coordinator registers
// a feed on a calendar server that sends no CORS headers (a real HTTP server on 127.0.0.1,
// allowed by configuration), the backend fetches it at once and on its schedule (on a clock
// the test moves), and serves the last good copy with CORS.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExternalFeedView } from '../api/external-feed-routes.ts';
import { createDemoServer, listen } from '../app.ts';
import { createBackend, type Backend } from '../backend.ts';
import { migrate } from '../db/migrations.ts';
import { TEST_DATABASES, useTestDatabase } from '../db/testing/databases.ts';
import { useCoordinatorSession } from '../testing/coordinator-session.ts';
import { lazyDatabase } from '../testing/test-server.ts';
import { parseAllowedHosts } from './address-policy.ts';
import { DEFAULT_FEED_FETCH_LIMITS } from './fetch-feed.ts';
import { refreshDueFeeds } from './refresh.ts';

const TOKEN = 'coordinator-token-for-feed-tests';
const auth: Record<string, string> = {};
const MINUTE = 60_000;
const START = new Date('2026-11-23T08:00:00Z');

const CALENDAR = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
  'BEGIN:VEVENT',
  'UID:6kq3e0p8@google.com',
  'DTSTAMP:20261101T090000Z',
  'DTSTART:20261210T080000Z',
  'DTEND:20261210T110000Z',
  'SUMMARY:Mentorsträff i Vimmerby',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

/** A calendar host as Google or Outlook is one: ETags, no CORS; and it can break. */
class CalendarHost {
  mode: 'calendar' | 'login-page' | 'gone' = 'calendar';
  readonly requests: { ifNoneMatch?: string }[] = [];
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      this.requests.push({ ifNoneMatch: request.headers['if-none-match'] });
      if (this.mode === 'gone') {
        response.writeHead(404).end('Not found');
      } else if (this.mode === 'login-page') {
        response.writeHead(200, { 'Content-Type': 'text/html' }).end('<title>Sign in</title>');
      } else if (request.headers['if-none-match'] === '"rev-1"') {
        response.writeHead(304).end();
      } else {
        response.writeHead(200, { 'Content-Type': 'text/calendar', ETag: '"rev-1"' }).end(CALENDAR);
      }
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/basic.ics`;
  }

  stop(): void {
    this.server?.closeAllConnections();
    this.server?.close();
  }
}

describe.each(TEST_DATABASES)('external calendar feeds on $name', (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);
  const host = new CalendarHost();
  let clock = START;
  let backend: Backend;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    await host.start();
    backend = createBackend({
      database: lazyDatabase(context),
      coordinatorToken: TOKEN,
      feeds: {
        limits: { ...DEFAULT_FEED_FETCH_LIMITS, allowedHosts: parseAllowedHosts('127.0.0.1') },
        now: () => clock,
      },
    });
    server = createDemoServer({ backend });
    base = (await listen(server, 0)).replace(/\/$/, '');
  });
  useCoordinatorSession(() => base, TOKEN, auth);
  afterAll(() => {
    host.stop();
    server.closeAllConnections();
    server.close();
  });
  beforeEach(() => {
    clock = START;
    host.mode = 'calendar';
    host.requests.length = 0;
  });

  async function register(url: string, name = 'Facket Vimmerby'): Promise<ExternalFeedView> {
    const response = await fetch(`${base}/api/coordinator/feeds`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, url }),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as ExternalFeedView;
  }

  async function refresh(feed: ExternalFeedView): Promise<ExternalFeedView> {
    const response = await fetch(`${base}/api/coordinator/feeds/${feed.id}/refresh`, {
      method: 'POST',
      headers: auth,
    });
    expect(response.status).toBe(200);
    return (await response.json()) as ExternalFeedView;
  }

  const copy = (feed: ExternalFeedView) =>
    fetch(`${base}${feed.path}`, { headers: { Origin: 'https://facket.example' } });

  it('a registered feed is fetched at once and served with CORS at its stable path', async () => {
    const feed = await register(host.url);
    expect(feed).toMatchObject({
      name: 'Facket Vimmerby',
      url: host.url,
      events: 1,
      failures: 0,
      lastSuccessAt: START.toISOString(),
      nextFetchAt: new Date(START.getTime() + 15 * MINUTE).toISOString(),
    });
    expect(feed).not.toHaveProperty('lastError');
    expect(feed.path).toMatch(/^\/api\/feeds\/[\w-]{16}\.ics$/);

    const response = await copy(feed);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await response.text()).toBe(CALENDAR);
    // A calendar that reloads gets a 304 when nothing changed.
    const etag = response.headers.get('etag') ?? '';
    const again = await fetch(`${base}${feed.path}`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);

    const list = (await (
      await fetch(`${base}/api/coordinator/feeds`, { headers: auth })
    ).json()) as ExternalFeedView[];
    expect(list.map((entry) => entry.id)).toEqual([feed.id]);
  });

  it('a feed that breaks keeps its last good copy, and the coordinator sees why', async () => {
    const feed = await register(host.url);
    host.mode = 'login-page';
    expect(await refresh(feed)).toMatchObject({
      lastError: 'not-a-calendar',
      failures: 1,
      events: 1,
      lastSuccessAt: START.toISOString(),
    });
    host.mode = 'gone';
    expect(await refresh(feed)).toMatchObject({
      lastError: 'http',
      lastErrorDetail: '404 Not Found',
      failures: 2,
    });
    expect(await (await copy(feed)).text()).toBe(CALENDAR);
    // Working again: the error goes.
    host.mode = 'calendar';
    const recovered = await refresh(feed);
    expect(recovered).toMatchObject({ failures: 0, events: 1 });
    expect(recovered).not.toHaveProperty('lastError');
  });

  it('is fetched when due, conditionally, and a failing feed waits longer each time', async () => {
    await register(host.url);
    const fetchedAt = async (minutes: number) => {
      clock = new Date(START.getTime() + minutes * MINUTE);
      return refreshDueFeeds(backend.feedSettings);
    };
    expect(await fetchedAt(14)).toBe(0);
    expect(await fetchedAt(15)).toBe(1);
    expect(host.requests.at(-1)).toEqual({ ifNoneMatch: '"rev-1"' });

    host.mode = 'gone';
    expect(await fetchedAt(30)).toBe(1); // the first failure: again in 15 minutes
    expect(await fetchedAt(44)).toBe(0);
    expect(await fetchedAt(45)).toBe(1); // the second: in 30
    expect(await fetchedAt(74)).toBe(0);
    expect(await fetchedAt(75)).toBe(1); // the third: in 60
    expect(await fetchedAt(134)).toBe(0);
    expect(await fetchedAt(135)).toBe(1);
    expect(host.requests).toHaveLength(6);
  });

  it('refuses a private address unless allowed, and serves nothing before a good fetch', async () => {
    const feed = await register('http://10.20.30.40/intranet.ics', 'Intranet');
    expect(feed).toMatchObject({ lastError: 'refused-address', failures: 1, events: 0 });
    const response = await copy(feed);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');

    const removed = await fetch(`${base}/api/coordinator/feeds/${feed.id}`, {
      method: 'DELETE',
      headers: auth,
    });
    expect(removed.status).toBe(204);
    expect((await copy(feed)).status).toBe(404);
  });

  it('answers 422 naming the field for an address it cannot fetch', async () => {
    const response = await fetch(`${base}/api/coordinator/feeds`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'FTP', url: 'ftp://example.org/cal.ics' }),
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      errors: [{ field: 'url', detail: 'Only http, https and webcal addresses are fetched.' }],
    });
  });
});
