// The options page's "organisation glossaries" section: import a trade glossary (CSV or JSON,
// the format in packages/glossary/README.md), all or nothing with the errors by line; list,
// export and remove (with undo) imported packs. Packs are stored in storage.local under one key
// (glossary-store.ts); the background rebuilds its index when they change. Listed by
// options/options.ts.
import browser from 'webextension-polyfill';
import { html, nothing, render, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { mountOnce } from '../../shared/mount-once.ts';
import {
  getBundledTerms,
  importGlossary,
  packToCsv,
  packToJson,
  removePack,
  upsertPack,
  type GlossaryPack,
  type ImportError,
} from '@mentorkit/glossary';
import { t, uiLanguage } from '../../shared/i18n.ts';
import { listen } from '../../shared/listen.ts';
import { errorText } from '../../shared/messages.ts';
import { PACKS_STORAGE_KEY, loadPacks, savePacks } from './glossary-store.ts';

type Status =
  | { kind: 'none' }
  | { kind: 'imported'; pack: GlossaryPack }
  | { kind: 'invalid'; fileName: string; errors: ImportError[] }
  | { kind: 'removed'; pack: GlossaryPack; index: number }
  | { kind: 'failed'; message: string };

export function packsSection(): TemplateResult {
  return html`<section class="packs" aria-labelledby="packs-heading" ${ref(mount)}></section>`;
}

const mount = mountOnce((host) => start(host, new AbortController().signal));

function download(fileName: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function errorLine(error: ImportError): string {
  if (error.line <= 0) return error.reason;
  return t('packsErrorLine', [String(error.line), error.field || '—', error.reason]);
}

async function start(host: HTMLElement, signal: AbortSignal): Promise<void> {
  const storage = browser.storage.local;
  let packs: GlossaryPack[] = [];
  let status: Status = { kind: 'none' };
  const dates = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' });

  // Never rejects (every caller voids it): a failed read keeps the list shown and says why in
  // the console.
  const refresh = async () => {
    try {
      packs = await loadPacks(storage);
    } catch (error) {
      console.warn('Mentorkit: could not read the glossary packs:', errorText(error));
    }
    update();
  };

  const importFile = async (file: File) => {
    try {
      const text = await file.text();
      const result = importGlossary(text, {
        fileName: file.name,
        knownIds: getBundledTerms().map((term) => term.id),
      });
      if (!result.ok) {
        status = { kind: 'invalid', fileName: file.name, errors: result.errors };
      } else {
        await savePacks(storage, upsertPack(await loadPacks(storage), result.pack));
        status = { kind: 'imported', pack: result.pack };
      }
    } catch (error) {
      status = { kind: 'failed', message: t('packsReadFailed', errorText(error)) };
    }
    await refresh();
  };

  const remove = async (pack: GlossaryPack, index: number) => {
    try {
      await savePacks(storage, removePack(await loadPacks(storage), pack.id));
      status = { kind: 'removed', pack, index };
    } catch (error) {
      status = { kind: 'failed', message: t('packsReadFailed', errorText(error)) };
    }
    await refresh();
    host.querySelector<HTMLElement>('#packs-heading')?.focus();
  };

  const undo = async () => {
    if (status.kind !== 'removed') return;
    const { pack, index } = status;
    const current = removePack(await loadPacks(storage), pack.id);
    current.splice(Math.min(index, current.length), 0, pack);
    await savePacks(storage, current);
    status = { kind: 'none' };
    await refresh();
  };

  const onFile = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    // importFile() shows a failure as the status; refresh() never rejects.
    if (file) void importFile(file);
  };

  const statusView = () => {
    switch (status.kind) {
      case 'imported':
        return t('packsImported', [status.pack.name, String(status.pack.terms.length)]);
      case 'removed':
        return html`${t('packsRemoved', status.pack.name)}
          <button type="button" @click=${() => void undo()}>${t('packsUndo')}</button>`;
      default:
        return nothing;
    }
  };

  const alertView = () => {
    if (status.kind === 'failed') return html`<p role="alert" class="error">${status.message}</p>`;
    if (status.kind !== 'invalid') return nothing;
    return html`
      <div role="alert" class="error">
        <p>${t('packsImportFailed', status.fileName)}</p>
        <ul class="import-errors">
          ${status.errors.map((error) => html`<li>${errorLine(error)}</li>`)}
        </ul>
      </div>
    `;
  };

  const row = (pack: GlossaryPack, index: number) => html`
    <li>
      <span class="pack-name">${pack.name}</span>
      <span class="hint"
        >${t('packsDetails', [String(pack.terms.length), dates.format(new Date(pack.importedAt))])}</span
      >
      <button
        type="button"
        @click=${() => download(`${pack.id}.csv`, 'text/csv;charset=utf-8', packToCsv(pack))}
      >
        ${t('packsExportCsv', pack.name)}
      </button>
      <button
        type="button"
        @click=${() => download(`${pack.id}.json`, 'application/json', packToJson(pack))}
      >
        ${t('packsExportJson', pack.name)}
      </button>
      <button type="button" @click=${() => void remove(pack, index)}>
        ${t('packsRemove', pack.name)}
      </button>
    </li>
  `;

  const update = () => {
    if (signal.aborted) return;
    render(
      html`
        <h2 id="packs-heading" tabindex="-1">${t('packsHeading')}</h2>
        <p class="hint" id="packs-hint">${t('packsHint')}</p>
        <label for="pack-file">${t('packsFileLabel')}</label>
        <input
          id="pack-file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-describedby="packs-hint"
          @change=${onFile}
        />
        ${
          packs.length === 0
            ? html`<p>${t('packsEmpty')}</p>`
            : html`<ul class="pack-list">
                ${packs.map(row)}
              </ul>`
        }
        <p role="status">${statusView()}</p>
        ${alertView()}
      `,
      host,
    );
  };

  listen(
    browser.storage.local.onChanged,
    (changes) => {
      if (PACKS_STORAGE_KEY in changes) void refresh();
    },
    signal,
  );
  await refresh();
}
