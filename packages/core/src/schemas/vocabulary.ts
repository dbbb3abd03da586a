/**
 * The data contract's vocabulary and limits, without zod: the lists, bounds and patterns the
 * schemas are built from, and a plain predicate for identifiers, which a widget needs before its
 * schemas have loaded. The schemas import these, so there is one source; a widget imports them
 * from `@mentorkit/core/vocabulary` and its first render stays free of zod (decision 0007). Web
 * addresses have their own module (`web-url.ts`), so that a widget that only makes links does
 * not carry these lists.
 */
import { WEB_URL_MAX_LENGTH } from './web-url.ts';

/** Upper bounds on text, in UTF-16 code units (what both zod and JSON Schema count). */
export const TEXT_LIMITS = {
  /** A name, title, profession, region: one line. */
  short: 200,
  /** A few sentences: an availability note, an explanation, an answer. */
  medium: 1000,
  /** Free text: motivation, notes, an event description. */
  long: 5000,
  /** A URL; browsers and servers commonly cap them near here. */
  url: WEB_URL_MAX_LENGTH,
  /** RFC 5321's limit on a forward path. */
  email: 254,
} as const;

/** Items in a list (languages, goals, forms…), so that arrays are bounded as strings are. */
export const MAX_LIST_ITEMS = 50;

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

/**
 * How well someone speaks a language: a CEFR level, or `native` for a first language, which
 * CEFR does not grade and which matching weighs most.
 */
export const LANGUAGE_LEVELS = [...CEFR_LEVELS, 'native'] as const;

/** A mentee's Swedish: a CEFR level or the SFI course they are in. */
export const SWEDISH_LEVELS = [...CEFR_LEVELS, 'sfi-a', 'sfi-b', 'sfi-c', 'sfi-d'] as const;

/**
 * What a mentee wants help with, and (as a mentor's or a match's expertise) what a mentor
 * offers; one vocabulary so that the two can be compared.
 */
export const MENTORING_GOALS = [
  'network',
  'cv',
  'interview',
  'workplace-culture',
  'language-practice',
  'degree-validation',
] as const;

/**
 * When someone can meet: structured choices rather than words, so that an answer in any of the
 * form's languages matches (matching used to read Swedish and English words only). The names
 * are the ones matching has used since the start ("weekday-evening", "weekend"), so stored
 * candidates keep their meaning.
 */
export const AVAILABILITY_SLOTS = ['weekday-daytime', 'weekday-evening', 'weekend'] as const;
export type AvailabilitySlot = (typeof AVAILABILITY_SLOTS)[number];

/** How someone can meet. A separate choice from when: evenings may be remote only. */
export const MEETING_MODES = ['in-person', 'remote'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

/** A mentor's capacity: how many mentees at once. */
export const MAX_MENTOR_CAPACITY = 20;

/** An identifier: ASCII letters, digits and `. _ : @ -`, not starting with punctuation. */
export const IDENTIFIER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:@-]*$/;
export const IDENTIFIER_MAX_LENGTH = 128;

/** What `IdentifierSchema` accepts (the tests hold the two together). */
export function isIdentifier(value: string): boolean {
  return value.length <= IDENTIFIER_MAX_LENGTH && IDENTIFIER_PATTERN.test(value);
}
