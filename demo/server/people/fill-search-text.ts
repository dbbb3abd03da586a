// Folds the search text of signups stored before it existed (migration 14 adds the column
// empty), once at start like the stored signups' classification: the fold is JavaScript's
// (search-text.ts), which SQL cannot run. New signups get it when they are written.
import type { SignupSubmission } from '@mentorkit/core';
import type { Queryable } from '../db/database.ts';
import { searchTextOf } from './search-text.ts';

const BATCH = 500;

/** Fills every signup's missing search text; answers how many it filled. */
export async function fillSearchText(database: Queryable): Promise<number> {
  let filled = 0;
  for (;;) {
    const found = await database.query<{ id: string; submission: SignupSubmission | string }>(
      `SELECT id, submission FROM signups WHERE search_text IS NULL ORDER BY id LIMIT ${BATCH}`,
    );
    if (found.rows.length === 0) return filled;
    for (const row of found.rows) {
      const submission =
        typeof row.submission === 'string'
          ? (JSON.parse(row.submission) as SignupSubmission)
          : row.submission;
      await database.query('UPDATE signups SET search_text = $2 WHERE id = $1', [
        row.id,
        searchTextOf(submission),
      ]);
    }
    filled += found.rows.length;
  }
}
