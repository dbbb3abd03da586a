import { describe, expect, it } from 'vitest';
import { isRetryableStatus, retryAfter } from './post-with-retries.ts';

// The retry loop itself is tested through its callers: send-signup.test.ts (the signup form)
// and the follow-up's component tests.
describe('when to try again', () => {
  it('honours Retry-After, bounded', () => {
    expect(retryAfter('2')).toBe(2000);
    expect(retryAfter('99999')).toBe(30_000);
    expect(retryAfter(null)).toBeUndefined();
    expect(retryAfter('soon')).toBeUndefined();
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(retryAfter('Mon, 23 Nov 2026 10:00:05 GMT', now)).toBe(5000);
  });

  it('retries server-side and throttling statuses only', () => {
    expect([500, 502, 503, 504, 408, 429].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 422].some(isRetryableStatus)).toBe(false);
  });
});
