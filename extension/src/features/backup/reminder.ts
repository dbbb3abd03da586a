// The reminder to back up, as a lit template for any page that shows sessions (the count comes
// from the popup's summary, or unexported-sessions.ts on the full log).
import { html, type TemplateResult } from 'lit';
import { t } from '../../shared/i18n.ts';

export function backupReminder(count: number, backupUrl: string): TemplateResult | string {
  if (count === 0) return '';
  return html`<p class="reminder" data-testid="backup-reminder">
    ${t('backupReminder', String(count))}
    <a href=${backupUrl} target="_blank">${t('backupReminderLink')}</a>
  </p>`;
}
