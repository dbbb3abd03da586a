// The options page's "Your data" section: export (CSV and JSON backup, which import back; a
// table for Excel in the mentor's words, notes only if asked for),
// import with a preview (merge or replace, all or nothing, bad lines named), and delete
// everything behind a typed confirmation. Every change can be undone until the page closes.
// Listed by options/options.ts.
import { html, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import { mountOnce } from '../../shared/mount-once.ts';
import type { SessionLog } from '@mentorkit/core';
import { t, type MessageKey } from '../../shared/i18n.ts';
import { allSessions, announceChange, database } from '../../storage/page-database.ts';
import { clearSessions, setMeta, writeSessions } from '../../storage/session-store.ts';
import { localToday, modeLabel, topicLabel } from '../quick-log/labels.ts';
import { sessionsToCsv } from './csv.ts';
import { sessionsToReport, type ReportWords } from './report-csv.ts';
import type { ImportError, ImportErrorCode } from './import-errors.ts';
import {
  parseBackupFile,
  previewImport,
  type ImportMode,
  type ImportPreview,
} from './import-plan.ts';
import { sessionsToJson } from './json-backup.ts';
import './data-section.css';

const ERROR_KEYS: Record<ImportErrorCode, MessageKey> = {
  empty: 'importErrorEmpty',
  'missing-column': 'importErrorMissingColumn',
  'not-sessions-csv': 'importErrorNotSessionsCsv',
  'column-count': 'importErrorColumnCount',
  'unclosed-quote': 'importErrorUnclosedQuote',
  'not-json': 'importErrorNotJson',
  'not-a-backup': 'importErrorNotBackup',
  'newer-format': 'importErrorNewerFormat',
  'invalid-field': 'importErrorInvalidField',
  'duplicate-id': 'importErrorDuplicateId',
};

export function describeImportError(error: ImportError): string {
  const reason = t(ERROR_KEYS[error.code], error.field ?? '');
  if (error.line > 0) return t('importErrorLine', [String(error.line), reason]);
  return reason.charAt(0).toLocaleUpperCase() + reason.slice(1);
}

/** The lossless copies (import back), and the table for reading in Excel. */
type ExportKind = 'csv' | 'json' | 'table';

/** The table's words, in the language of the extension's pages. */
function reportWords(): ReportWords {
  return {
    headers: {
      date: t('quickLogDate'),
      startTime: t('reportStartTime'),
      minutes: t('reportMinutes'),
      mentee: t('quickLogMentee'),
      mode: t('quickLogMode'),
      topics: t('quickLogTopics'),
      rating: t('quickLogRating'),
      needsAttention: t('quickLogNeedsAttention'),
      followUp: t('reportFollowUp'),
      notes: t('quickLogNotes'),
    },
    mode: modeLabel,
    topic: topicLabel,
    yes: t('reportYes'),
    no: t('reportNo'),
  };
}

type Pending =
  | { kind: 'none' }
  | { kind: 'errors'; fileName: string; errors: ImportError[] }
  | {
      kind: 'preview';
      fileName: string;
      sessions: SessionLog[];
      preview: ImportPreview;
      mode: ImportMode;
    };

type Done = { kind: 'none' } | { kind: 'message'; text: string; undo?: SessionLog[] };

export function dataSection(): TemplateResult {
  return html`<section
    id="data"
    class="data-section"
    aria-labelledby="data-heading"
    ${ref(mount)}
  ></section>`;
}

const mount = mountOnce(start);

function download(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function start(host: HTMLElement): void {
  let pending: Pending = { kind: 'none' };
  let done: Done = { kind: 'none' };
  let confirmation = '';
  let busy = false;
  /** Whether the table for Excel carries the notes: the mentor's choice, off by default. */
  let tableNotes = false;

  const run = async (work: () => Promise<Done>) => {
    busy = true;
    update();
    try {
      done = await work();
    } catch (error) {
      done = {
        kind: 'message',
        text: t('dataFailed', error instanceof Error ? error.message : String(error)),
      };
    } finally {
      busy = false;
      update();
    }
  };

  const exportAs = (kind: ExportKind) =>
    run(async () => {
      const sessions = await allSessions();
      const stamp = new Date().toISOString();
      const day = localToday();
      if (kind === 'table') {
        download(
          `mentorkit-sessions-${day}-excel.csv`,
          'text/csv;charset=utf-8',
          sessionsToReport(sessions, reportWords(), { includeNotes: tableNotes }),
        );
        // Not a backup: it cannot be imported, so the backup reminder still counts.
        return { kind: 'message', text: t('dataExported', String(sessions.length)) };
      }
      if (kind === 'json') {
        download(
          `mentorkit-sessions-${day}.json`,
          'application/json',
          sessionsToJson(sessions, stamp),
        );
      } else {
        download(
          `mentorkit-sessions-${day}.csv`,
          'text/csv;charset=utf-8',
          sessionsToCsv(sessions, 'rfc4180'),
        );
      }
      await setMeta(await database(), 'lastExportAt', stamp);
      return { kind: 'message', text: t('dataExported', String(sessions.length)) };
    });

  const chooseFile = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    done = { kind: 'none' };
    const parsed = parseBackupFile(await file.text());
    input.value = '';
    if (parsed.errors.length > 0) {
      pending = { kind: 'errors', fileName: file.name, errors: parsed.errors };
    } else {
      pending = {
        kind: 'preview',
        fileName: file.name,
        sessions: parsed.sessions,
        preview: previewImport(await allSessions(), parsed.sessions),
        mode: 'merge',
      };
    }
    update();
    host.querySelector<HTMLElement>('#import-result')?.focus();
  };

  const applyImport = () => {
    if (pending.kind !== 'preview') return;
    const { sessions, mode } = pending;
    return run(async () => {
      const before = await allSessions();
      await writeSessions(await database(), sessions, { replace: mode === 'replace' });
      announceChange();
      pending = { kind: 'none' };
      return { kind: 'message', text: t('dataImported', String(sessions.length)), undo: before };
    });
  };

  const deleteEverything = () =>
    run(async () => {
      const removed = await clearSessions(await database());
      announceChange();
      confirmation = '';
      return { kind: 'message', text: t('dataDeleted', String(removed.length)), undo: removed };
    });

  const undo = (sessions: SessionLog[]) =>
    run(async () => {
      await writeSessions(await database(), sessions, { replace: true });
      announceChange();
      return { kind: 'message', text: t('dataUndone') };
    });

  const pendingView = () => {
    if (pending.kind === 'errors') {
      return html`
        <div id="import-result" tabindex="-1" class="import-errors">
          <p><strong>${t('importRefused', pending.fileName)}</strong></p>
          <ul data-testid="import-errors">
            ${pending.errors.map((error) => html`<li>${describeImportError(error)}</li>`)}
          </ul>
        </div>
      `;
    }
    if (pending.kind === 'preview') {
      const { preview, mode, fileName, sessions } = pending;
      const setMode = (next: ImportMode) => {
        if (pending.kind === 'preview') pending = { ...pending, mode: next };
        update();
      };
      return html`
        <div id="import-result" tabindex="-1" class="import-preview">
          <p data-testid="import-preview">
            ${t('importPreview', [
              fileName,
              String(sessions.length),
              String(preview.added),
              String(preview.changed),
              String(preview.unchanged),
            ])}
          </p>
          <fieldset>
            <legend>${t('importModeLegend')}</legend>
            <label>
              <input
                type="radio"
                name="import-mode"
                .checked=${live(mode === 'merge')}
                @change=${() => setMode('merge')}
              />
              ${t('importModeMerge')}
            </label>
            <label>
              <input
                type="radio"
                name="import-mode"
                .checked=${live(mode === 'replace')}
                @change=${() => setMode('replace')}
              />
              ${t('importModeReplace', String(preview.removedByReplace))}
            </label>
          </fieldset>
          <div class="actions">
            <button type="button" ?disabled=${busy} @click=${() => void applyImport()}>
              ${t('importApply')}
            </button>
            <button
              type="button"
              @click=${() => {
                pending = { kind: 'none' };
                update();
              }}
            >
              ${t('importCancel')}
            </button>
          </div>
        </div>
      `;
    }
    return '';
  };

  const doneView = () => {
    if (done.kind !== 'message') return '';
    const { undo: previous } = done;
    return html`${done.text}
    ${
      previous
        ? html`<button type="button" @click=${() => void undo(previous)}>${t('undo')}</button>`
        : ''
    }`;
  };

  const word = t('dataDeleteWord');
  const update = () =>
    render(
      html`
        <h2 id="data-heading">${t('dataHeading')}</h2>
        <p>${t('dataIntro')}</p>
        <p class="status" role="status" data-testid="data-status">${doneView()}</p>

        <h3>${t('dataExportHeading')}</h3>
        <div class="actions">
          <button type="button" ?disabled=${busy} @click=${() => void exportAs('csv')}>
            ${t('dataExportCsv')}
          </button>
          <button type="button" ?disabled=${busy} @click=${() => void exportAs('json')}>
            ${t('dataExportJson')}
          </button>
        </div>
        <p class="hint">${t('dataExportCopiesHint')}</p>
        <div class="actions">
          <button
            type="button"
            ?disabled=${busy}
            aria-describedby="table-hint"
            @click=${() => void exportAs('table')}
          >
            ${t('dataExportExcel')}
          </button>
          <label class="check">
            <input
              type="checkbox"
              .checked=${live(tableNotes)}
              @change=${(event: Event) => {
                tableNotes = (event.target as HTMLInputElement).checked;
                update();
              }}
            />
            ${t('dataExportNotes')}
          </label>
        </div>
        <p id="table-hint" class="hint">${t('dataExportExcelHint')}</p>

        <h3>${t('dataImportHeading')}</h3>
        <label for="import-file">${t('dataImportLabel')}</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-describedby="import-hint"
          @change=${(event: Event) => void chooseFile(event)}
        />
        <p id="import-hint" class="hint">${t('dataImportHint')}</p>
        ${pendingView()}

        <h3>${t('dataDeleteHeading')}</h3>
        <label for="delete-confirm">${t('dataDeleteLabel', word)}</label>
        <input
          id="delete-confirm"
          autocomplete="off"
          .value=${live(confirmation)}
          @input=${(event: Event) => {
            confirmation = (event.target as HTMLInputElement).value;
            update();
          }}
        />
        <button
          type="button"
          class="danger"
          ?disabled=${busy || confirmation.trim().toLocaleLowerCase() !== word.toLocaleLowerCase()}
          @click=${() => void deleteEverything()}
        >
          ${t('dataDeleteButton')}
        </button>
      `,
      host,
    );
  update();
  if (location.hash === '#data') host.scrollIntoView();
}
