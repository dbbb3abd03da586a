/**
 * The urlencoded body for `encoding="form"`, for partners with a plain form handler: nested
 * fields flattened to the dotted paths the data contract uses for errors
 * (`person.email=…`, `profile.languages.0.code=sv`, `answers.licence=true`).
 */
export function toFormBody(value: unknown): URLSearchParams {
  const body = new URLSearchParams();
  const visit = (item: unknown, path: string) => {
    if (item === undefined || item === null) return;
    if (Array.isArray(item)) {
      item.forEach((entry: unknown, index) => visit(entry, path ? `${path}.${index}` : `${index}`));
    } else if (typeof item === 'object') {
      for (const [key, entry] of Object.entries(item)) visit(entry, path ? `${path}.${key}` : key);
    } else if (
      typeof item === 'string' ||
      typeof item === 'number' ||
      typeof item === 'boolean' ||
      typeof item === 'bigint'
    ) {
      body.append(path, String(item));
    }
  };
  visit(value, '');
  return body;
}
