// The training feed as the contract's TrainingEvent[]: one entry per occurrence (a series is
// expanded; `recurrence` keeps the RRULE for display), with seats taken counted from signups.
import type { TrainingEvent } from '@mentorkit/core';
import { dayKeyAt, isoInZone } from '@mentorkit/core/time';
import type { TrainingRecord } from '../store/trainings.ts';
import { expandStarts, parseSimpleRule } from './recurrence.ts';

/** The UID of one occurrence of a series: the series UID and the local start date. */
export function occurrenceUid(seriesUid: string, start: Date, timeZone: string): string {
  return `${seriesUid}/${dayKeyAt(start.getTime(), timeZone).replaceAll('-', '')}`;
}

export function trainingsToJson(
  trainings: readonly TrainingRecord[],
  seatsTaken: ReadonlyMap<string, number>,
): TrainingEvent[] {
  const events: TrainingEvent[] = [];
  for (const training of trainings) {
    const rule = training.rrule ? parseSimpleRule(training.rrule) : undefined;
    const starts = rule
      ? expandStarts(training.startsAt, rule, training.timeZone)
      : [training.startsAt];
    const duration = training.endsAt.getTime() - training.startsAt.getTime();
    for (const start of starts) {
      const uid = rule ? occurrenceUid(training.uid, start, training.timeZone) : training.uid;
      const event: TrainingEvent = {
        uid,
        title: training.title,
        start: isoInZone(start.getTime(), training.timeZone),
        end: isoInZone(start.getTime() + duration, training.timeZone),
        allDay: false,
        timeZone: training.timeZone,
        status: training.status,
      };
      if (training.description) event.description = training.description;
      if (training.location) event.location = training.location;
      if (training.onlineUrl) event.onlineUrl = training.onlineUrl;
      if (training.category) event.category = training.category;
      if (training.languages) event.languages = training.languages;
      if (training.seatsTotal !== undefined) {
        event.seats = { total: training.seatsTotal, taken: seatsTaken.get(uid) ?? 0 };
      }
      if (training.rrule) event.recurrence = training.rrule;
      events.push(event);
    }
  }
  return events.sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start) || a.uid.localeCompare(b.uid),
  );
}
