/**
 * The data contract's vocabulary and limits, without zod: the lists, bounds and patterns the
 * schemas are built from, and plain predicates for the two rules a widget needs before its
 * schemas have loaded. The schemas import these, so there is one source; a widget imports them
 * from `@mentorkit/core/vocabulary` and its first render stays free of zod (decision 0007).
 */

/** Upper bounds on text, in UTF-16 code units (what both zod and JSON Schema count). */
export const TEXT_LIMITS = {
  /** A name, title, profession, region: one line. */
  short: 200,
  /** A few sentences: an availability note, an explanation, an answer. */
  medium: 1000,
  /** Free text: motivation, notes, an event description. */
  long: 5000,
  /** A URL; browsers and servers commonly cap them near here. */
  url: 2048,
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

/** An identifier: ASCII letters, digits and `. _ : @ -`, not starting with punctuation. */
export const IDENTIFIER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:@-]*$/;
export const IDENTIFIER_MAX_LENGTH = 128;

/** An http(s) address with a host and no whitespace (besides the URL parser's own check). */
export const WEB_URL_PATTERN = /^https?:\/\/[^\s/?#]+\S*$/;

/** What `IdentifierSchema` accepts (the tests hold the two together). */
export function isIdentifier(value: string): boolean {
  return value.length <= IDENTIFIER_MAX_LENGTH && IDENTIFIER_PATTERN.test(value);
}

/**
 * What `WebUrlSchema` accepts: an http(s) address that the URL parser reads, at most
 * `TEXT_LIMITS.url` characters. Like zod's `url()`, it parses the trimmed value and then checks
 * that value without ASCII tabs and newlines (which the URL parser drops).
 */
export function isWebUrl(value: string): boolean {
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return false;
  try {
    const { protocol } = new URL(trimmed);
    if (protocol !== 'http:' && protocol !== 'https:') return false;
  } catch {
    return false;
  }
  const checked = trimmed.replace(/[\t\n\r]/g, '');
  return checked.length <= TEXT_LIMITS.url && WEB_URL_PATTERN.test(checked);
}
