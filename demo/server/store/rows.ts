// Small helpers for rows: both adapters return timestamptz as Date, but a value that went
// through JSON (or a driver configured otherwise) may be a string.
export function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

export function toIso(value: unknown): string {
  return toDate(value).toISOString();
}

export function optionalIso(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : toIso(value);
}
