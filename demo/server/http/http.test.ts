import { describe, expect, it } from 'vitest';
import { formToObject } from './body.ts';
import { parseCorsOrigins } from './cors.ts';
import { TokenBucketLimiter } from './rate-limit.ts';
import { HttpProblem } from './respond.ts';
import { hasBearerToken, resolveCoordinatorToken } from '../coordinator-token.ts';
import { parseFollowUpMonths, parseInstant, parseMailConfig, parseRate } from '../config.ts';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('TokenBucketLimiter', () => {
  it('allows a burst, refuses with Retry-After, then refills', () => {
    let now = 0;
    const limiter = new TokenBucketLimiter({ capacity: 3, refillPerSecond: 0.5, now: () => now });
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 2 });
    expect(limiter.take('b').allowed).toBe(true);
    now += 2000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('keeps at most maxClients buckets', () => {
    const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 0.001, maxClients: 2 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    // "a" was forgotten: a fresh, full bucket.
    expect(limiter.take('a').allowed).toBe(true);
  });
});

describe('formToObject', () => {
  it('builds nested objects, arrays and lists from dotted keys', () => {
    const form = new URLSearchParams(
      'kind=mentor&person.name=Anna&profile.yearsOfExperience=12&profile.languages.0.code=sv' +
        '&profile.languages.0.level=native&answers.topics=a&answers.topics=b',
    );
    expect(formToObject(form, new Set(['profile.yearsOfExperience']))).toEqual({
      kind: 'mentor',
      person: { name: 'Anna' },
      profile: { yearsOfExperience: 12, languages: [{ code: 'sv', level: 'native' }] },
      answers: { topics: ['a', 'b'] },
    });
  });

  it('refuses prototype keys', () => {
    expect(() => formToObject(new URLSearchParams('__proto__.x=1'), new Set())).toThrow(
      HttpProblem,
    );
    expect(() => formToObject(new URLSearchParams('a.constructor.x=1'), new Set())).toThrow(
      HttpProblem,
    );
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('configuration', () => {
  it('parses CORS origins and rates', () => {
    expect(parseCorsOrigins(undefined)).toBe('*');
    expect(parseCorsOrigins('https://a.example, https://b.example/')).toEqual(
      new Set(['https://a.example', 'https://b.example']),
    );
    expect(parseRate('10/60')).toEqual({ capacity: 10, refillPerSecond: 1 });
    expect(parseRate('off')).toBe(false);
    expect(() => parseRate('fast')).toThrow();
  });

  it('parses the seed time and the test clock as instants with an offset, or none', () => {
    const seedTime = (value: string | undefined) => parseInstant('MENTORKIT_SEED_TIME', value);
    expect(seedTime(undefined)).toBeUndefined();
    expect(seedTime('2026-11-23T12:00:00+01:00')?.toISOString()).toBe('2026-11-23T11:00:00.000Z');
    expect(() => seedTime('2026-11-23T12:00:00')).toThrow(/offset/);
    expect(() => seedTime('tomorrow')).toThrow(/MENTORKIT_SEED_TIME/);
    expect(() => parseInstant('MENTORKIT_CLOCK', 'soon')).toThrow(/MENTORKIT_CLOCK/);
  });

  it('parses the follow-up rounds and the reminders of the programme loop', () => {
    expect(parseFollowUpMonths(undefined)).toEqual([3, 6, 12]);
    expect(parseFollowUpMonths('12, 3,3')).toEqual([3, 12]);
    expect(parseFollowUpMonths('none')).toEqual([]);
    expect(() => parseFollowUpMonths('3,0')).toThrow(/MENTORKIT_FOLLOW_UP_MONTHS/);
    expect(() => parseFollowUpMonths('3,six')).toThrow(/MENTORKIT_FOLLOW_UP_MONTHS/);
    const defaults = parseMailConfig({});
    expect(defaults).toMatchObject({
      noMeetingDays: 21,
      followUpDays: 30,
      followUpRetentionMonths: 36,
    });
    expect(parseMailConfig({ MENTORKIT_NO_MEETING_DAYS: '0' }).noMeetingDays).toBe(0);
    expect(() => parseMailConfig({ MENTORKIT_FOLLOW_UP_RETENTION_MONTHS: '0' })).toThrow(
      /RETENTION/,
    );
  });
});

describe('coordinator token', () => {
  it('compares Bearer tokens exactly', () => {
    const token = 'a-long-enough-token-123';
    expect(hasBearerToken(`Bearer ${token}`, token)).toBe(true);
    expect(hasBearerToken(`bearer ${token}`, token)).toBe(true);
    expect(hasBearerToken(`Bearer ${token}x`, token)).toBe(false);
    expect(hasBearerToken(token, token)).toBe(false);
    expect(hasBearerToken(undefined, token)).toBe(false);
    expect(hasBearerToken('Bearer ', token)).toBe(false);
  });

  it('generates a token once, keeps it readable by its owner only, and honours the environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mk-token-'));
    try {
      const first = resolveCoordinatorToken(dir, undefined);
      expect(first.source).toBe('generated');
      expect(first.token.length).toBeGreaterThanOrEqual(32);
      expect(statSync(first.path!).mode & 0o777).toBe(0o600);
      expect(readFileSync(first.path!, 'utf8').trim()).toBe(first.token);
      expect(resolveCoordinatorToken(dir, undefined)).toMatchObject({
        source: 'file',
        token: first.token,
      });
      expect(resolveCoordinatorToken(dir, ' Zk3_9xQpL-2mVb7rT0sYwH4n ')).toEqual({
        source: 'environment',
        token: 'Zk3_9xQpL-2mVb7rT0sYwH4n',
      });
      // Short, or long and guessable: refused at start, with what to do instead.
      for (const weak of ['short', 'a'.repeat(40), 'password1234password1234']) {
        expect(() => resolveCoordinatorToken(dir, weak), weak).toThrow(/too easy to guess/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
