/**
 * What the mentor's extension sends a programme's backend about one logged session, once the
 * mentor connected it to that programme: the summary a coordinator needs to follow a match and
 * nothing else. The mentee's alias, the follow-up and (unless the mentor shared it for that
 * session) the notes stay in the browser. One schema for both ends: the extension builds the
 * summary with it and the backend validates what arrives with it.
 */
import * as z from 'zod/mini';
import {
  IsoDateSchema,
  IsoDateTimeSchema,
  TEXT_LIMITS,
  boundedList,
  boundedText,
} from './common.ts';
import {
  MAX_SESSION_MINUTES,
  SESSION_MODES,
  SESSION_TOPICS,
  type SessionLog,
} from './session-log.ts';

export const SessionSummarySchema = z.strictObject({
  /** The session's id in the mentor's log: the same session sent again replaces the first. */
  sessionId: z.uuid(),
  date: IsoDateSchema,
  durationMinutes: z.int().check(z.minimum(1), z.maximum(MAX_SESSION_MINUTES)),
  mode: z.enum(SESSION_MODES),
  topics: boundedList(z.enum(SESSION_TOPICS)),
  rating: z.optional(z.int().check(z.minimum(1), z.maximum(5))),
  needsAttention: z.boolean(),
  /** Present only when the mentor ticked "share this note with the coordinator". */
  note: z.optional(boundedText(TEXT_LIMITS.long)),
  /** When the mentor last changed the session: an older change arriving late is ignored. */
  updatedAt: IsoDateTimeSchema,
});

export type SessionSummary = z.infer<typeof SessionSummarySchema>;

/** The summary of `session` that may leave the browser (the note only when shared). */
export function summaryOfSession(session: SessionLog): SessionSummary {
  const note = session.shareNote ? session.notes.trim() : '';
  return {
    sessionId: session.id,
    date: session.date,
    durationMinutes: session.durationMinutes,
    mode: session.mode,
    topics: [...session.topics],
    ...(session.rating !== undefined ? { rating: session.rating } : {}),
    needsAttention: session.needsAttention,
    ...(note ? { note } : {}),
    updatedAt: session.updatedAt,
  };
}

/** What the backend answers when the mentor connects the extension with their match link. */
export const ExtensionConnectionSchema = z.strictObject({
  /** The connection's own token (sent as a Bearer token); the backend keeps only its hash. */
  token: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
  /** The mentee's first name as the programme knows it, for the mentor to recognise the match. */
  menteeName: boundedText(100),
});

export type ExtensionConnection = z.infer<typeof ExtensionConnectionSchema>;

/** What the extension sends to connect: the token of the mentor's own match link. */
export const ExtensionConnectRequestSchema = z.strictObject({
  matchToken: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
});
