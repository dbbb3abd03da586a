// The date to offer a person whose training is full or cancelled: the next occurrence of the
// same series with a seat left, else the next training of the same title. A suggestion only:
// the signup for it is checked like any other when the person sends it.
import type { TrainingEvent } from '@mentorkit/core';

/** What the signup form needs to offer another date: its uid, title and start. */
export interface TrainingSuggestion {
  readonly uid: string;
  readonly title: string;
  /** ISO 8601 with the offset of the training's zone, as the JSON feed writes it. */
  readonly start: string;
  readonly timeZone: string;
}

/**
 * The earliest event in `events` (the JSON feed's occurrences, seats counted) that starts after
 * `now`, is not cancelled, has a seat left, and is not `uid` itself: of the same series when
 * there is one, else of the same title; `undefined` when nothing fits.
 */
export function nextOpenTraining(
  events: readonly TrainingEvent[],
  uid: string,
  series: string,
  now: Date,
): TrainingSuggestion | undefined {
  // The refused one by its uid; an occurrence named as the iCalendar reader names it
  // (`<series>#<start>`) is not in the JSON feed, but its series is.
  const refused =
    events.find((event) => event.uid === uid) ??
    events.find((event) => seriesOf(event.uid) === series);
  const open = events
    .filter(
      (event) =>
        event.uid !== uid &&
        event.status !== 'cancelled' &&
        Date.parse(event.start) > now.getTime() &&
        (event.seats === undefined || event.seats.taken < event.seats.total),
    )
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.uid.localeCompare(b.uid));
  const sameSeries = open.find((event) => seriesOf(event.uid) === series);
  const sameTitle = refused && open.find((event) => event.title === refused.title);
  const next = sameSeries ?? sameTitle;
  if (!next) return undefined;
  return {
    uid: next.uid,
    title: next.title,
    start: next.start,
    timeZone: next.timeZone ?? 'Europe/Stockholm',
  };
}

/** The series of an occurrence's uid as the JSON feed names it, `<series>/<yyyymmdd>`. */
function seriesOf(uid: string): string {
  return /^(.+)\/\d{8}$/.exec(uid)?.[1] ?? uid;
}
