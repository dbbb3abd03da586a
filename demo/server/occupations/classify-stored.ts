// Classifies the stored signups that have no occupation code (signups from before the picker,
// the demo's seeds, a job the picker did not find) by their words, with the lookup the picker
// uses (classifyFreeText). Runs on every start: a signup classified once has a code and is not
// looked at again, and one left unclassified gives the same answer each time, until the data
// or a coordinator says more. Codes are stored only above the lookup's confidence threshold: a
// wrong code would match a person with the wrong mentors.
import type { Occupation } from '@mentorkit/core';
import { classifyFreeText, type OccupationIndex } from '@mentorkit/occupations';
import type { Database } from '../db/database.ts';
import { listUnclassifiedSignups, setSignupOccupation } from '../store/signup-occupations.ts';

export interface ClassificationReport {
  /** Signups without a code when the step began. */
  considered: number;
  /** Of those, classified now. */
  classified: number;
  /** Left without a code, for a coordinator to classify. */
  unclassified: number;
}

export function describeClassification(report: ClassificationReport): string {
  return `Occupations: classified ${report.classified} of ${report.considered} signups; ${report.unclassified} left unclassified`;
}

/** The occupation the words name, in the form's shape, or undefined below the threshold. */
export function classifyWords(index: OccupationIndex, text: string): Occupation | undefined {
  const words = text.trim();
  if (!words) return undefined;
  const found = classifyFreeText(index, words);
  if (!found) return undefined;
  return {
    ...(found.titleId ? { titleId: found.titleId } : {}),
    ssyk: found.ssyk,
    ...(found.isco08.length ? { isco08: [...found.isco08] } : {}),
    text: words,
  };
}

export async function classifyStoredSignups(
  database: Database,
  loadIndex: () => Promise<OccupationIndex>,
): Promise<ClassificationReport> {
  const pending = await listUnclassifiedSignups(database);
  if (pending.length === 0) return { considered: 0, classified: 0, unclassified: 0 };
  const index = await loadIndex();
  let classified = 0;
  for (const signup of pending) {
    const occupation = classifyWords(index, signup.text);
    if (!occupation) continue;
    const written = await setSignupOccupation(database, signup.id, occupation, 'lookup', {
      onlyIfUnclassified: true,
    });
    if (written) classified++;
  }
  return {
    considered: pending.length,
    classified,
    unclassified: pending.length - classified,
  };
}
