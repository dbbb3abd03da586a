import { describe, expect, it, vi } from 'vitest';
import { sendSignup } from './send-signup.ts';

interface Call {
  url: string;
  init: RequestInit;
}

/** A fake `fetch` answering from a script: a Response, or an Error to reject with. */
function scriptedFetch(script: (Response | Error | 'hang')[]) {
  const calls: Call[] = [];
  const fake = vi.fn((url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: url instanceof Request ? url.url : url.toString(), init: init ?? {} });
    const next = script[Math.min(calls.length - 1, script.length - 1)];
    if (next === undefined) throw new Error('scriptedFetch needs a script');
    if (next === 'hang') {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
      });
    }
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next.clone());
  });
  return { fetch: fake as unknown as typeof fetch, calls };
}

const noSleep = () => Promise.resolve();
const body = { kind: 'mentor', person: { name: 'Anna', email: 'a@example.se' } };
const key = '7d7f3c1e-2b4a-4c61-9a3e-5f0b8c2d1e90';
const headersOf = (call: Call | undefined) => new Headers(call?.init.headers);
/** The text sendSignup sent: it always sends a string (JSON or urlencoded). */
function bodyOf(call: Call | undefined): string {
  const sent = call?.init.body;
  if (typeof sent !== 'string') throw new Error(`Expected a string body, got ${typeof sent}`);
  return sent;
}

describe('sendSignup', () => {
  it('posts JSON once with the idempotency key and reports a 201 as stored', async () => {
    const { fetch, calls } = scriptedFetch([new Response(null, { status: 201 })]);
    const outcome = await sendSignup({
      endpoint: 'https://x.example/s',
      body,
      idempotencyKey: key,
      fetch,
    });
    expect(outcome).toEqual({ ok: true, status: 201, duplicate: false });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.init.method).toBe('POST');
    expect(headersOf(calls[0]).get('Idempotency-Key')).toBe(key);
    expect(headersOf(calls[0]).get('Content-Type')).toBe('application/json');
    expect(JSON.parse(bodyOf(calls[0]))).toEqual(body);
    expect(calls[0]?.init.credentials).toBe('omit');
  });

  it('retries network failures and 5xx with the same key, then succeeds', async () => {
    const { fetch, calls } = scriptedFetch([
      new TypeError('Failed to fetch'),
      new Response('busy', { status: 503 }),
      new Response(null, { status: 200 }),
    ]);
    const sleeps: number[] = [];
    const outcome = await sendSignup({
      endpoint: 'https://x.example/s',
      body,
      idempotencyKey: key,
      fetch,
      retryDelays: [100, 200, 400],
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
    });
    expect(outcome.ok).toBe(true);
    expect(calls.map((call) => headersOf(call).get('Idempotency-Key'))).toEqual([key, key, key]);
    expect(sleeps).toHaveLength(2);
    // Backoff grows (jitter is ±20 %).
    expect(sleeps[0]).toBeGreaterThanOrEqual(80);
    expect(sleeps[0]).toBeLessThanOrEqual(120);
    expect(sleeps[1]).toBeGreaterThanOrEqual(160);
  });

  it('gives up after the last retry with the kind of the last failure', async () => {
    const { fetch, calls } = scriptedFetch([new Response('down', { status: 502 })]);
    const outcome = await sendSignup({
      endpoint: 'https://x.example/s',
      body,
      idempotencyKey: key,
      fetch,
      retryDelays: [1, 1],
      sleep: noSleep,
    });
    expect(outcome).toEqual({ ok: false, kind: 'http', status: 502, attempts: 3 });
    expect(calls).toHaveLength(3);
  });

  it('counts 409 with the same key as already stored', async () => {
    const { fetch } = scriptedFetch([new Response(null, { status: 409 })]);
    const outcome = await sendSignup({
      endpoint: 'https://x.example/s',
      body,
      idempotencyKey: key,
      fetch,
    });
    expect(outcome).toEqual({ ok: true, status: 409, duplicate: true });
  });

  it('reads problem+json field errors on 422 and does not retry', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Invalid signup',
      errors: [{ field: 'person.email', detail: 'Adressen finns redan' }, { detail: 42 }],
    };
    const { fetch, calls } = scriptedFetch([
      new Response(JSON.stringify(problem), {
        status: 422,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    ]);
    const outcome = await sendSignup({
      endpoint: 'https://x.example/s',
      body,
      idempotencyKey: key,
      fetch,
      sleep: noSleep,
    });
    expect(outcome).toEqual({
      ok: false,
      kind: 'fields',
      status: 422,
      errors: [{ field: 'person.email', detail: 'Adressen finns redan' }],
    });
    expect(calls).toHaveLength(1);
  });

  it('does not retry a 404, which no retry can fix', async () => {
    const { fetch, calls } = scriptedFetch([new Response('no', { status: 404 })]);
    const outcome = await sendSignup({
      endpoint: 'https://x.example/s',
      body,
      idempotencyKey: key,
      fetch,
      sleep: noSleep,
    });
    expect(outcome).toEqual({ ok: false, kind: 'http', status: 404, attempts: 1 });
    expect(calls).toHaveLength(1);
  });

  it('ends an attempt that takes too long as a timeout, and retries it', async () => {
    const { fetch, calls } = scriptedFetch(['hang']);
    const outcome = await sendSignup({
      endpoint: 'https://x.example/s',
      body,
      idempotencyKey: key,
      fetch,
      timeout: 10,
      retryDelays: [1],
      sleep: noSleep,
    });
    expect(outcome).toEqual({ ok: false, kind: 'timeout', attempts: 2 });
    expect(calls).toHaveLength(2);
  });

  it('stops when its signal aborts', async () => {
    const { fetch } = scriptedFetch(['hang']);
    const abort = new AbortController();
    const pending = sendSignup({
      endpoint: 'https://x.example/s',
      body,
      idempotencyKey: key,
      fetch,
      signal: abort.signal,
    });
    abort.abort();
    await expect(pending).resolves.toMatchObject({ ok: false, kind: 'aborted' });
  });

  it('sends urlencoded dotted paths with encoding "form"', async () => {
    const { fetch, calls } = scriptedFetch([new Response(null, { status: 204 })]);
    await sendSignup({
      endpoint: 'https://x.example/s',
      body: {
        person: { name: 'Å Ö' },
        profile: { languages: [{ code: 'sv', level: 'native' }] },
        answers: { ok: true },
      },
      idempotencyKey: key,
      encoding: 'form',
      fetch,
    });
    expect(headersOf(calls[0]).get('Content-Type')).toMatch(/^application\/x-www-form-urlencoded/);
    const sent = new URLSearchParams(bodyOf(calls[0]));
    expect(Object.fromEntries(sent)).toEqual({
      'person.name': 'Å Ö',
      'profile.languages.0.code': 'sv',
      'profile.languages.0.level': 'native',
      'answers.ok': 'true',
    });
  });
});
