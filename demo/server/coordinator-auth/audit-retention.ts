// The audit log's retention: a nightly job (04:00 Stockholm time, a chain keyed by its instant
// like the follow-ups' sweep, so a restart queues no second one) deletes the entries
// older than MENTORKIT_AUDIT_RETENTION_MONTHS (default 24) and the ended sessions and spent
// sign-in links.
import type { Database } from '../db/database.ts';
import { addMonths } from '../follow-up/follow-up-jobs.ts';
import type { Now } from '../jobs/clock.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { nextDigestAt } from '../signup-mail/digest-time.ts';
import { deleteAuditBefore } from '../store/audit-log.ts';
import { deleteEndedSessions } from '../store/coordinator-sessions.ts';

export const AUDIT_RETENTION_JOB = 'audit-retention';

export interface AuditRetentionSettings {
  database: Database;
  queue: JobQueue;
  now: Now;
  retentionMonths: number;
}

interface SweepPayload {
  /** The sweep's instant (ISO). */
  at: string;
}

async function queueNextSweep(settings: AuditRetentionSettings, after: Date): Promise<void> {
  const at = nextDigestAt(after, 4);
  const payload: SweepPayload = { at: at.toISOString() };
  await settings.queue.enqueue(AUDIT_RETENTION_JOB, payload, { key: payload.at, runAfter: at });
}

/** Deletes what is past its time at `at`, then plans the next night's sweep. */
export async function sweepAudit(
  settings: AuditRetentionSettings,
  { at }: SweepPayload,
): Promise<number> {
  const instant = new Date(at);
  const deleted = await deleteAuditBefore(
    settings.database,
    addMonths(instant, -settings.retentionMonths),
  );
  await deleteEndedSessions(settings.database, instant);
  if (deleted > 0) console.log(`Audit log entries past their retention deleted: ${deleted}`);
  await queueNextSweep(settings, instant);
  return deleted;
}

export async function defineAuditJobs(settings: AuditRetentionSettings): Promise<void> {
  await settings.queue.define<SweepPayload>({
    name: AUDIT_RETENTION_JOB,
    run: async (payload) => {
      await sweepAudit(settings, payload);
    },
  });
  await queueNextSweep(settings, settings.now());
}
