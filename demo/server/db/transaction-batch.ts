// Transactions that arrive while one is running, run together in the next one: for PGlite,
// which runs one statement at a time in this process anyway, so that concurrent signups share
// a BEGIN and a COMMIT (and the commit's file writes) instead of queueing for one each.
// docs/decisions/0028-batched-signups-on-pglite.md says why and what it costs.
//
// Each caller gets its own result: the works of a batch run one after another in one
// transaction, each seeing the writes of those before it (a training's last seat goes to the
// first). When any of them throws, or the commit fails, the batch is rolled back and every work
// of it runs again alone in a transaction of its own, as if there had been no batch: so one
// refused signup (erased, training full, its mails not queued) never takes the others with it,
// and each caller sees exactly what a transaction of its own would have given. A work must
// therefore do nothing outside `tx` that it cannot do twice.
import type { Database, Queryable } from './database.ts';

/** What batches are capped at: one batch's wait stays short for the last request in it. */
export const MAX_BATCH = 32;

type Work<T> = (tx: Queryable) => Promise<T>;

interface Pending {
  work: Work<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export type RunInTransaction = <T>(work: Work<T>) => Promise<T>;

/** `database.transaction`, with the calls that wait for each other batched (see above). */
export function batchTransactions(database: Database, maxBatch = MAX_BATCH): RunInTransaction {
  const queue: Pending[] = [];
  let running = false;

  async function alone(pending: Pending): Promise<void> {
    try {
      pending.resolve(await database.transaction(pending.work));
    } catch (error) {
      pending.reject(error);
    }
  }

  async function together(batch: Pending[]): Promise<void> {
    let results: unknown[];
    try {
      results = await database.transaction(async (tx) => {
        const done: unknown[] = [];
        for (const pending of batch) done.push(await pending.work(tx));
        return done;
      });
    } catch {
      for (const pending of batch) await alone(pending);
      return;
    }
    batch.forEach((pending, index) => pending.resolve(results[index]));
  }

  async function drain(): Promise<void> {
    running = true;
    try {
      while (queue.length > 0) {
        const batch = queue.splice(0, maxBatch);
        await (batch.length === 1 ? alone(batch[0]!) : together(batch));
      }
    } finally {
      running = false;
    }
  }

  return <T>(work: Work<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!running) void drain();
    });
}
