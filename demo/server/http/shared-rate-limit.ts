// The per-client token bucket of rate-limit.ts, kept in the database, so that servers behind
// one load balancer on one PostgreSQL count one client's requests together (with a bucket in
// each process, N servers let a client through N times as often). One transaction a request:
// the bucket's row is locked (FOR UPDATE), refilled for the time since it was last used, and
// a token taken, so two servers never both spend the last token.
//
// The client's address is stored only as a SHA-256 (with the scope), and a bucket is deleted
// once it would be full again (nothing to remember), so the table holds at most the clients
// of the last capacity/refill seconds.
import { createHash } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { TokenBucketLimiter, type RateDecision, type RateLimitOptions } from './rate-limit.ts';

/** Anything that takes a token for a client: in memory (one process) or in the database. */
export interface RateLimiter {
  take(client: string): RateDecision | Promise<RateDecision>;
}

/** Every this many takes, a server deletes the buckets that are full again. */
const PRUNE_EVERY = 200;

export class DatabaseTokenBucketLimiter implements RateLimiter {
  readonly #database: Database;
  readonly #scope: string;
  readonly #capacity: number;
  readonly #refillPerMs: number;
  readonly #now: () => number;
  #takes = 0;

  constructor(
    database: Database,
    scope: string,
    { capacity, refillPerSecond, now = Date.now }: Omit<RateLimitOptions, 'maxClients'>,
  ) {
    if (!(capacity >= 1) || !(refillPerSecond > 0)) {
      throw new RangeError('A rate limit needs a capacity ≥ 1 and a refill rate > 0.');
    }
    this.#database = database;
    this.#scope = scope;
    this.#capacity = capacity;
    this.#refillPerMs = refillPerSecond / 1000;
    this.#now = now;
  }

  async take(client: string): Promise<RateDecision> {
    const now = this.#now();
    const clientHash = createHash('sha256').update(`${this.#scope}\n${client}`).digest('hex');
    const decision = await this.#database.transaction(async (tx) => {
      // A new client starts full; a row another server is inserting is waited for.
      await tx.query(
        `INSERT INTO rate_limit_buckets (scope, client_hash, tokens, updated_ms)
         VALUES ($1, $2, $3, $4) ON CONFLICT (scope, client_hash) DO NOTHING`,
        [this.#scope, clientHash, this.#capacity, now],
      );
      const found = await tx.query<{ tokens: number | string; updated_ms: number | string }>(
        `SELECT tokens, updated_ms FROM rate_limit_buckets
         WHERE scope = $1 AND client_hash = $2 FOR UPDATE`,
        [this.#scope, clientHash],
      );
      const row = found.rows[0];
      const updated = Number(row?.updated_ms ?? now);
      // Servers' clocks differ a little: time never runs backwards for a bucket.
      const at = Math.max(now, updated);
      let tokens = Math.min(
        this.#capacity,
        Number(row?.tokens ?? this.#capacity) + (at - updated) * this.#refillPerMs,
      );
      const allowed = tokens >= 1;
      if (allowed) tokens -= 1;
      await tx.query(
        `UPDATE rate_limit_buckets SET tokens = $3, updated_ms = $4
         WHERE scope = $1 AND client_hash = $2`,
        [this.#scope, clientHash, tokens, at],
      );
      return allowed
        ? ({ allowed: true } as const)
        : ({
            allowed: false,
            retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.#refillPerMs / 1000)),
          } as const);
    });
    this.#takes += 1;
    if (this.#takes % PRUNE_EVERY === 0) await this.#prune(now);
    return decision;
  }

  /** Deletes the buckets of this scope that have refilled completely since they were used. */
  async #prune(now: number): Promise<void> {
    const fullAfterMs = this.#capacity / this.#refillPerMs;
    await this.#database.query(
      'DELETE FROM rate_limit_buckets WHERE scope = $1 AND updated_ms < $2',
      [this.#scope, Math.floor(now - fullAfterMs)],
    );
  }
}

/**
 * A per-client limiter for `database`'s servers: in the database on PostgreSQL (which several
 * servers may share), in memory on PGlite (one process owns its files). Chosen at the first
 * request, when the database is open.
 */
export function perClientLimiter(
  database: Database,
  scope: string,
  options: RateLimitOptions,
): RateLimiter {
  let chosen: RateLimiter | undefined;
  return {
    take(client) {
      chosen ??=
        database.engine === 'postgres'
          ? new DatabaseTokenBucketLimiter(database, scope, options)
          : new TokenBucketLimiter(options);
      return chosen.take(client);
    },
  };
}
