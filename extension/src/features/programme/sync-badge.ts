// The sessions page's line per session about the programme: shared, waiting (with the last
// error once an attempt failed), refused, or the connection no longer taken. Nothing for a
// session that stays on this computer.
import { html, nothing, type TemplateResult } from 'lit';
import type { SessionLog } from '@mentorkit/core';
import { t } from '../../shared/i18n.ts';
import { siteLabel } from '../sites/sites.ts';
import type { SessionSyncState } from './sync-queue.ts';

export function syncBadge(
  session: SessionLog,
  state: SessionSyncState | undefined,
): TemplateResult | typeof nothing {
  if (!state || state.kind === 'local') return nothing;
  const site = siteLabel(state.origin);
  const note = session.shareNote && session.notes.trim() ? ` ${t('syncNoteShared')}` : '';
  switch (state.kind) {
    case 'shared':
      return html`<p class="sync sync-shared" data-sync="shared">
        ${t('syncShared', site)}${note}
      </p>`;
    case 'waiting':
      return html`<p class="sync sync-waiting" data-sync="waiting">
        ${state.lastError ? t('syncRetrying', [site, state.lastError]) : t('syncWaiting', site)}
      </p>`;
    case 'refused':
      return html`<p class="sync sync-refused" data-sync="refused">
        ${t('syncRefusedBy', [site, state.reason])}
      </p>`;
    case 'disconnected':
      return html`<p class="sync sync-refused" data-sync="disconnected">
        ${t('syncDisconnected', site)}
      </p>`;
  }
}
