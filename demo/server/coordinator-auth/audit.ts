// What of a coordinator's request goes into the audit log, decided in one place for every
// coordinator route (backend.ts calls `auditRequest` after a route answered): reading people's
// data (lists and one person), exporting it, erasing it, and every change. Reading what holds
// nobody's data (the trainings, the calendar feeds, the occupation search, the report's counts)
// is not logged. A route may name the subject its path does not (`auditSubject`), as the
// proposal of a match names the new match.
import type { IncomingMessage } from 'node:http';
import type { BackendContext } from '../api/context.ts';
import { describeError } from '../http/log-error.ts';
import { recordAudit, type AuditAction, type AuditEntry } from '../store/audit-log.ts';
import { subjectOfPath, type Actor } from './authorize.ts';

/** GET paths that answer people's data: viewing them is logged. */
const PERSONAL_READS =
  /^\/api\/coordinator\/(signups|matches|shared-sessions|outbox|coordinators|audit)(\/|\.csv$|$)/;
const EXPORTS = /^\/api\/coordinator\/(signups\.csv|signups\/[^/]+\/export)$/;
const ERASURES = /^\/api\/coordinator\/signups\/[^/]+\/erase$/;

type Subject = Pick<AuditEntry, 'subjectKind' | 'subjectId'>;
const namedSubjects = new WeakMap<IncomingMessage, Subject>();

/** Names the subject of a request whose path does not (a new match, a new account). */
export function auditSubject(
  request: IncomingMessage,
  subjectKind: NonNullable<AuditEntry['subjectKind']>,
  subjectId: string,
): void {
  namedSubjects.set(request, { subjectKind, subjectId });
}

export function auditActionOf(method: string, pathname: string): AuditAction | undefined {
  if (method === 'GET' || method === 'HEAD') {
    if (EXPORTS.test(pathname)) return 'exported';
    return PERSONAL_READS.test(pathname) ? 'viewed' : undefined;
  }
  if (ERASURES.test(pathname)) return 'erased';
  return pathname === '/api/coordinator/sign-out' ? 'signed-out' : 'changed';
}

/**
 * Logs a coordinator's request that succeeded (status below 400), when it is one the log
 * keeps. A failure to log is reported and does not undo the answer already given.
 */
export async function auditRequest(
  context: BackendContext,
  request: IncomingMessage,
  url: URL,
  actor: Actor,
  status: number,
): Promise<void> {
  const method = request.method ?? 'GET';
  const action = auditActionOf(method, url.pathname);
  if (!action || status >= 400) return;
  const fromPath = subjectOfPath(url.pathname);
  const subject: Subject = namedSubjects.get(request) ?? {
    subjectKind: fromPath?.kind,
    subjectId: fromPath?.id,
  };
  try {
    await recordAudit(context.database, {
      at: context.now(),
      actorId: actor.id,
      actorRole: actor.role,
      action,
      route: `${method} ${url.pathname}`.slice(0, 300),
      ...subject,
      status,
    });
  } catch (error) {
    console.error(`Audit log: could not record ${method} ${url.pathname}: ${describeError(error)}`);
  }
}
