/** What the feed parsers share: the window they expand into, what they return, how they fail. */
import type { TrainingEvent } from '@mentorkit/core';

/** The period to show: whole days, `from` to `until` inclusive, read in `zone`. */
export interface CalendarWindow {
  /** First day shown, `YYYY-MM-DD`. */
  from: string;
  /** Last day shown, `YYYY-MM-DD`. */
  until: string;
  /** The zone the days are read in (the `time-zone` attribute, else the viewer's). */
  zone: string;
}

export interface ExpandOptions {
  window: CalendarWindow;
  /** Occurrences kept per recurring event (default {@link MAX_OCCURRENCES}). */
  maxOccurrences?: number;
}

/** A rule (say FREQ=DAILY for years) yields at most this many occurrences in the window. */
export const MAX_OCCURRENCES = 1000;

export interface FeedResult {
  /** Occurrences in the window, sorted by start. */
  events: TrainingEvent[];
  /** Events that could not be read and were left out. */
  skipped: number;
  /**
   * What the iCalendar reader had to tolerate to read the feed (a producer's departures from
   * RFC 5545 that lenient readers accept; see docs/decisions/0012), in a fixed order.
   */
  tolerated?: string[];
}

/** Why a feed was refused as a whole (network failures come from the data controller). */
export type FeedErrorKind = 'not-calendar' | 'malformed';

export class FeedError extends Error {
  readonly kind: FeedErrorKind;
  constructor(kind: FeedErrorKind, message: string) {
    super(message);
    this.name = 'FeedError';
    this.kind = kind;
  }
}
