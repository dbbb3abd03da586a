// What `rowCount` means, the same on both engines (database.ts): the rows a SELECT returned,
// the rows an INSERT, UPDATE or DELETE changed. Code checks `rowCount > 0` after a SELECT.
import { describe, expect, it } from 'vitest';
import { migrate } from './migrations.ts';
import { TEST_DATABASES, useTestDatabase } from './testing/databases.ts';

describe.each(TEST_DATABASES)('rowCount on $name', (testDatabase) => {
  const context = useTestDatabase(testDatabase, migrate);

  it('counts the rows a SELECT returned and the rows a change touched, in a transaction too', async () => {
    const { database } = context;
    await database.query('INSERT INTO erasures (signups, matches) VALUES (1, 0), (2, 0), (3, 1)');
    expect((await database.query('SELECT signups FROM erasures WHERE matches = 0')).rowCount).toBe(
      2,
    );
    expect((await database.query('SELECT 1 FROM erasures WHERE signups > 99')).rowCount).toBe(0);
    expect((await database.query('UPDATE erasures SET matches = 5')).rowCount).toBe(3);
    await database.transaction(async (tx) => {
      expect((await tx.query('SELECT 1 FROM erasures')).rowCount).toBe(3);
      expect((await tx.query('DELETE FROM erasures WHERE signups = 1')).rowCount).toBe(1);
    });
  });
});
