/**
 * A training or programme event, as `<mk-training-calendar>` shows it: from a JSON feed
 * directly, or converted from iCalendar. Objects are not strict: a feed may carry fields of
 * its own, which are dropped rather than rejecting the whole feed.
 */
import * as z from 'zod/mini';
import {
  IsoDateSchema,
  IsoDateTimeSchema,
  LanguageCodeSchema,
  TEXT_LIMITS,
  TimeZoneSchema,
  WebUrlSchema,
  boundedList,
  boundedText,
} from './common.ts';

export const TRAINING_EVENT_STATUSES = ['confirmed', 'tentative', 'cancelled'] as const;

export const TrainingLocationSchema = z.object({
  name: boundedText(TEXT_LIMITS.short),
  address: z.optional(boundedText(TEXT_LIMITS.medium)),
  url: z.optional(WebUrlSchema),
});

export const SeatsSchema = z.object({
  total: z.int().check(z.minimum(0), z.maximum(100_000)),
  /** May exceed `total`: an overbooked event is shown as full, not rejected. */
  taken: z.int().check(z.minimum(0), z.maximum(100_000)),
});

/**
 * Timed events have date-times with an offset (instants); all-day events have dates, with
 * `end` exclusive as in iCalendar (a one-day event on 1 March ends on 2 March).
 */
const EventMomentSchema = z.union([IsoDateTimeSchema, IsoDateSchema]);

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export const TrainingEventSchema = z
  .object({
    /** Unique in the feed; iCalendar UIDs such as `abc123@example.org` are kept as they are. */
    uid: boundedText(TEXT_LIMITS.short),
    title: boundedText(TEXT_LIMITS.short),
    description: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.long))),
    start: EventMomentSchema,
    end: EventMomentSchema,
    allDay: z.boolean(),
    /** The zone the event is planned in, shown when it differs from the viewer's. */
    timeZone: z.optional(TimeZoneSchema),
    location: z.optional(TrainingLocationSchema),
    onlineUrl: z.optional(WebUrlSchema),
    category: z.optional(boundedText(TEXT_LIMITS.short)),
    /** Languages the event is held in. */
    languages: z.optional(boundedList(LanguageCodeSchema)),
    seats: z.optional(SeatsSchema),
    status: z.enum(TRAINING_EVENT_STATUSES),
    signupUrl: z.optional(WebUrlSchema),
    /** The RRULE the event came from, for display only: occurrences are already expanded. */
    recurrence: z.optional(boundedText(TEXT_LIMITS.medium)),
  })
  .check(
    // Checks JSON Schema cannot express; the generated files describe each field only.
    z.refine((event) => DATE_ONLY.test(event.start) === event.allDay, {
      message: 'An all-day event has a date; a timed event has a date-time with an offset',
      path: ['start'],
    }),
    z.refine((event) => DATE_ONLY.test(event.end) === event.allDay, {
      message: 'An all-day event has a date; a timed event has a date-time with an offset',
      path: ['end'],
    }),
    z.refine((event) => Date.parse(event.end) >= Date.parse(event.start), {
      message: 'The event ends before it starts',
      path: ['end'],
    }),
  );

export const TrainingEventListSchema = z.array(TrainingEventSchema).check(z.maxLength(10_000));

export type TrainingEventStatus = (typeof TRAINING_EVENT_STATUSES)[number];
export type TrainingLocation = z.infer<typeof TrainingLocationSchema>;
export type Seats = z.infer<typeof SeatsSchema>;
export type TrainingEvent = z.infer<typeof TrainingEventSchema>;
