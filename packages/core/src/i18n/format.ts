/**
 * Dates, times, numbers, lists and language names through `Intl`, in a supported locale.
 * Each function picks an `Intl` tag the engine has data for (see `intlLocaleFor`), so an
 * engine without, say, Tigrinya data formats in English instead of throwing.
 */
import { intlLocaleFor } from './locales.ts';
import type { Locale } from './locales.ts';
import { memoised } from './memo.ts';

/** A moment as a `Date`, epoch milliseconds, or an ISO 8601 string (date or date-time). */
export type DateInput = Date | number | string;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Options that say which parts to show; `Intl` forbids mixing them with `dateStyle`/`timeStyle`. */
const FIELD_OPTIONS = [
  'dateStyle',
  'timeStyle',
  'weekday',
  'era',
  'year',
  'month',
  'day',
  'dayPeriod',
  'hour',
  'minute',
  'second',
  'fractionalSecondDigits',
  'timeZoneName',
] as const;

/**
 * A calendar date (`2025-03-01`, as all-day events have) names a day, not an instant: it is
 * read as midnight UTC and formatted in UTC, so it shows as the same day in every time zone.
 */
function toDateAndZone(value: DateInput): { date: Date; forcedTimeZone?: 'UTC' } {
  if (typeof value === 'string' && DATE_ONLY.test(value)) {
    return { date: new Date(`${value}T00:00:00Z`), forcedTimeZone: 'UTC' };
  }
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    // Data reaches formatting after schema validation, so this is a programming error.
    throw new RangeError(`Cannot format an invalid date: ${String(value)}`);
  }
  return { date };
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const displayNames = new Map<string, Intl.DisplayNames>();

function formatDateTime(
  value: DateInput,
  locale: Locale,
  defaults: Intl.DateTimeFormatOptions,
  options: Intl.DateTimeFormatOptions | undefined,
): string {
  const { date, forcedTimeZone } = toDateAndZone(value);
  const choosesFields = FIELD_OPTIONS.some((field) => options?.[field] !== undefined);
  const resolved: Intl.DateTimeFormatOptions = {
    // Mentees in Sweden live by the Gregorian calendar; Persian's default is the Solar Hijri.
    calendar: 'gregory',
    // Options that only set, say, `timeZone` keep the default style.
    ...(choosesFields ? {} : defaults),
    ...options,
  };
  if (forcedTimeZone) resolved.timeZone = forcedTimeZone;
  const tag = intlLocaleFor(locale);
  return memoised(dateFormats, tag, resolved, () => new Intl.DateTimeFormat(tag, resolved)).format(
    date,
  );
}

/** A date, by default in the medium style (`1 mars 2025`). Pass `timeZone` for an event's zone. */
export function formatDate(
  value: DateInput,
  locale: Locale,
  options?: Intl.DateTimeFormatOptions,
): string {
  return formatDateTime(value, locale, { dateStyle: 'medium' }, options);
}

/** A time of day, by default hours and minutes (`10:00`). */
export function formatTime(
  value: DateInput,
  locale: Locale,
  options?: Intl.DateTimeFormatOptions,
): string {
  return formatDateTime(value, locale, { timeStyle: 'short' }, options);
}

/**
 * The name of `timeZone` at a moment in `locale` (`centraleuropeisk normaltid`, `CET`), or the
 * zone's id when the engine has no name for it.
 */
export function formatTimeZoneName(
  value: DateInput,
  locale: Locale,
  timeZone: string,
  style: 'long' | 'short' = 'long',
): string {
  const { date } = toDateAndZone(value);
  const tag = intlLocaleFor(locale);
  const options = { timeZone, timeZoneName: style } as const;
  const parts = memoised(
    dateFormats,
    tag,
    options,
    () => new Intl.DateTimeFormat(tag, options),
  ).formatToParts(date);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

export function formatNumber(
  value: number,
  locale: Locale,
  options?: Intl.NumberFormatOptions,
): string {
  const tag = intlLocaleFor(locale, Intl.NumberFormat);
  return memoised(numberFormats, tag, options, () => new Intl.NumberFormat(tag, options)).format(
    value,
  );
}

/** `a, b och c`: a conjunction by default; pass `{ type: 'disjunction' }` for "or". */
export function formatList(
  items: readonly string[],
  locale: Locale,
  options?: Intl.ListFormatOptions,
): string {
  const tag = intlLocaleFor(locale, Intl.ListFormat);
  return memoised(listFormats, tag, options, () => new Intl.ListFormat(tag, options)).format(items);
}

/**
 * The name of language `code` (BCP 47, e.g. `ar`, `prs`, `pl`) in `locale`; for the name a
 * speaker uses for their own language, pass it as both (`languageName('ar', 'ar')`). Returns
 * the code itself when it is malformed or the engine has no name for it.
 */
export function languageName(code: string, locale: Locale): string {
  try {
    const tag = intlLocaleFor(locale, Intl.DisplayNames);
    const names = memoised(
      displayNames,
      tag,
      undefined,
      () => new Intl.DisplayNames(tag, { type: 'language', fallback: 'none' }),
    );
    return names.of(code) ?? code;
  } catch {
    // `of` throws a RangeError for a code that is not a well-formed language tag.
    return code;
  }
}
