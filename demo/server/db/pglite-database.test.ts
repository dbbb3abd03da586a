import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPGlite } from './pglite-database.ts';

describe('PGlite in a folder', () => {
  const folder = mkdtempSync(join(tmpdir(), 'mk-pglite-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps data across close and reopen, and refuses a second opener meanwhile', async () => {
    const first = await openPGlite(folder);
    await first.query('CREATE TABLE kept (x text)');
    await first.query("INSERT INTO kept VALUES ('still here')");
    await expect(openPGlite(folder)).rejects.toThrow(/in use by process/);
    await first.close();

    const second = await openPGlite(folder);
    expect((await second.query<{ x: string }>('SELECT x FROM kept')).rows).toEqual([
      { x: 'still here' },
    ]);
    await second.close();
  }, 60_000);

  it('takes over the lock of a process that is gone', async () => {
    // Process ids are below 2^22 on Linux; this one is not running.
    writeFileSync(join(folder, 'mentorkit.lock'), '4194303');
    const database = await openPGlite(folder);
    await database.close();
  }, 60_000);
});
