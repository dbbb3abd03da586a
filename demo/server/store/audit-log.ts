// The audit log: who viewed, exported, changed or erased whose data, and when (issue 19). Kept
// apart from the data it describes: its own table, no foreign keys (an erasure leaves the
// entry that says it happened), and never personal data itself: the actor's account id, the
// route with its ids (never a query string, which may hold a searched name), the subject's id.
// Deleted after its retention by a nightly job (coordinator-auth/audit-retention.ts). Whose data
// an entry is about is read at listing time, joined from the data itself: a person's name shows
// while they exist and is gone with their erasure, never copied into the log.
import type { Queryable } from '../db/database.ts';
import { toIso } from './rows.ts';

export type AuditAction = 'viewed' | 'exported' | 'changed' | 'erased' | 'signed-in' | 'signed-out';

export interface AuditEntry {
  at: Date;
  actorId: string;
  actorRole: string;
  action: AuditAction;
  /** Method and path, ids included: `POST /api/coordinator/signups/su-1/erase`. */
  route: string;
  subjectKind?: 'signup' | 'match' | 'coordinator' | 'programme' | 'training' | 'feed' | undefined;
  subjectId?: string | undefined;
  /** The answer's HTTP status. */
  status: number;
}

export interface StoredAuditEntry extends Omit<AuditEntry, 'at'> {
  id: string;
  at: string;
  /** The actor's name while the account exists; null once it was removed. */
  actorName: string | null;
  /**
   * What the subject is called now, joined at read time: a person's name, a match's mentee and
   * mentor, an account's, a programme's, a training's or a feed's name. Empty once the subject
   * is gone (an erased person) or when the entry has none.
   */
  subjectNames: string[];
}

/** The subject's names now, per kind (each a lookup by the subject's primary key). */
const SUBJECT_NAMES = `CASE a.subject_kind
    WHEN 'signup' THEN ARRAY(SELECT s.name FROM signups s WHERE s.id = a.subject_id)
    WHEN 'match' THEN ARRAY(
      SELECT s.name FROM matches m
        JOIN signups s ON s.id IN (m.mentee_signup_id, m.mentor_signup_id)
       WHERE m.id = a.subject_id
       ORDER BY s.id = m.mentee_signup_id DESC)
    WHEN 'coordinator' THEN ARRAY(SELECT k.name FROM coordinators k WHERE k.id = a.subject_id)
    WHEN 'programme' THEN ARRAY(SELECT p.name FROM programmes p WHERE p.id = a.subject_id)
    WHEN 'training' THEN ARRAY(SELECT t.title FROM trainings t WHERE t.uid = a.subject_id)
    WHEN 'feed' THEN ARRAY(SELECT f.name FROM external_feeds f WHERE f.id = a.subject_id)
    ELSE ARRAY[]::text[]
  END AS subject_names`;

export async function recordAudit(database: Queryable, entry: AuditEntry): Promise<void> {
  await database.query(
    `INSERT INTO audit_log (at, actor_id, actor_role, action, route, subject_kind, subject_id, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      entry.at,
      entry.actorId,
      entry.actorRole,
      entry.action,
      entry.route,
      entry.subjectKind ?? null,
      entry.subjectId ?? null,
      entry.status,
    ],
  );
}

interface AuditRow {
  id: string | number;
  at: unknown;
  actor_id: string;
  actor_role: string;
  action: AuditAction;
  route: string;
  subject_kind: AuditEntry['subjectKind'] | null;
  subject_id: string | null;
  status: number;
  actor_name: string | null;
  subject_names: string[] | null;
}

/** The newest entries first; `subjectId` narrows to one person's (or match's) entries. */
export async function listAudit(
  database: Queryable,
  { subjectId, limit = 200 }: { subjectId?: string; limit?: number } = {},
): Promise<StoredAuditEntry[]> {
  const params: unknown[] = [Math.max(1, Math.min(limit, 1000))];
  let where = '';
  if (subjectId) {
    params.push(subjectId);
    where = 'WHERE a.subject_id = $2';
  }
  const found = await database.query<AuditRow>(
    `SELECT a.id, a.at, a.actor_id, a.actor_role, a.action, a.route, a.subject_kind,
            a.subject_id, a.status, c.name AS actor_name, ${SUBJECT_NAMES}
       FROM audit_log a LEFT JOIN coordinators c ON c.id = a.actor_id
       ${where} ORDER BY a.at DESC, a.id DESC LIMIT $1`,
    params,
  );
  return found.rows.map((row) => ({
    id: String(row.id),
    at: toIso(row.at),
    actorId: row.actor_id,
    actorRole: row.actor_role,
    actorName: row.actor_name,
    action: row.action,
    route: row.route,
    ...(row.subject_kind ? { subjectKind: row.subject_kind } : {}),
    ...(row.subject_id ? { subjectId: row.subject_id } : {}),
    status: Number(row.status),
    subjectNames: row.subject_names ?? [],
  }));
}

/** Deletes the entries older than `cutoff`; how many. */
export async function deleteAuditBefore(database: Queryable, cutoff: Date): Promise<number> {
  const deleted = await database.query('DELETE FROM audit_log WHERE at < $1', [cutoff]);
  return deleted.rowCount;
}
