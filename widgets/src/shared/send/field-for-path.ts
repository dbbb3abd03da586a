/**
 * Which field a server's error path belongs to. Kept apart from the widgets' validation (which
 * brings zod) because a form's first render and the server's field errors need it without the
 * schema.
 */

/**
 * The field that shows an error at `path`: the longest field path that is `path` or a parent
 * of it (`profile.languages.0.level` → `profile.languages`). `undefined` when none matches.
 */
export function fieldForPath(path: string, fields: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const field of fields) {
    const matches = path === field || path.startsWith(`${field}.`);
    if (matches && (best === undefined || field.length > best.length)) best = field;
  }
  return best;
}
