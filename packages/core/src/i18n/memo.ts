/**
 * One `Intl` formatter per locale tag and options, reused: constructing an
 * `Intl.DateTimeFormat` costs tens of microseconds, formatting with one a microsecond, and a list
 * of a large feed formats thousands of dates with a handful of option sets (issue 22).
 */

/** Formatters kept per kind; past this many (a page cycling through zones) the cache starts over. */
const LIMIT = 256;

/** `options` as a key that does not depend on the order its properties were written in. */
function keyOf(tag: string, options: object | undefined): string {
  if (!options) return tag;
  let key = tag;
  for (const name of Object.keys(options).sort()) {
    // Intl's options are strings, numbers and booleans; JSON keys them all alike.
    const value = (options as Record<string, unknown>)[name];
    if (value !== undefined) key += `|${name}=${JSON.stringify(value)}`;
  }
  return key;
}

export function memoised<T>(
  cache: Map<string, T>,
  tag: string,
  options: object | undefined,
  make: () => T,
): T {
  const key = keyOf(tag, options);
  let formatter = cache.get(key);
  if (formatter === undefined) {
    if (cache.size >= LIMIT) cache.clear();
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}
