// A signup's classified occupation (`profile.occupation`, the shape the signup form stores:
// title id, SSYK and ISCO-08 codes beside the person's words) written after the signup: by the
// lookup at start, or by a coordinator. The person's words (`profession`, `occupation.text`)
// are never changed.
import type { Occupation } from '@mentorkit/core';
import type { Queryable } from '../db/database.ts';
import type { OccupationSource } from './signups.ts';

/** A signup without an SSYK code, and the words its occupation is in. */
export interface UnclassifiedSignup {
  id: string;
  text: string;
}

/** Signups whose occupation has no SSYK code: none chosen, or unclassified by the form. */
export async function listUnclassifiedSignups(database: Queryable): Promise<UnclassifiedSignup[]> {
  const result = await database.query<{ id: string; text: string | null }>(
    `SELECT id, COALESCE(submission->'profile'->'occupation'->>'text',
                         submission->'profile'->>'profession') AS text
       FROM signups
      WHERE submission->'profile'->'occupation'->>'ssyk' IS NULL
      ORDER BY created_at, id`,
  );
  return result.rows.map((row) => ({ id: row.id, text: row.text ?? '' }));
}

/**
 * Writes `occupation` into the stored submission and says who classified it. `onlyIfUnclassified`
 * leaves a signup alone that got a code meanwhile (a coordinator was quicker than the start).
 * False when no signup was changed.
 */
export async function setSignupOccupation(
  database: Queryable,
  id: string,
  occupation: Occupation,
  source: OccupationSource,
  { onlyIfUnclassified = false }: { onlyIfUnclassified?: boolean } = {},
): Promise<boolean> {
  const result = await database.query(
    `UPDATE signups
        SET submission = jsonb_set(submission, '{profile,occupation}', $2::jsonb, true),
            occupation_source = $3
      WHERE id = $1
        ${onlyIfUnclassified ? "AND submission->'profile'->'occupation'->>'ssyk' IS NULL" : ''}`,
    [id, JSON.stringify(occupation), source],
  );
  return result.rowCount > 0;
}
