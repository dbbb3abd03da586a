// Everything the coordinator's view of one person shows: what they gave (their signup as
// sent), their status (person-status.ts, the same SQL as the list), their matches with the
// other person's name, the trainings they signed up for, and their programme's name.
import type { Queryable } from '../db/database.ts';
import { listMatchesOf } from '../store/matches.ts';
import type { MatchRole } from '../store/match-history.ts';
import { toIso } from '../store/rows.ts';
import { getSignup, type StoredSignup } from '../store/signups.ts';
import { seriesUid } from '../store/trainings.ts';
import { MATCH_STATE_CTE, STATUS_SQL, type PersonStatus } from './person-status.ts';

export interface PersonMatch {
  id: string;
  role: MatchRole;
  other: { id: string; name: string };
  status: string;
  score: number | null;
  createdAt: string;
  startedAt: string | null;
}

export interface PersonTraining {
  uid: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  /** An RRULE such as FREQ=WEEKLY;COUNT=12; absent: one occasion. */
  rrule?: string;
  /** The occurrence of a repeating training the person chose (YYYY-MM-DD). */
  occurrenceDay?: string;
  status: string;
}

export interface PersonView {
  signup: StoredSignup;
  status: PersonStatus;
  programme: { id: string; name: string } | null;
  matches: PersonMatch[];
  trainings: PersonTraining[];
}

export async function personStatus(
  database: Queryable,
  signupId: string,
): Promise<PersonStatus | undefined> {
  const found = await database.query<{ status: PersonStatus }>(
    `WITH ${MATCH_STATE_CTE}
     SELECT ${STATUS_SQL} AS status
       FROM signups s WHERE s.id = $1`,
    [signupId],
  );
  return found.rows[0]?.status;
}

/** The person's view; undefined when no such signup is stored. */
export async function viewPerson(
  database: Queryable,
  signupId: string,
): Promise<PersonView | undefined> {
  const signup = await getSignup(database, signupId);
  if (!signup) return undefined;
  const [status, matches, programme, trainings] = await Promise.all([
    personStatus(database, signupId),
    listMatchesOf(database, signupId),
    signup.programmeId
      ? database.query<{ id: string; name: string }>(
          'SELECT id, name FROM programmes WHERE id = $1',
          [signup.programmeId],
        )
      : undefined,
    trainingsOf(database, signup),
  ]);
  const otherIds = matches.map((match) =>
    match.mentorSignupId === signupId ? match.menteeSignupId : match.mentorSignupId,
  );
  const others = await database.query<{ id: string; name: string }>(
    'SELECT id, name FROM signups WHERE id = ANY($1::text[])',
    [otherIds],
  );
  const nameOf = new Map(others.rows.map((row) => [row.id, row.name]));
  return {
    signup,
    status: status ?? 'new',
    programme: programme?.rows[0] ?? null,
    matches: matches.map((match, index): PersonMatch => {
      const otherId = otherIds[index]!;
      return {
        id: match.id,
        role: match.mentorSignupId === signupId ? 'mentor' : 'mentee',
        other: { id: otherId, name: nameOf.get(otherId) ?? '' },
        status: match.status,
        score: match.score ?? null,
        createdAt: match.createdAt,
        startedAt: match.startedAt ?? null,
      };
    }),
    trainings,
  };
}

/**
 * The trainings this signup, or another of the same address in the same programme, chose. A
 * signup names one occurrence of a repeating training `<series>/<yyyymmdd>` (trainings.ts):
 * the series is listed, with the occurrence's day.
 */
async function trainingsOf(database: Queryable, signup: StoredSignup): Promise<PersonTraining[]> {
  const chosen = await database.query<{ training_uid: string }>(
    `SELECT DISTINCT training_uid FROM signups
      WHERE (id = $1 OR (lower(email) = lower($2) AND programme_id IS NOT DISTINCT FROM $3))
        AND training_uid IS NOT NULL`,
    [signup.id, signup.email, signup.programmeId],
  );
  const uids = chosen.rows.map((row) => row.training_uid);
  const found = await database.query<{
    uid: string;
    title: string;
    starts_at: unknown;
    ends_at: unknown;
    time_zone: string;
    rrule: string | null;
    status: string;
  }>(
    `SELECT uid, title, starts_at, ends_at, time_zone, rrule, status FROM trainings
      WHERE uid = ANY($1::text[]) ORDER BY starts_at, uid`,
    [uids.map(seriesUid)],
  );
  return found.rows.flatMap((row) =>
    uids
      .filter((uid) => seriesUid(uid) === row.uid)
      .map((uid): PersonTraining => {
        const day = /\/(\d{4})(\d{2})(\d{2})$/.exec(uid);
        return {
          uid,
          title: row.title,
          startsAt: toIso(row.starts_at),
          endsAt: toIso(row.ends_at),
          timeZone: row.time_zone,
          ...(row.rrule ? { rrule: row.rrule } : {}),
          ...(day ? { occurrenceDay: `${day[1]}-${day[2]}-${day[3]}` } : {}),
          status: row.status,
        };
      }),
  );
}
