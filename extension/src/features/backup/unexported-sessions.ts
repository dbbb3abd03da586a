// How many sessions the full log's backup reminder counts: those older than 30 days and changed
// since the last export. Apart from reminder.ts, so that the popup, which shows the reminder
// from its summary, does not load the backup's readers (papaparse) with the reminder's template.
import type { SessionLog } from '@mentorkit/core';
import { getMeta } from '../../storage/session-store.ts';
import { database } from '../../storage/page-database.ts';
import { sessionsNeedingBackup } from './import-plan.ts';

export async function unexportedOldSessions(sessions: readonly SessionLog[]): Promise<number> {
  const lastExportAt = await getMeta(await database(), 'lastExportAt');
  return sessionsNeedingBackup(sessions, lastExportAt, new Date());
}
