/**
 * One `Intl` formatter per locale tag and options, reused: constructing an
 * `Intl.DateTimeFormat` costs tens of microseconds, formatting with one a microsecond, and a list
 * of a large feed formats thousands of dates with a handful of option sets (issue 22). Options
 * are keyed as JSON: each call site writes its options in one order, so that is one key each.
 */

/** Formatters kept per kind; past this many (a page cycling through zones) the cache starts over. */
const LIMIT = 256;

export function memoised<T>(
  cache: Map<string, T>,
  tag: string,
  options: object | undefined,
  make: () => T,
): T {
  const key = tag + JSON.stringify(options);
  let formatter = cache.get(key);
  if (formatter === undefined) {
    if (cache.size >= LIMIT) cache.clear();
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}
