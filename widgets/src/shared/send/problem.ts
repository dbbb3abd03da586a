/**
 * Reads a server's field errors from an RFC 9457 `application/problem+json` answer, as the
 * data contract has them: `{ "errors": [{ "field": "person.email", "detail": "…" }] }`. What
 * comes back is shown as text at the fields, so it is bounded here (count and length) and
 * anything of another shape is dropped rather than trusted.
 */
export interface ServerFieldError {
  /** A field path, `person.email`; empty when the error is about the whole submission. */
  readonly field: string;
  readonly detail: string;
}

export interface Problem {
  readonly title?: string;
  readonly errors: ServerFieldError[];
  /**
   * The problem's members as sent (`type`, RFC 9457 extension members): unchecked, for a
   * reader that knows one (training-refusal.ts) to check.
   */
  readonly members: Readonly<Record<string, unknown>>;
}

const MAX_ERRORS = 50;
const MAX_TEXT = 500;

/** `value` as trimmed text of at most 500 characters; `undefined` when it is none. */
export function bounded(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text.slice(0, MAX_TEXT);
}

/** The problem in `body` (already parsed JSON); `undefined` unless it is an object. */
export function parseProblem(body: unknown): Problem | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  const errors: ServerFieldError[] = [];
  if (Array.isArray(record['errors'])) {
    for (const entry of (record['errors'] as unknown[]).slice(0, MAX_ERRORS)) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { field, detail } = entry as Record<string, unknown>;
      const text = bounded(detail);
      if (text === undefined) continue;
      errors.push({ field: typeof field === 'string' ? field.slice(0, 200) : '', detail: text });
    }
  }
  const title = bounded(record['title']);
  return { ...(title === undefined ? {} : { title }), errors, members: record };
}

/** Reads the problem from `response` when it says it is JSON; `undefined` otherwise. */
export async function readProblem(response: Response): Promise<Problem | undefined> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!/^application\/(problem\+)?json\b/i.test(type.trim())) return undefined;
  try {
    return parseProblem(await response.json());
  } catch {
    return undefined;
  }
}
