/**
 * The few rules of the data contract that the form needs at its first render, written here
 * instead of imported from `@mentorkit/core`: importing any of them brings core's schema
 * modules, and zod with them, into the form's entry (decision 0007). They are core's
 * `IdentifierSchema`, `WebUrlSchema`, `TEXT_LIMITS` and `SWEDISH_LEVELS` rule for rule, and
 * contract-rules.test.ts holds them to core, so a change there fails a test here. Everything
 * else is checked by the schemas themselves, in checks.ts.
 */
import type { SwedishLevel } from '@mentorkit/core';

/** `TEXT_LIMITS.short`: a name, a title, a training uid. */
export const SHORT_TEXT_MAX = 200;
/** `TEXT_LIMITS.url`. */
const URL_MAX = 2048;

export const SWEDISH_LEVELS = [
  'A1',
  'A2',
  'B1',
  'B2',
  'C1',
  'C2',
  'sfi-a',
  'sfi-b',
  'sfi-c',
  'sfi-d',
] as const satisfies readonly SwedishLevel[];

const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._:@-]*$/;
const IDENTIFIER_MAX = 128;
const WEB_URL = /^https?:\/\/[^\s/?#]+\S*$/;

/** What `IdentifierSchema` accepts: ASCII letters, digits and `. _ : @ -`, at most 128. */
export function isIdentifier(value: string): boolean {
  return value.length <= IDENTIFIER_MAX && IDENTIFIER.test(value);
}

/**
 * What `WebUrlSchema` accepts: an http(s) address that the URL parser reads, at most 2048
 * characters. Like zod's `url()`, it parses the trimmed value and then checks that value
 * without ASCII tabs and newlines (which the URL parser drops).
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
  return checked.length <= URL_MAX && WEB_URL.test(checked);
}
