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

/** Refuses bytes that are not UTF-8; one for every request (decoding keeps no state between). */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

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
  // The stream's events, not `for await`: its async iterator cost each signup more than reading
  // the small body itself (issue 23; a promise per chunk and an end-of-stream watcher).
  await new Promise<void>((resolve, reject) => {
    let size = 0;
    const stop = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stop();
        request.resume();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve();
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    // Closed before its end (the client went away): as `for await` did, a failed read.
    const onClose = () => {
      stop();
      reject(new Error('The request closed before its body ended.'));
    };
    if (request.readableEnded) {
      resolve();
      return;
    }
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
    request.on('close', onClose);
  });
  try {
    return UTF8.decode(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
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
