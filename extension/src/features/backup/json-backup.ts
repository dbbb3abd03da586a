// The JSON backup: a small envelope with a format version around the sessions, one session per
// line so that an error can name its line.
import { SessionLogSchema, type SessionLog } from '@mentorkit/core';
import { lineAt, type ImportError } from './import-errors.ts';
import type { ParsedSessions } from './csv.ts';

export const BACKUP_FORMAT = 'mentorkit-sessions';
export const BACKUP_FORMAT_VERSION = 1;

export function sessionsToJson(sessions: readonly SessionLog[], exportedAt: string): string {
  const head = `{\n  "format": ${JSON.stringify(BACKUP_FORMAT)},\n  "formatVersion": ${BACKUP_FORMAT_VERSION},\n  "exportedAt": ${JSON.stringify(exportedAt)},\n  "sessions": [`;
  const body = sessions.map((session) => `    ${JSON.stringify(session)}`).join(',\n');
  return `${head}${sessions.length ? `\n${body}\n  ` : ''}]\n}\n`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a backup; never throws. Errors name the line each bad session starts on. */
export function jsonToSessions(input: string): ParsedSessions {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const lineMatch = /line (\d+)/.exec(message);
    const positionMatch = /position (\d+)/.exec(message);
    // V8 names a line or a position; at the end of the text it names neither.
    const line = lineMatch
      ? Number(lineMatch[1])
      : positionMatch
        ? lineAt(text, Number(positionMatch[1]))
        : /end of JSON/i.test(message)
          ? lineAt(text.trimEnd(), text.trimEnd().length)
          : 0;
    return { sessions: [], errors: [{ line, code: 'not-json' }] };
  }
  if (!isObject(parsed) || parsed.format !== BACKUP_FORMAT || !Array.isArray(parsed.sessions)) {
    return { sessions: [], errors: [{ line: 0, code: 'not-a-backup' }] };
  }
  if (typeof parsed.formatVersion !== 'number' || parsed.formatVersion > BACKUP_FORMAT_VERSION) {
    return { sessions: [], errors: [{ line: 0, code: 'newer-format' }] };
  }
  const lines = entryLines(text, parsed.sessions.length);
  const sessions: SessionLog[] = [];
  const errors: ImportError[] = [];
  const seen = new Set<string>();
  parsed.sessions.forEach((entry: unknown, index) => {
    const line = lines[index] ?? 0;
    const result = SessionLogSchema.safeParse(entry);
    if (!result.success) {
      const field = String(result.error.issues[0]?.path[0] ?? '');
      errors.push({ line, code: 'invalid-field', ...(field ? { field } : {}) });
    } else if (seen.has(result.data.id)) {
      errors.push({ line, code: 'duplicate-id', field: 'id' });
    } else {
      seen.add(result.data.id);
      sessions.push(result.data);
    }
  });
  return { sessions, errors };
}

/**
 * The line each element of the "sessions" array starts on: a small scan that skips strings and
 * counts nesting, so it works for any layout, not only ours.
 */
function entryLines(text: string, count: number): number[] {
  const start = /"sessions"\s*:\s*\[/.exec(text);
  if (!start) return [];
  const lines: number[] = [];
  let line = lineAt(text, start.index + start[0].length);
  let depth = 0;
  let inString = false;
  let expectEntry = true;
  for (let i = start.index + start[0].length; i < text.length && lines.length <= count; i++) {
    const char = text.charAt(i);
    if (char === '\n') line++;
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (/\s/.test(char)) continue;
    if (depth === 0 && char === ']') break;
    if (depth === 0 && char === ',') {
      expectEntry = true;
      continue;
    }
    if (depth === 0 && expectEntry) {
      lines.push(line);
      expectEntry = false;
    }
    if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
  }
  return lines;
}
