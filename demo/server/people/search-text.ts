// What a coordinator's search compares: each signup's searchable words, folded once when the
// signup is written (signups.search_text) so that a search ignores case and diacritics
// ("Lakare" finds Läkare, "jose" finds José) without folding 10,000 rows on every request.
// The fold is @mentorkit/occupations' normaliseText, the one the occupation search uses: the
// same function on the data and on the query, so the two always meet.
import type { SignupSubmission } from '@mentorkit/core';
import { normaliseText } from '@mentorkit/occupations';

/** Between fields: a character the fold never leaves, so no word spans two fields. */
const FIELD_SEPARATOR = '|';

/** The folded text a search looks in: name, e-mail, profession, occupation, region, field. */
export function searchTextOf(submission: SignupSubmission): string {
  const profile = submission.profile;
  const fields = [
    submission.person.name,
    submission.person.email,
    profile.profession,
    profile.occupation?.text,
    profile.region,
    'desiredField' in profile ? profile.desiredField : undefined,
    'industry' in profile ? profile.industry : undefined,
    'organisation' in profile ? profile.organisation : undefined,
  ];
  return fields
    .filter((field): field is string => typeof field === 'string' && field !== '')
    .map(normaliseText)
    .join(FIELD_SEPARATOR);
}

/** A query's folded words (at most 8, each found somewhere in the text); none: no search. */
export function searchWords(query: string): string[] {
  return normaliseText(query.slice(0, 200)).split(' ').filter(Boolean).slice(0, 8);
}
