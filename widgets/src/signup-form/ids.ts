/** Element ids inside the shadow root, derived from field paths (`person.email` → `mk-person-email`). */
export function controlId(path: string): string {
  return `mk-${path.replace(/[^\w-]/g, '-')}`;
}

export const errorId = (path: string): string => `${controlId(path)}-error`;
export const hintId = (path: string): string => `${controlId(path)}-hint`;

/** The `aria-describedby` value for a field with these parts, or `undefined` for none. */
export function describedBy(
  path: string,
  parts: { hint: boolean; error: boolean },
): string | undefined {
  const ids = [parts.hint ? hintId(path) : '', parts.error ? errorId(path) : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
