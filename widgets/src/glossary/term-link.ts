// The link to a term: `#term=<id>` in the page's address, so that a term can be linked to, and
// back and forward move between the terms a person opened (the browser keeps the history).

/** The `term` of a fragment such as `#term=kollektivavtal` (other parameters may sit beside it). */
export function termFromHash(hash: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('term');
  return value ? value : undefined;
}

/** The fragment that opens `id`. */
export function hashForTerm(id: string): string {
  return `#${new URLSearchParams({ term: id }).toString()}`;
}

/** A fragment that names an element of the page (`#main`) rather than parameters (`#term=…`). */
export function isPageAnchor(hash: string): boolean {
  return hash.length > 1 && !hash.includes('=');
}
