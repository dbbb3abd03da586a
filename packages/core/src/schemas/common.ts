/**
 * Building blocks shared by the data-contract schemas. Every string is bounded, so a huge or
 * hostile payload is rejected by validation rather than stored or rendered; every check is one
 * that JSON Schema can express too (lengths, patterns, enums), so a partner's backend in any
 * language validates the same way from the generated `schemas/*.schema.json`.
 */
import * as z from 'zod/mini';
import { SUPPORTED_LOCALES } from '../i18n/locales.ts';

import {
  CEFR_LEVELS,
  IDENTIFIER_MAX_LENGTH,
  IDENTIFIER_PATTERN,
  LANGUAGE_LEVELS,
  MAX_LIST_ITEMS,
  MENTORING_GOALS,
  TEXT_LIMITS,
} from './vocabulary.ts';
import { WEB_URL_PATTERN } from './web-url.ts';

// Re-exported for the schema modules beside this one, which build on these.
export { CEFR_LEVELS, LANGUAGE_LEVELS, MAX_LIST_ITEMS, MENTORING_GOALS, TEXT_LIMITS };

/**
 * Text a person could have typed: no control characters but tab and line breaks (PostgreSQL
 * refuses NUL outright, and the person's signup was then never stored), no bidirectional
 * overrides or isolates (they make a name read as another), and no lone UTF-16 surrogate
 * (not text at all). A JSON Schema pattern as written, so every backend refuses the same.
 */
export const STORABLE_TEXT_PATTERN =
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  /^(?:[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

/** Required text of at most `maxLength` that is not only whitespace. */
export function boundedText(maxLength: number) {
  return z
    .string()
    .check(z.minLength(1), z.maxLength(maxLength), z.regex(/\S/), z.regex(STORABLE_TEXT_PATTERN));
}

/** Text that may be empty (notes left blank), still bounded. */
export function optionalText(maxLength: number) {
  return z.string().check(z.maxLength(maxLength), z.regex(STORABLE_TEXT_PATTERN));
}

/** A list of at most {@link MAX_LIST_ITEMS} items, at least `minItems` of them. */
export function boundedList<Item extends z.core.SomeType>(item: Item, minItems = 0) {
  return z.array(item).check(z.minLength(minItems), z.maxLength(MAX_LIST_ITEMS));
}

/**
 * An identifier chosen by a backend or by us (programme, match, mentee, glossary term):
 * ASCII letters, digits and `. _ : @ -`, so that it is safe in URLs, attributes and CSV.
 */
export const IdentifierSchema = z
  .string()
  .check(z.maxLength(IDENTIFIER_MAX_LENGTH), z.regex(IDENTIFIER_PATTERN));

/**
 * A web address that can only be followed as a web page. Both the URL check and the
 * pattern are needed: `format: "uri"` in JSON Schema would accept `javascript:alert(1)`,
 * and the pattern keeps a partner's validator as strict as ours.
 */
export const WebUrlSchema = z
  .url({ protocol: /^https?$/ })
  .check(z.maxLength(TEXT_LIMITS.url), z.regex(WEB_URL_PATTERN));

export const EmailSchema = z.email().check(z.maxLength(TEXT_LIMITS.email));

/** A phone number as people write it: `070-123 45 67`, `+46 70 123 45 67`, `(08) 123 456`. */
export const PhoneSchema = z.string().check(z.regex(/^\+?[0-9(][0-9 ()./-]{3,28}[0-9]$/));

/** An instant: ISO 8601 date-time with `Z` or an offset (`2025-03-01T10:00:00+01:00`). */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date();

/** A time of day, `HH:MM`, 24-hour. */
export const TimeOfDaySchema = z.iso.time({ precision: -1 });

/** An IANA time-zone name (`Europe/Stockholm`, `UTC`); Windows names are converted before. */
export const TimeZoneSchema = z
  .string()
  .check(z.maxLength(64), z.regex(/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/));

/** The languages the widgets and the extension are written in. */
export const LocaleSchema = z.enum(SUPPORTED_LOCALES);

/**
 * Any language a person speaks, as a BCP 47 tag (`pl`, `ar`, `prs`, `sv-FI`): people speak
 * many more languages than we translate into.
 */
export const LanguageCodeSchema = z
  .string()
  .check(z.maxLength(35), z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/));

/** ISO 3166-1 alpha-2 country code, upper case (`SE`, `SY`, `AF`). */
export const CountryCodeSchema = z.string().check(z.regex(/^[A-Z]{2}$/));

export const LanguageLevelSchema = z.enum(LANGUAGE_LEVELS);

export const LanguageSkillSchema = z.object({
  code: LanguageCodeSchema,
  level: LanguageLevelSchema,
});

export const MentoringGoalSchema = z.enum(MENTORING_GOALS);

export type LanguageLevel = z.infer<typeof LanguageLevelSchema>;
export type LanguageSkill = z.infer<typeof LanguageSkillSchema>;
export type MentoringGoal = z.infer<typeof MentoringGoalSchema>;
