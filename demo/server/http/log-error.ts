// What the server writes to its log about a failure: the kind of error, its code and its
// message, never the error object. A database driver's error carries the query and its
// parameters (PGlite's `params`, a constraint's `detail` with the value), and a failed signup's
// parameters are the person: name, e-mail, the whole submission. PostgreSQL also quotes a
// refused value in the message itself (`invalid input syntax for type integer: "anna@…"`), so
// quoted parts of a message are left out too; the SQLSTATE code says what went wrong.
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  const codePart = typeof code === 'string' || typeof code === 'number' ? ` [${code}]` : '';
  const message = error.message.replace(/"[^"]*"/g, '"…"').slice(0, 300);
  return `${error.name}${codePart}: ${message}`;
}
