// The embedded adapter: PGlite, PostgreSQL compiled to WebAssembly, in this process. Data in a
// folder (survives restarts), or in memory for tests (`memory://`).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database, QueryResult, Queryable } from './database.ts';
import { importAtRuntime } from './load-module.ts';

import type * as pgliteTypes from '@electric-sql/pglite';

type PGliteModule = typeof pgliteTypes;
type PGliteInstance = pgliteTypes.PGlite;

/** A lock beside the data: two processes writing one PGlite folder would corrupt it. */
const LOCK_FILE = 'mentorkit.lock';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function takeLock(folder: string): () => void {
  const lockPath = join(folder, LOCK_FILE);
  let holder = Number.NaN;
  try {
    holder = Number(readFileSync(lockPath, 'utf8').trim());
  } catch {
    // No lock: nobody holds the folder.
  }
  // This process too: PGlite keeps the files open, and a second instance would write over them.
  if (Number.isInteger(holder) && isRunning(holder)) {
    throw new Error(
      `The database folder ${folder} is in use by process ${holder}. Stop that server first, ` +
        'or give this one another folder with MENTORKIT_DATA_DIR.',
    );
  }
  writeFileSync(lockPath, String(process.pid));
  return () => rmSync(lockPath, { force: true });
}

function wrap(target: Pick<PGliteInstance, 'query'>): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await target.query<Row>(sql, [...params]);
      // As the interface says (and `pg` does): the rows a SELECT returned. PGlite's own
      // `affectedRows` is 0 for a SELECT, and a `rowCount > 0` check after one was always false.
      const returnedRows = result.fields.length > 0;
      return {
        rows: result.rows,
        rowCount: returnedRows ? result.rows.length : (result.affectedRows ?? 0),
      };
    },
  };
}

/**
 * Opens (creating when missing) a PGlite database in `folder`, or in memory when `folder` is
 * undefined.
 */
export async function openPGlite(folder?: string): Promise<Database> {
  const { PGlite } = (await importAtRuntime('@electric-sql/pglite')) as PGliteModule;
  let releaseLock = () => {};
  if (folder) {
    mkdirSync(folder, { recursive: true });
    releaseLock = takeLock(folder);
  }
  let pglite: PGliteInstance;
  try {
    pglite = await PGlite.create(folder ?? 'memory://');
  } catch (error) {
    releaseLock();
    throw error;
  }
  return {
    engine: 'pglite',
    driver: { engine: 'pglite', pglite },
    ...wrap(pglite),
    transaction: (work) => pglite.transaction((tx) => work(wrap(tx))),
    async close() {
      try {
        await pglite.close();
      } finally {
        releaseLock();
      }
    },
  };
}
