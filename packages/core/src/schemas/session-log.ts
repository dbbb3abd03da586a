/**
 * A mentoring session a mentor logged in the extension. It stays on the mentor's machine
 * unless exported, so the mentee is named by an alias the mentor chose, and the flag for the
 * coordinator is kept apart from the free-text notes.
 */
import * as z from 'zod/mini';
import {
  IdentifierSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  TEXT_LIMITS,
  TimeOfDaySchema,
  boundedList,
  boundedText,
  optionalText,
} from './common.ts';

export const SESSION_MODES = ['in-person', 'video', 'phone', 'workplace-visit', 'chat'] as const;

export const SESSION_TOPICS = [
  'cv',
  'interview',
  'workplace-culture',
  'language',
  'network',
  'degree-validation',
  'job-search',
  'other',
] as const;

/** Ten hours: longer is a typing mistake, not a session. */
export const MAX_SESSION_MINUTES = 600;

export const SessionLogSchema = z.strictObject({
  id: z.uuid(),
  menteeId: IdentifierSchema,
  menteeAlias: boundedText(100),
  /** The day it took place, in the mentor's own calendar (no time zone). */
  date: IsoDateSchema,
  startTime: z.optional(TimeOfDaySchema),
  durationMinutes: z.int().check(z.minimum(1), z.maximum(MAX_SESSION_MINUTES)),
  mode: z.enum(SESSION_MODES),
  topics: boundedList(z.enum(SESSION_TOPICS)),
  /** May be empty: a routine session is logged in seconds. */
  notes: optionalText(TEXT_LIMITS.long),
  /**
   * The mentor ticked "share this note with the coordinator" for this session: only then does
   * the note leave the browser when the extension is connected to a programme.
   */
  shareNote: z.optional(z.boolean()),
  /** How it went, 1 (badly) to 5 (very well). */
  rating: z.optional(z.int().check(z.minimum(1), z.maximum(5))),
  /** Raise it with the coordinator; kept apart from the notes so it is never missed. */
  needsAttention: z.boolean(),
  /** What to do before the next session. */
  followUp: z.optional(boundedText(TEXT_LIMITS.medium)),
  /**
   * The day to be reminded of the follow-up, in the mentor's own calendar: the extension shows
   * a browser notification that morning (when the mentor allowed notifications).
   */
  followUpOn: z.optional(IsoDateSchema),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});

export type SessionMode = (typeof SESSION_MODES)[number];
export type SessionTopic = (typeof SESSION_TOPICS)[number];
export type SessionLog = z.infer<typeof SessionLogSchema>;
