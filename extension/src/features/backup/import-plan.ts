// What an import would do, shown before anything is written; and the reminder to back up.
import type { SessionLog } from '@mentorkit/core';
import { csvToSessions, type ParsedSessions } from './csv.ts';
import { jsonToSessions } from './json-backup.ts';
import { BACKUP_REMINDER_DAYS } from '../../storage/summary.ts';

export type ImportMode = 'merge' | 'replace';

/** Reads a CSV (either dialect) or a JSON backup, by its content. */
export function parseBackupFile(text: string): ParsedSessions {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('{') || start.startsWith('[')
    ? jsonToSessions(text)
    : csvToSessions(text);
}

export interface ImportPreview {
  /** Sessions in the file that are not stored yet. */
  added: number;
  /** Sessions in the file that replace a stored one with different content. */
  changed: number;
  /** Sessions in the file identical to a stored one. */
  unchanged: number;
  /** Stored sessions that a replace would remove (not in the file). */
  removedByReplace: number;
}

export function previewImport(
  stored: readonly SessionLog[],
  incoming: readonly SessionLog[],
): ImportPreview {
  const byId = new Map(stored.map((session) => [session.id, session]));
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  const incomingIds = new Set<string>();
  for (const session of incoming) {
    incomingIds.add(session.id);
    const existing = byId.get(session.id);
    if (!existing) added++;
    else if (sameSession(existing, session)) unchanged++;
    else changed++;
  }
  const removedByReplace = stored.filter((session) => !incomingIds.has(session.id)).length;
  return { added, changed, unchanged, removedByReplace };
}

/** Field by field, whatever the key order. */
export function sameSession(a: SessionLog, b: SessionLog): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

export function canonical(session: SessionLog): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(session)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/**
 * How many sessions are older than 30 days (by when they were logged) and changed since the last
 * export. More than zero: remind the mentor to back up.
 */
export function sessionsNeedingBackup(
  sessions: readonly SessionLog[],
  lastExportAt: string | undefined,
  now: Date,
): number {
  const cutoff = now.getTime() - BACKUP_REMINDER_DAYS * 24 * 60 * 60 * 1000;
  const exported = lastExportAt ? Date.parse(lastExportAt) : -Infinity;
  return sessions.filter(
    (session) =>
      Date.parse(session.createdAt) <= cutoff && Date.parse(session.updatedAt) > exported,
  ).length;
}
