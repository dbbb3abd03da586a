// The job queue as the rest of the backend sees it: enqueue a named job with a payload, run a
// worker per name, retry a failed run with back-off. One implementation, on pg-boss
// (pg-boss-queue.ts), on PGlite and PostgreSQL alike (docs/decisions/0015-job-queue-and-mail.md).
// Payloads are kept in the database until the job is done: they carry ids, never personal data.
import type { Queryable } from '../db/database.ts';

export interface EnqueueOptions {
  /**
   * Idempotency key: while a job of this name with this key waits or runs, enqueueing it again
   * adds nothing (enqueue resolves with null).
   */
  key?: string;
  /** Not before this instant (reminders, the daily digest). */
  runAfter?: Date;
  /** Enqueue inside this transaction: the job exists exactly when the transaction commits. */
  in?: Queryable;
}

export interface JobDefinition<Payload> {
  name: string;
  /** Runs one job; throwing fails this run, which is retried until `retries` are spent. */
  run(payload: Payload): Promise<void>;
  /** Runs after the first (default 8). */
  retries?: number;
  /** The first retry's wait; each next one doubles, with jitter (default 30 s). */
  retryDelaySeconds?: number;
  /** The longest wait between two runs (default 1 h). */
  retryDelayMaxSeconds?: number;
  /** A run taking longer counts as failed (its worker died): retried (default 5 min). */
  expireInSeconds?: number;
}

export interface JobQueue {
  /** Creates the job's queue (once) and starts its worker in this process. */
  define<Payload extends object>(definition: JobDefinition<Payload>): Promise<void>;
  /** The job's id, or null when one with the same name and key is already waiting or running. */
  enqueue<Payload extends object>(
    name: string,
    payload: Payload,
    options?: EnqueueOptions,
  ): Promise<string | null>;
  /** Stops taking jobs; resolves when the runs under way have ended (or after `timeoutMs`). */
  stop(timeoutMs?: number): Promise<void>;
}
