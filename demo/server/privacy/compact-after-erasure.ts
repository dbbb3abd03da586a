// After an erasure, the erased rows are gone from every query but their bytes stay in the
// table and index files (PostgreSQL marks a deleted row dead and reuses its space later), where
// a copy of the data folder or a look at the disk would still find them. VACUUM FULL rewrites
// each table the erasure touched, and its indexes, into new files without the dead rows, and
// the old files are removed. It runs after the erasure's transaction has committed (VACUUM
// cannot run inside one), on both engines (PGlite is PostgreSQL and runs it too).
//
// VACUUM FULL locks each table while it is rewritten: for a programme's few thousand rows that
// is milliseconds, and erasure is a coordinator's rare, deliberate act. What the write-ahead
// log and backups keep is in the README (The reference backend, Erasure).
import type { Database } from '../db/database.ts';

/** Every table an erasure deletes from (store/signups.ts eraseSignup and its cascades). */
export const ERASURE_TABLES = [
  'signups',
  'signup_confirmations',
  'outbox',
  'matches',
  'match_events',
  'match_links',
  'match_meetings',
  'follow_ups',
] as const;

/** Rewrites the tables erasure touched; a failure is logged, never undoes the erasure. */
export async function compactAfterErasure(database: Database): Promise<boolean> {
  try {
    // One table a statement: VACUUM of a list is one command, but its lock is taken per table.
    for (const table of ERASURE_TABLES) await database.query(`VACUUM FULL ${table}`);
    return true;
  } catch (error) {
    // The erasure stands; the bytes go at the next compaction (or autovacuum's reuse).
    console.error(
      `Compacting the tables after an erasure failed: ${(error as { code?: string }).code ?? ''} ${(error as Error).message}`,
    );
    return false;
  }
}
