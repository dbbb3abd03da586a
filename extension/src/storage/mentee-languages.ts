// Each mentee's language (issue 18), kept in its own store beside the sessions: the mentees'
// summaries are rebuilt from the sessions by every write (summary.ts), a chosen language is not.
// A mentee without a record (one logged after the update, before a language was chosen) takes
// the settings' language for new mentees.
import type { MenteeLanguage } from '../shared/languages.ts';
import { MENTEES_STORE, MENTEE_LANGUAGES_STORE, type Database } from './database.ts';
import { sortMentees } from './summary.ts';

/** Every mentee's chosen language, by mentee id. */
export async function menteeLanguages(db: Database): Promise<Map<string, MenteeLanguage | null>> {
  const records = await db.getAll(MENTEE_LANGUAGES_STORE);
  return new Map(records.map((record) => [record.menteeId, record.language]));
}

export async function setMenteeLanguage(
  db: Database,
  menteeId: string,
  language: MenteeLanguage | null,
): Promise<void> {
  await db.put(MENTEE_LANGUAGES_STORE, { menteeId, language });
}

/** The language of each mentee, in the order given, else `fallback`. */
export function languagesOf(
  menteeIds: readonly string[],
  chosen: ReadonlyMap<string, MenteeLanguage | null>,
  fallback: MenteeLanguage | null,
): (MenteeLanguage | null)[] {
  return menteeIds.map((id) => (chosen.has(id) ? (chosen.get(id) ?? null) : fallback));
}

/**
 * The languages of the mentor's mentees, each once, in the order of the mentee met most recently
 * (the popup's order): the term card offers them, and explains in the first unless asked.
 */
export async function languagesInUse(
  db: Database,
  fallback: MenteeLanguage | null,
): Promise<MenteeLanguage[]> {
  const [summaries, chosen] = await Promise.all([db.getAll(MENTEES_STORE), menteeLanguages(db)]);
  const ids = sortMentees(summaries).map((mentee) => mentee.id);
  const languages = languagesOf(ids, chosen, fallback).filter(
    (language): language is MenteeLanguage => language !== null,
  );
  return [...new Set(languages)];
}
