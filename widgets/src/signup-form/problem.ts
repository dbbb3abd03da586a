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
  /** The training could not be signed up for, and why (the reference backend says so). */
  readonly training?: TrainingRefusal;
}

/** Why a training took no signup, with the date to offer instead when the server named one. */
export interface TrainingRefusal {
  readonly reason: 'full' | 'cancelled' | 'unknown';
  readonly next?: TrainingDate;
}

/** Another date of a training: what the form offers when the chosen one is full. */
export interface TrainingDate {
  readonly uid: string;
  readonly title: string;
  /** An ISO 8601 instant. */
  readonly start: string;
  readonly timeZone: string;
}

/** The problem types of a refused training, as the reference backend names them. */
const TRAINING_PROBLEM =
  /^https:\/\/mentorkit\.example\/problems\/training-(full|cancelled|unknown)$/;

const MAX_ERRORS = 50;
const MAX_TEXT = 500;

function bounded(value: unknown): string | undefined {
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
  const training = trainingRefusal(record);
  return {
    ...(title === undefined ? {} : { title }),
    errors,
    ...(training ? { training } : {}),
  };
}

/** The refused training in a problem, its `next` date kept only when every part of it is sound. */
function trainingRefusal(record: Record<string, unknown>): TrainingRefusal | undefined {
  const type = record['type'];
  const reason = typeof type === 'string' ? TRAINING_PROBLEM.exec(type)?.[1] : undefined;
  if (reason !== 'full' && reason !== 'cancelled' && reason !== 'unknown') return undefined;
  const next = record['next'];
  if (typeof next !== 'object' || next === null) return { reason };
  const { uid, title, start, timeZone } = next as Record<string, unknown>;
  const date = {
    uid: bounded(uid),
    title: bounded(title),
    start: bounded(start),
    timeZone: bounded(timeZone),
  };
  if (!date.uid || !date.title || !date.start || !date.timeZone) return { reason };
  if (Number.isNaN(Date.parse(date.start)) || !isTimeZone(date.timeZone)) return { reason };
  return {
    reason,
    next: { uid: date.uid, title: date.title, start: date.start, timeZone: date.timeZone },
  };
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
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
