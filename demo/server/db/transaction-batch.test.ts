// Batched transactions (transaction-batch.ts), on both engines: what waits for a running
// transaction runs in the next one together, each caller with its own result, and a work that
// throws fails alone while the others are stored.
import { describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { migrate } from './migrations.ts';
import { TEST_DATABASES, useTestDatabase } from './testing/databases.ts';
import { batchTransactions } from './transaction-batch.ts';

/** The database, counting the transactions begun on it. */
function counted(database: Database): { database: Database; transactions: () => number } {
  let transactions = 0;
  return {
    database: {
      ...database,
      engine: database.engine,
      driver: database.driver,
      query: (sql, params) => database.query(sql, params),
      transaction: (work) => {
        transactions += 1;
        return database.transaction(work);
      },
      close: () => database.close(),
    },
    transactions: () => transactions,
  };
}

describe.each(TEST_DATABASES)('batched transactions, on $name', (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);

  /** Stores `n` (in the erasures table, which nothing refers to) and counts what is stored. */
  const store = (n: number) => async (tx: { query: Database['query'] }) => {
    await tx.query('INSERT INTO erasures (signups, matches) VALUES ($1, 0)', [n]);
    const found = await tx.query<{ count: number }>('SELECT count(*)::int AS count FROM erasures');
    return { n, seen: Number(found.rows[0]?.count) };
  };

  const stored = async () =>
    (
      await context.database.query<{ signups: number }>(
        'SELECT signups FROM erasures ORDER BY signups',
      )
    ).rows.map((row) => row.signups);

  it('runs what waits for a running transaction in one transaction, each with its own result', async () => {
    const { database, transactions } = counted(context.database);
    const run = batchTransactions(database);
    const results = await Promise.all([0, 1, 2, 3, 4, 5].map((n) => run(store(n))));
    // The first alone; the five that came while it ran, together: each sees those before it.
    expect(results).toEqual([0, 1, 2, 3, 4, 5].map((n) => ({ n, seen: n + 1 })));
    expect(transactions()).toBe(2);
    expect(await stored()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('fails a work that throws alone: the others are stored, its writes are not', async () => {
    const { database, transactions } = counted(context.database);
    const run = batchTransactions(database);
    const refusing = async (tx: { query: Database['query'] }) => {
      await store(2)(tx);
      throw new Error('refused');
    };
    const results = await Promise.allSettled([
      run(store(0)),
      run(store(1)),
      run(refusing),
      run(store(3)),
    ]);
    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect((results[2] as PromiseRejectedResult).reason).toEqual(new Error('refused'));
    expect(await stored()).toEqual([0, 1, 3]);
    // The first alone, the batch of three rolled back, then each of the three again alone.
    expect(transactions()).toBe(5);
  });

  it('caps a batch at its largest size', async () => {
    const { database, transactions } = counted(context.database);
    const run = batchTransactions(database, 2);
    await Promise.all([0, 1, 2, 3, 4].map((n) => run(store(n))));
    // 0 alone, then 1–2 and 3–4.
    expect(transactions()).toBe(3);
    expect(await stored()).toEqual([0, 1, 2, 3, 4]);
  });
});
