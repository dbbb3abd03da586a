// Writing answers: JSON, problem+json (RFC 9457) and the field errors of the data contract.
import type { ServerResponse } from 'node:http';

export interface FieldError {
  /** A dotted path as `fieldPath` writes it: `person.email`, `profile.languages.0.code`. */
  field: string;
  detail: string;
}

export interface Problem {
  status: number;
  title: string;
  detail?: string;
  /** A URI naming the kind of problem; `about:blank` when the status says it all. */
  type?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

export function sendProblem(
  response: ServerResponse,
  problem: Problem,
  headers: Record<string, string> = {},
): void {
  const body = { type: 'about:blank', ...problem };
  const text = JSON.stringify(body);
  response.writeHead(problem.status, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

export function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  contentType: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

/** Thrown by handlers to answer with a problem; the router writes it. */
export class HttpProblem extends Error {
  readonly problem: Problem;
  readonly headers: Record<string, string>;

  constructor(problem: Problem, headers: Record<string, string> = {}) {
    super(problem.detail ?? problem.title);
    this.problem = problem;
    this.headers = headers;
  }
}
