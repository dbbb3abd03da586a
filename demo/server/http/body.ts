// Reading a request body with a size limit, as JSON or as an urlencoded form.
import type { IncomingMessage } from 'node:http';
import { HttpProblem } from './respond.ts';

/** What a signup may weigh: the schema's own bounds stay well below this. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

function tooLarge(limit: number): HttpProblem {
  return new HttpProblem({
    status: 413,
    title: 'Payload too large',
    detail: `The body may be at most ${limit} bytes.`,
  });
}

/** The body as text; 413 as soon as it passes `limit` (announced or streamed). */
export async function readBody(
  request: IncomingMessage,
  limit = DEFAULT_BODY_LIMIT,
): Promise<string> {
  const announced = Number(request.headers['content-length']);
  if (Number.isFinite(announced) && announced > limit) {
    request.resume();
    throw tooLarge(limit);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      request.resume();
      throw tooLarge(limit);
    }
    chunks.push(chunk);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new HttpProblem({ status: 400, title: 'Bad request', detail: 'The body is not UTF-8.' });
  }
}

export function mediaType(request: IncomingMessage): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The body parsed by its content type: JSON, or an urlencoded form turned into an object. */
export async function readStructuredBody(
  request: IncomingMessage,
  {
    limit = DEFAULT_BODY_LIMIT,
    numericFields = new Set<string>(),
  }: { limit?: number; numericFields?: ReadonlySet<string> } = {},
): Promise<unknown> {
  const type = mediaType(request);
  if (type !== 'application/json' && type !== 'application/x-www-form-urlencoded') {
    request.resume();
    throw new HttpProblem({
      status: 415,
      title: 'Unsupported media type',
      detail: 'Send application/json or application/x-www-form-urlencoded.',
    });
  }
  const text = await readBody(request, limit);
  if (type === 'application/json') {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new HttpProblem({
        status: 400,
        title: 'Bad request',
        detail: 'The body is not valid JSON.',
      });
    }
  }
  return formToObject(new URLSearchParams(text), numericFields);
}

const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * An urlencoded form as the nested object the schema expects: `person.email=…` sets
 * `person.email`; `profile.languages.0.code=sv` builds an array; a repeated key
 * (`profile.goals=cv&profile.goals=network`) gives a list. Values stay strings except the
 * paths in `numericFields`, which a form cannot send as numbers.
 */
export function formToObject(form: URLSearchParams, numericFields: ReadonlySet<string>): unknown {
  const root: Record<string, unknown> = {};
  const keys = [...new Set(form.keys())];
  for (const key of keys) {
    const segments = key.split('.');
    if (segments.some((segment) => segment === '' || UNSAFE_KEYS.has(segment))) {
      throw new HttpProblem({
        status: 400,
        title: 'Bad request',
        detail: `Not a field name: ${key.slice(0, 100)}`,
      });
    }
    const values = form
      .getAll(key)
      .map((value) =>
        numericFields.has(key) && /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value,
      );
    let target: Record<string, unknown> = root;
    segments.forEach((segment, index) => {
      if (index === segments.length - 1) {
        target[segment] = values.length > 1 ? values : values[0];
        return;
      }
      const nextIsIndex = /^\d+$/.test(segments[index + 1]!);
      if (typeof target[segment] !== 'object' || target[segment] === null) {
        target[segment] = nextIsIndex ? [] : {};
      }
      target = target[segment] as Record<string, unknown>;
    });
  }
  return root;
}
