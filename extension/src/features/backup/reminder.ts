// The reminder to back up, as a lit template for any page that shows sessions.
import { html, type TemplateResult } from 'lit';
import type { SessionLog } from '@mentorkit/core';
import { t } from '../../shared/i18n.ts';
import { getMeta } from '../../storage/session-store.ts';
import { database } from '../../storage/page-database.ts';
import { sessionsNeedingBackup } from './import-plan.ts';

export async function unexportedOldSessions(sessions: readonly SessionLog[]): Promise<number> {
  const lastExportAt = await getMeta(await database(), 'lastExportAt');
  return sessionsNeedingBackup(sessions, lastExportAt, new Date());
}

export function backupReminder(count: number, backupUrl: string): TemplateResult | string {
  if (count === 0) return '';
  return html`<p class="reminder" data-testid="backup-reminder">
    ${t('backupReminder', String(count))}
    <a href=${backupUrl} target="_blank">${t('backupReminderLink')}</a>
  </p>`;
}
