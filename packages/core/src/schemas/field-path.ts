/**
 * Field paths in the form the data contract uses for server errors
 * (`application/problem+json` with `errors: [{ field: "person.email" }]`), so that a widget
 * shows a zod issue and a server's error at the same field.
 */
import type * as z from 'zod/mini';

/** `['person', 'email']` → `person.email`; `['languages', 0, 'code']` → `languages.0.code`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join('.');
}

/** The distinct field paths a validation error names, in the order first named. */
export function invalidFieldPaths(error: z.core.$ZodError): string[] {
  return [...new Set(error.issues.map((issue) => fieldPath(issue.path)))];
}
