/**
 * Which field a path belongs to. Kept apart from validation.ts (which brings zod) because the
 * form's first render and the server's field errors need it without the schema.
 */

export const CONSENT_PATH = 'consent';

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
