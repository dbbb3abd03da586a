/**
 * Web addresses, the one check for every link we make from text we did not write: what
 * `WebUrlSchema` accepts, without zod, and in a module of its own so that a widget's entry can
 * use it without the rest of the vocabulary.
 */

/** The longest address we accept; browsers and servers commonly cap them near here. */
export const WEB_URL_MAX_LENGTH = 2048;

/** An http(s) address with a host and no whitespace (besides the URL parser's own check). */
export const WEB_URL_PATTERN = /^https?:\/\/[^\s/?#]+\S*$/;

/**
 * What `WebUrlSchema` accepts: an http(s) address that the URL parser reads, at most
 * `WEB_URL_MAX_LENGTH` characters. Like zod's `url()`, it parses the trimmed value and then checks
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
  return checked.length <= WEB_URL_MAX_LENGTH && WEB_URL_PATTERN.test(checked);
}

/**
 * `value` as an absolute address that `isWebUrl` accepts, resolved against `base` (the page's
 * address) when it is relative, or `undefined`: the one check before text from a feed, a page
 * or a partner's attribute becomes a link (`javascript:`, `data:` and the like never do).
 */
export function webHref(value: string, base?: string): string | undefined {
  try {
    const { href } = new URL(value, base);
    return isWebUrl(href) ? href : undefined;
  } catch {
    return undefined;
  }
}
