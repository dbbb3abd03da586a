// The JSON reader of a glossary pack: an array of terms, or `{ "name": …, "terms": [ … ] }`, with
// the line each term starts on, so that errors point at the term in the user's file.
import { fail, type RowsResult } from './import-errors.ts';

export function readJsonRows(content: string): RowsResult {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(jsonErrorLine(content, message), '', 'unreadable', `Not valid JSON: ${message}`);
  }
  let terms: unknown;
  let name: string | undefined;
  if (Array.isArray(data)) terms = data;
  else if (isRecord(data) && Array.isArray(data['terms'])) {
    terms = data['terms'];
    if (typeof data['name'] === 'string' && data['name'].trim()) name = data['name'].trim();
  } else {
    return fail(
      1,
      '',
      'invalid-value',
      'Expected an array of terms or an object { "name": …, "terms": [ … ] }.',
    );
  }
  const list = terms as unknown[];
  const lines = arrayElementLines(content, !Array.isArray(data));
  return {
    ok: true,
    name,
    rows: list.map((value, index) => ({
      line: lines[index] ?? 1,
      value,
      fieldName: (path: string[]) => path.join('.'),
    })),
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineAt(content: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < content.length; i++) if (content.charCodeAt(i) === 10) line++;
  return line;
}

/** The line of a JSON syntax error, when the engine's message has it ("line 3", "position 12"). */
function jsonErrorLine(content: string, message: string): number {
  const line = /line (\d+)/.exec(message)?.[1];
  if (line) return Number(line);
  const position = /position (\d+)/.exec(message)?.[1];
  // Chrome and node name no position ("… is not valid JSON"): 0 stands for the whole file.
  return position ? lineAt(content, Number(position)) : 0;
}

/**
 * The line on which each element of the terms array starts: the top-level array, or the
 * `terms` array of a top-level object. A small scanner over already-valid JSON (strings and
 * nesting only), so that errors point at the term in the user's file.
 */
function arrayElementLines(content: string, termsInObject: boolean): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let targetDepth = termsInObject ? -1 : 1;
  let expectElement = false;
  let lastKey = '';
  for (let i = 0; i < content.length; i++) {
    const char = content[i];
    if (char === '\n') {
      line++;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r') continue;
    if (expectElement && char !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (char === '"') {
      let end = i + 1;
      while (end < content.length && content[end] !== '"') end += content[end] === '\\' ? 2 : 1;
      if (depth === 1 && termsInObject) lastKey = content.slice(i + 1, end);
      i = end;
    } else if (char === '{' || char === '[') {
      depth++;
      if (termsInObject && depth === 2 && char === '[' && lastKey === 'terms') targetDepth = 2;
      if (char === '[' && depth === targetDepth) expectElement = true;
    } else if (char === '}' || char === ']') {
      if (depth === targetDepth && char === ']') targetDepth = termsInObject ? -1 : 1;
      depth--;
    } else if (char === ',' && depth === targetDepth) {
      expectElement = true;
    }
  }
  return lines;
}
