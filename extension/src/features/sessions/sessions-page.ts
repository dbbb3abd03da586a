// The full log: every session by date with filters, edit, delete with undo, and totals per
// mentee and per month. Opened from the popup's link and the "Log a mentoring session" menu.
import browser from 'webextension-polyfill';
import { html, render } from 'lit';
import type { SessionLog } from '@mentorkit/core';
import { backupReminder } from '../backup/reminder.ts';
import { unexportedOldSessions } from '../backup/unexported-sessions.ts';
import type { Feature } from '../../shared/feature.ts';
import { followUiLanguage, t } from '../../shared/i18n.ts';
import { OPTIONS_PAGE_PATH } from '../../shared/page-paths.ts';
import { syncBadge } from '../programme/sync-badge.ts';
import { onSyncChanged } from '../programme/sync-channel.ts';
import { syncStates, type SessionSyncState } from '../programme/sync-queue.ts';
import { localToday } from '../quick-log/labels.ts';
import { createQuickLogForm } from '../quick-log/quick-log-form.ts';
import { formLanguages } from '../quick-log/form-languages.ts';
import { setMenteeLanguage } from '../../storage/mentee-languages.ts';
import {
  allSessions,
  announceChange,
  database,
  onConnectionEvent,
  onSessionsChanged,
  requestSync,
} from '../../storage/page-database.ts';
import { deleteSession, menteesOf, putSession } from '../../storage/session-store.ts';
import {
  filterSessions,
  lastMonths,
  monthsWithSessions,
  totalsByMentee,
  totalsByMonth,
  type SessionFilter,
} from './aggregate.ts';
import { filtersView, listView, menteeTotalsView, monthTotalsView } from './sessions-view.ts';

const PAGE_SIZE = 100;

type Status =
  { kind: 'none' } | { kind: 'message'; text: string } | { kind: 'deleted'; session: SessionLog };

export const sessionsPage: Feature = {
  name: 'sessions page',
  async init(signal) {
    followUiLanguage(document);
    document.title = t('sessionsTitle');
    const app = document.getElementById('app');
    if (!app) return;

    let sessions: SessionLog[] = [];
    let filter: SessionFilter = {};
    let shown = PAGE_SIZE;
    let status: Status = { kind: 'none' };
    let reminder = 0;
    let sync = new Map<string, SessionSyncState>();
    /** The session being edited: Cancel gives focus back to its Edit button. */
    let editedId: string | undefined;
    const backupUrl = `${browser.runtime.getURL(OPTIONS_PAGE_PATH)}#data`;

    const focusLater = (selector: string) =>
      requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

    const reload = async () => {
      sessions = await allSessions();
      sync = await syncStates(await database());
      reminder = await unexportedOldSessions(sessions);
      form.setLanguages(await formLanguages(await database()));
      form.setMentees(menteesOf(sessions));
      update();
    };

    const remove = async (session: SessionLog) => {
      await deleteSession(await database(), session.id);
      announceChange();
      status = { kind: 'deleted', session };
      await reload();
      focusLater('#undo-delete');
    };

    const undoDelete = async (session: SessionLog) => {
      await putSession(await database(), session);
      announceChange();
      status = { kind: 'message', text: t('sessionsRestored') };
      await reload();
      focusLater(`#edit-${CSS.escape(session.id)}`);
    };

    const statusView = () => {
      if (status.kind === 'message') return status.text;
      if (status.kind === 'deleted') {
        const { session } = status;
        return html`${t('sessionsDeleted', session.menteeAlias)}
          <button type="button" id="undo-delete" @click=${() => void undoDelete(session)}>
            ${t('undo')}
          </button>`;
      }
      return '';
    };

    const update = () => {
      const visible = filterSessions(sessions, filter);
      const mentees = menteesOf(sessions);
      const listProps = {
        sessions: visible,
        shown,
        total: sessions.length,
        filter,
        mentees,
        months: monthsWithSessions(sessions),
        onFilter(next: SessionFilter) {
          filter = next;
          shown = PAGE_SIZE;
          update();
        },
        onShowMore() {
          shown += PAGE_SIZE;
          update();
        },
        onEdit(session: SessionLog) {
          editedId = session.id;
          form.startEdit(session);
          form.focus();
        },
        onDelete(session: SessionLog) {
          void remove(session).catch(showError);
        },
        syncLine: (session: SessionLog) => syncBadge(session, sync.get(session.id)),
      };
      render(
        html`
          <h1>${t('sessionsTitle')}</h1>
          <p class="log-status" role="status" data-testid="sessions-status">${statusView()}</p>
          ${backupReminder(reminder, backupUrl)}
          <div class="layout">
            <div>
              <div class="form-host"></div>
              <p><a href=${backupUrl}>${t('sessionsBackupLink')}</a></p>
            </div>
            <div>
              <section aria-labelledby="log-heading">
                <h2 id="log-heading">${t('sessionsLogHeading')}</h2>
                ${filtersView(listProps)} ${listView(listProps)}
              </section>
              <section aria-labelledby="totals-heading">
                <h2 id="totals-heading">${t('totalsHeading')}</h2>
                ${menteeTotalsView(totalsByMentee(sessions))}
                ${monthTotalsView(totalsByMonth(sessions, lastMonths(localToday())))}
              </section>
            </div>
          </div>
        `,
        app,
      );
    };

    const showError = (error: unknown) => {
      status = {
        kind: 'message',
        text: t('quickLogSaveFailed', error instanceof Error ? error.message : String(error)),
      };
      update();
    };

    update();
    const form = createQuickLogForm(app.querySelector<HTMLElement>('.form-host') as HTMLElement, {
      id: 'entry',
      async onSubmit(session, editing, language) {
        const db = await database();
        await putSession(db, session);
        await setMenteeLanguage(db, session.menteeId, language);
        announceChange();
        status = {
          kind: 'message',
          text: editing ? t('sessionsChangesSaved') : t('sessionsAdded', session.menteeAlias),
        };
        form.startNew(session);
        await reload();
        if (editing) focusLater(`#edit-${CSS.escape(session.id)}`);
      },
      onCancel() {
        form.startNew(sessions[0]);
        // Back where the mentor was (WCAG 2.4.3); the form's first field if that session is gone.
        const edit = editedId && document.getElementById(`edit-${editedId}`);
        editedId = undefined;
        if (edit) edit.focus();
        else form.focus();
      },
    });

    onSessionsChanged(() => void reload().catch(showError), signal);
    onSyncChanged(() => void reload().catch(showError), signal);
    // What waits for a programme is sent when the page opens (after a time offline, say).
    requestSync();
    onConnectionEvent((event) => {
      if (event === 'blocked') {
        status = { kind: 'message', text: t('storageBlocked') };
        update();
      }
    }, signal);

    try {
      await reload();
      form.startNew(sessions[0]);
      if (location.hash === '#new') form.focus();
    } catch (error) {
      showError(error);
    }
  },
};
