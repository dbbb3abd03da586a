// The two people of a match as its mails address them: each by first name, in their language.
import { isLocale, type Locale } from '@mentorkit/core';
import type { Queryable } from '../db/database.ts';
import type { MatchRole } from '../store/match-history.ts';
import type { StoredMatch } from '../store/matches.ts';
import { getSignup, type StoredSignup } from '../store/signups.ts';

export interface Pair {
  match: StoredMatch;
  mentor: StoredSignup;
  mentee: StoredSignup;
}

export const firstName = (signup: StoredSignup) =>
  signup.submission.person.name.trim().split(/\s+/)[0] ?? signup.name;

export const localeOf = (signup: StoredSignup): Locale =>
  isLocale(signup.submission.locale) ? signup.submission.locale : 'sv';

export const otherRole = (role: MatchRole): MatchRole => (role === 'mentor' ? 'mentee' : 'mentor');

/** Both people of the match; undefined when either was erased. */
export async function pairOf(tx: Queryable, match: StoredMatch): Promise<Pair | undefined> {
  const [mentor, mentee] = await Promise.all([
    getSignup(tx, match.mentorSignupId),
    getSignup(tx, match.menteeSignupId),
  ]);
  return mentor && mentee ? { match, mentor, mentee } : undefined;
}
