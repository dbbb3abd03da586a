// Named statements (`query(sql, params, { name })`, database.ts), the same on both engines:
// prepared once (pg per connection, PGlite per database through its protocol), they answer
// exactly what the same statement unnamed answers, in a transaction too, and fail as it fails.
import { describe, expect, it } from 'vitest';
import type { Queryable } from './database.ts';
import { migrate } from './migrations.ts';
import { TEST_DATABASES, useTestDatabase } from './testing/databases.ts';

const INSERT_ERASURE = `INSERT INTO erasures (erased_at, signups, matches) VALUES ($1, $2, $3)
  RETURNING id, erased_at, signups, matches > 0 AS with_matches, jsonb_build_object('n', $2::int) AS doc`;
const ERASURES_FROM = 'SELECT signups FROM erasures WHERE signups >= $1 ORDER BY signups';
const ERASE_KEY = 'INSERT INTO erased_idempotency_keys (key_hash) VALUES ($1)';

describe.each(TEST_DATABASES)('named statements on $name', (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);

  /** The same statement unnamed and named, twice each (the second run uses what was prepared). */
  async function bothWays(target: Queryable, sql: string, params: unknown[][], name: string) {
    const unnamed = [];
    const named = [];
    for (const each of params) unnamed.push(await target.query(sql, each));
    for (const each of params) named.push(await target.query(sql, each, { name }));
    return { unnamed, named };
  }

  it('answers the rows, their types and the row count the unnamed statement answers', async () => {
    const { database } = context;
    const at = new Date('2026-12-03T10:00:00.000Z');
    const inserted = await bothWays(
      database,
      INSERT_ERASURE,
      [
        [at, 1, 0],
        [at, 2, 3],
      ],
      'test-insert-erasure',
    );
    const withoutIds = (results: { rows: Record<string, unknown>[]; rowCount: number }[]) =>
      results.map(({ rows, rowCount }) => ({
        rowCount,
        rows: rows.map(({ id, ...row }) => ({ ...row, id: typeof id })),
      }));
    expect(withoutIds(inserted.named)).toEqual(withoutIds(inserted.unnamed));
    expect(inserted.named[1]!.rows[0]).toMatchObject({
      erased_at: at,
      signups: 2,
      with_matches: true,
      doc: { n: 2 },
    });

    const selected = await bothWays(database, ERASURES_FROM, [[2], [9]], 'test-erasures-from');
    expect(selected.named).toEqual(selected.unnamed);
    expect(selected.named.map((result) => result.rowCount)).toEqual([2, 0]);
  });

  it('stores and compares a moment to the millisecond, before 2000 too', async () => {
    const { database } = context;
    const moments = [
      '1969-07-20T20:17:40.123Z',
      '1999-12-31T23:59:59.999Z',
      '2000-01-01T00:00:00.000Z',
      '2026-12-03T10:00:00.001Z',
    ].map((text) => new Date(text));
    for (const [index, moment] of moments.entries()) {
      await database.query(INSERT_ERASURE, [moment, index, 0], { name: 'test-insert-erasure' });
    }
    // To the microsecond, as PostgreSQL holds it (a Date read back would round to milliseconds).
    const stored = await database.query<{ us: string }>(
      'SELECT (extract(epoch FROM erased_at) * 1000000)::bigint::text AS us FROM erasures ORDER BY signups',
    );
    expect(stored.rows.map((row) => row.us)).toEqual(
      moments.map((moment) => String(moment.getTime() * 1000)),
    );
    const found = await database.query<{ signups: number }>(
      'SELECT signups FROM erasures WHERE erased_at = $1',
      [moments[1]],
      { name: 'test-erasure-at' },
    );
    expect(found.rows).toEqual([{ signups: 1 }]);
  });

  it('runs in a transaction, and is undone with it', async () => {
    const { database } = context;
    const at = new Date('2026-12-03T10:00:00.000Z');
    await database.transaction(async (tx) => {
      await tx.query(INSERT_ERASURE, [at, 5, 0], { name: 'test-insert-erasure' });
      const seen = await tx.query(ERASURES_FROM, [0], { name: 'test-erasures-from' });
      expect(seen.rows).toEqual([{ signups: 5 }]);
    });
    await expect(
      database.transaction(async (tx) => {
        await tx.query(INSERT_ERASURE, [at, 6, 0], { name: 'test-insert-erasure' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const kept = await database.query(ERASURES_FROM, [0], { name: 'test-erasures-from' });
    expect(kept.rows).toEqual([{ signups: 5 }]);
  });

  it('runs after the transaction it was first prepared in is rolled back', async () => {
    const { database } = context;
    const FIRST_IN_ROLLBACK = 'SELECT count(*)::int AS n FROM erasures WHERE signups > $1';
    await expect(
      database.transaction(async (tx) => {
        await tx.query(FIRST_IN_ROLLBACK, [0], { name: 'test-first-in-rollback' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const after = await database.query(FIRST_IN_ROLLBACK, [0], { name: 'test-first-in-rollback' });
    expect(after.rows).toEqual([{ n: 0 }]);
  });

  it('fails as the unnamed statement fails, and the next statement runs', async () => {
    const { database } = context;
    await database.query(ERASE_KEY, ['a'], { name: 'test-erase-key' });
    await expect(
      database.query(ERASE_KEY, ['a'], { name: 'test-erase-key' }),
    ).rejects.toMatchObject({ code: '23505' });
    await expect(
      database.transaction((tx) => tx.query(ERASE_KEY, ['a'], { name: 'test-erase-key' })),
    ).rejects.toMatchObject({ code: '23505' });
    await database.query(ERASE_KEY, ['b'], { name: 'test-erase-key' });
    const keys = await database.query('SELECT key_hash FROM erased_idempotency_keys ORDER BY 1');
    expect(keys.rows).toEqual([{ key_hash: 'a' }, { key_hash: 'b' }]);
  });

  it('refuses a name given to other SQL', async () => {
    const { database } = context;
    await database.query('SELECT 1 AS one', [], { name: 'test-one-name' });
    await expect(database.query('SELECT 2 AS two', [], { name: 'test-one-name' })).rejects.toThrow(
      /test-one-name/,
    );
  });

  it('does not run inside a transaction open meanwhile on the database', async () => {
    const { database } = context;
    const at = new Date('2026-12-03T10:00:00.000Z');
    let outside: Promise<{ rows: unknown[] }> | undefined;
    await expect(
      database.transaction(async (tx) => {
        await tx.query(INSERT_ERASURE, [at, 7, 0]);
        // Asked of the database, not of `tx`: it must not see, nor be undone with, its write.
        outside = database.query(ERASURES_FROM, [0], { name: 'test-erasures-from' });
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await outside!).rows).toEqual([]);
  });
});
