// Trainings: added and cancelled by coordinators, published as iCalendar and JSON feeds. A
// training belongs to a programme (its coordinators see and change it; the feeds' `programme`
// parameter shows it), or to none: the organisation's, which administrators run.
import { randomUUID } from 'node:crypto';
import type { TrainingEvent, TrainingLocation } from '@mentorkit/core';
import type { Queryable } from '../db/database.ts';
import { dayKeyAt } from '@mentorkit/core/time';
import { occurrenceUid } from '../feeds/json-feed.ts';
import { expandStarts, parseSimpleRule } from '../feeds/recurrence.ts';
import { toDate } from './rows.ts';

export interface TrainingRecord {
  uid: string;
  title: string;
  description?: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  location?: TrainingLocation;
  onlineUrl?: string;
  category?: string;
  languages?: string[];
  seatsTotal?: number;
  status: TrainingEvent['status'];
  rrule?: string;
  /** The programme it belongs to; none: the organisation's own. */
  programmeId?: string;
  sequence: number;
  demo: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type NewTraining = Omit<
  TrainingRecord,
  'uid' | 'sequence' | 'createdAt' | 'updatedAt' | 'status' | 'demo'
> & {
  uid?: string;
  status?: TrainingEvent['status'];
  demo?: boolean;
};

interface TrainingRow {
  uid: string;
  title: string;
  description: string | null;
  starts_at: unknown;
  ends_at: unknown;
  time_zone: string;
  location: TrainingLocation | null;
  online_url: string | null;
  category: string | null;
  languages: string[] | null;
  seats_total: number | null;
  status: TrainingEvent['status'];
  rrule: string | null;
  programme_id: string | null;
  sequence: number;
  demo: boolean;
  created_at: unknown;
  updated_at: unknown;
}

function fromRow(row: TrainingRow): TrainingRecord {
  const record: TrainingRecord = {
    uid: row.uid,
    title: row.title,
    startsAt: toDate(row.starts_at),
    endsAt: toDate(row.ends_at),
    timeZone: row.time_zone,
    status: row.status,
    sequence: Number(row.sequence),
    demo: row.demo,
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  };
  if (row.description) record.description = row.description;
  if (row.location) record.location = row.location;
  if (row.online_url) record.onlineUrl = row.online_url;
  if (row.category) record.category = row.category;
  if (row.languages) record.languages = row.languages;
  if (row.seats_total !== null) record.seatsTotal = Number(row.seats_total);
  if (row.rrule) record.rrule = row.rrule;
  if (row.programme_id) record.programmeId = row.programme_id;
  return record;
}

/** A UID that stays unique when a partner merges our feed with others (RFC 5545 §3.8.4.7). */
export function newTrainingUid(): string {
  return `${randomUUID()}@mentorkit.demo`;
}

export async function insertTraining(database: Queryable, training: NewTraining): Promise<string> {
  const uid = training.uid ?? newTrainingUid();
  await database.query(
    `INSERT INTO trainings (uid, title, description, starts_at, ends_at, time_zone, location,
       online_url, category, languages, seats_total, status, rrule, demo, programme_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [
      uid,
      training.title,
      training.description ?? null,
      training.startsAt,
      training.endsAt,
      training.timeZone,
      training.location ? JSON.stringify(training.location) : null,
      training.onlineUrl ?? null,
      training.category ?? null,
      training.languages ? JSON.stringify(training.languages) : null,
      training.seatsTotal ?? null,
      training.status ?? 'confirmed',
      training.rrule ?? null,
      training.demo ?? false,
      training.programmeId ?? null,
    ],
  );
  return uid;
}

/**
 * The trainings, or only those of `programmes` ('all' or none given: every one, the
 * organisation's included; a list: those programmes' only).
 */
export async function listTrainings(
  database: Queryable,
  programmes: 'all' | readonly string[] = 'all',
): Promise<TrainingRecord[]> {
  const result =
    programmes === 'all'
      ? await database.query<TrainingRow>('SELECT * FROM trainings ORDER BY starts_at, uid')
      : await database.query<TrainingRow>(
          'SELECT * FROM trainings WHERE programme_id = ANY($1::text[]) ORDER BY starts_at, uid',
          [[...programmes]],
        );
  return result.rows.map(fromRow);
}

/** The programme of training `uid` (null: the organisation's), or undefined when there is none. */
export async function trainingProgramme(
  database: Queryable,
  uid: string,
): Promise<string | null | undefined> {
  const found = await database.query<{ programme_id: string | null }>(
    'SELECT programme_id FROM trainings WHERE uid = $1',
    [uid],
  );
  return found.rows[0] ? found.rows[0].programme_id : undefined;
}

/** Cancels (never deletes: calendars that imported it must learn it is off). */
export async function cancelTraining(database: Queryable, uid: string): Promise<boolean> {
  const result = await database.query(
    `UPDATE trainings SET status = 'cancelled', sequence = sequence + 1, updated_at = now()
     WHERE uid = $1 AND status <> 'cancelled'`,
    [uid],
  );
  if (result.rowCount > 0) return true;
  const exists = await database.query('SELECT 1 FROM trainings WHERE uid = $1', [uid]);
  return exists.rows.length > 0;
}

/** Signups per training UID (as the feed shows it: an occurrence's own UID for a series). */
export async function seatsTaken(database: Queryable): Promise<Map<string, number>> {
  const result = await database.query<{ training_uid: string; taken: number }>(
    `SELECT training_uid, count(*)::int AS taken FROM signups
     WHERE training_uid IS NOT NULL GROUP BY training_uid`,
  );
  return new Map(result.rows.map((row) => [row.training_uid, Number(row.taken)]));
}

/**
 * Whether a signup of `signupProgrammeId` may be for a training (or a feed's event) of
 * `programmeId`. A signup of programme A for a training of programme B is refused: A's
 * coordinators would see a training they do not run, and it would take one of B's seats. A
 * training of no programme (the organisation's) takes every programme's signups, and a signup
 * that names no programme may be for any training.
 */
function ofProgramme(programmeId: string | null, signupProgrammeId: string | undefined): boolean {
  return programmeId === null || !signupProgrammeId || programmeId === signupProgrammeId;
}

/**
 * Whether a signup for training `uid` can be taken now; `other-programme` when the signup names
 * a programme and the training belongs to another one.
 */
export type TrainingAvailability = 'open' | 'full' | 'cancelled' | 'unknown' | 'other-programme';

/**
 * Whether training `uid` takes one more signup, for the transaction that stores it, and the
 * name its signups are stored and counted under (`uid`): the training's row is locked
 * (FOR UPDATE) until that transaction ends, so two signups for its last seat, on two
 * connections or two servers, are counted one after the other and the seats are exact. An
 * occurrence of a series is named the JSON feed's way whichever way the widget named it, so that
 * both spellings count against one set of seats (and the feed counts them); a date that is not
 * one of the series' occurrences is unknown. A UID the backend does not publish itself may be
 * an event of an external feed it serves (a coordinator's Outlook calendar): open, with no seats
 * to count. `programmeId` is the programme the training (or the feed) belongs to, null for the
 * organisation's (or when the feeds that publish the event disagree): a signup that names no
 * programme takes it.
 */
export async function trainingAvailability(
  tx: Queryable,
  uid: string,
  signupProgrammeId?: string,
): Promise<{ availability: TrainingAvailability; uid: string; programmeId: string | null }> {
  const found = await tx.query<{
    status: TrainingEvent['status'];
    seats_total: number | null;
    rrule: string | null;
    starts_at: unknown;
    time_zone: string;
    programme_id: string | null;
  }>(
    `SELECT status, seats_total, rrule, starts_at, time_zone, programme_id
       FROM trainings WHERE uid = $1 FOR UPDATE`,
    [seriesUid(uid)],
    // Prepared, as the signup's INSERT: every signup for a training runs these (issue 23).
    { name: 'training-for-signup' },
  );
  const row = found.rows[0];
  if (!row) {
    // Lines unfolded first (a long UID, as Outlook writes them, spans two lines), then the
    // UID's whole line, so that `UID:abc` is not found inside `UID:abcd`.
    const external = await tx.query<{ programme_id: string | null }>(
      `SELECT programme_id FROM external_feeds WHERE body IS NOT NULL
         AND regexp_replace(body, E'\\r?\\n[ \\t]', '', 'g') ~ $1`,
      [`(^|\n)UID:${escapeRegExp(uid)}\r?(\n|$)`],
    );
    if (external.rows.length === 0) return { availability: 'unknown', uid, programmeId: null };
    // An event of a feed is the feed's programme's, as a training is its own's.
    const ours = external.rows.filter((feed) => ofProgramme(feed.programme_id, signupProgrammeId));
    const programmes = new Set(ours.map((feed) => feed.programme_id));
    const programmeId = programmes.size === 1 ? ([...programmes][0] ?? null) : null;
    return { availability: ours.length > 0 ? 'open' : 'other-programme', uid, programmeId };
  }
  const programmeId = row.programme_id;
  if (!ofProgramme(programmeId, signupProgrammeId)) {
    return { availability: 'other-programme', uid, programmeId };
  }
  const stored = storedOccurrenceUid(uid, {
    rrule: row.rrule,
    startsAt: toDate(row.starts_at),
    timeZone: row.time_zone,
  });
  if (stored === undefined) return { availability: 'unknown', uid, programmeId };
  if (row.status === 'cancelled') return { availability: 'cancelled', uid: stored, programmeId };
  if (row.seats_total === null) return { availability: 'open', uid: stored, programmeId };
  const taken = await tx.query<{ taken: number }>(
    'SELECT count(*)::int AS taken FROM signups WHERE training_uid = $1',
    [stored],
    { name: 'training-seats-taken' },
  );
  const full = Number(taken.rows[0]?.taken ?? 0) >= Number(row.seats_total);
  return { availability: full ? 'full' : 'open', uid: stored, programmeId };
}

/**
 * The series an occurrence's UID belongs to: the feeds name one occurrence of a repeating
 * training `<uid>/<yyyymmdd>` (JSON, json-feed.ts) or `<uid>#<yyyymmddThhmmss>` (the calendar's
 * iCalendar reader, from the RECURRENCE-ID). Seats are counted per occurrence.
 */
export function seriesUid(uid: string): string {
  return OCCURRENCE.exec(uid)?.[1] ?? uid;
}

/** `<series>/<yyyymmdd>` or `<series>#<yyyymmdd>T<hhmmss>[Z]`. */
const OCCURRENCE = /^(.+)(?:\/(\d{8})|#(\d{8})T(\d{6})(Z?))$/;

/**
 * `uid` as the JSON feed names it (`<series>/<yyyymmdd>`, the date in the training's zone), for
 * training `series`; `undefined` when it names no occurrence: a date the rule does not give, or
 * an occurrence of a training that does not repeat.
 */
function storedOccurrenceUid(
  uid: string,
  series: { rrule: string | null; startsAt: Date; timeZone: string },
): string | undefined {
  const match = OCCURRENCE.exec(uid);
  if (!match) return uid;
  const [, base = '', jsonDay, icalDay, icalTime = '', utc] = match;
  const rule = series.rrule ? parseSimpleRule(series.rrule) : undefined;
  if (!rule) return undefined;
  let day = jsonDay ?? icalDay ?? '';
  if (utc) {
    // A UTC RECURRENCE-ID: its date is the one in the training's zone.
    const instant = Date.UTC(
      Number(day.slice(0, 4)),
      Number(day.slice(4, 6)) - 1,
      Number(day.slice(6, 8)),
      Number(icalTime.slice(0, 2)),
      Number(icalTime.slice(2, 4)),
      Number(icalTime.slice(4, 6)),
    );
    day = dayKeyAt(instant, series.timeZone).replaceAll('-', '');
  }
  const stored = `${base}/${day}`;
  const starts = expandStarts(series.startsAt, rule, series.timeZone);
  return starts.some((start) => occurrenceUid(base, start, series.timeZone) === stored)
    ? stored
    : undefined;
}

/** `text` matched literally inside a PostgreSQL regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
