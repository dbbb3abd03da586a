// A token bucket per client: `capacity` requests at once, refilled at `refillPerSecond`.
// Memory is bounded: at most `maxClients` buckets, the least recently seen dropped first.

export interface RateLimitOptions {
  capacity: number;
  refillPerSecond: number;
  maxClients?: number;
  /** The clock, for tests. */
  now?: () => number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class TokenBucketLimiter {
  readonly #capacity: number;
  readonly #refillPerMs: number;
  readonly #maxClients: number;
  readonly #now: () => number;
  readonly #buckets = new Map<string, { tokens: number; updated: number }>();

  constructor({
    capacity,
    refillPerSecond,
    maxClients = 10_000,
    now = Date.now,
  }: RateLimitOptions) {
    if (!(capacity >= 1) || !(refillPerSecond > 0)) {
      throw new RangeError('A rate limit needs a capacity ≥ 1 and a refill rate > 0.');
    }
    this.#capacity = capacity;
    this.#refillPerMs = refillPerSecond / 1000;
    this.#maxClients = maxClients;
    this.#now = now;
  }

  /** Takes one token for `client`, or says how long until one is there. */
  take(client: string): RateDecision {
    const now = this.#now();
    const bucket = this.#buckets.get(client) ?? { tokens: this.#capacity, updated: now };
    bucket.tokens = Math.min(
      this.#capacity,
      bucket.tokens + (now - bucket.updated) * this.#refillPerMs,
    );
    bucket.updated = now;
    // Re-insert so that the Map's order is least recently seen first.
    this.#buckets.delete(client);
    this.#buckets.set(client, bucket);
    if (this.#buckets.size > this.#maxClients) {
      const oldest = this.#buckets.keys().next().value;
      if (oldest !== undefined) this.#buckets.delete(oldest);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.#refillPerMs / 1000)),
    };
  }
}
