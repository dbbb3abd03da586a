// The popup's quick-log: the form, a confirmation with undo, the backup reminder and a link to
// the full log. Listed by popup/popup.ts.
import browser from 'webextension-polyfill';
import { html, render, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { mountOnce } from '../../shared/mount-once.ts';
import type { SessionLog } from '@mentorkit/core';
import { backupReminder } from '../backup/reminder.ts';
import { t } from '../../shared/i18n.ts';
import { OPTIONS_PAGE_PATH, SESSIONS_PAGE_PATH } from '../../shared/page-paths.ts';
import { announceChange, database } from '../../storage/page-database.ts';
import { deleteSession, putSession } from '../../storage/session-store.ts';
import { readPopupSummary, type PopupSummary } from '../../storage/summary.ts';
import { setMenteeLanguage } from '../../storage/mentee-languages.ts';
import { createQuickLogForm, type MenteeLanguages, type QuickLogData } from './quick-log-form.ts';
import { formLanguages } from './form-languages.ts';
import { minutesLabel } from './labels.ts';

type Status =
  | { kind: 'none' }
  | { kind: 'saved'; session: SessionLog }
  | { kind: 'undone' }
  | { kind: 'error'; message: string };

/** The popup's first read, begun as the page's template is made: before anything renders. */
let firstRead: Promise<PopupData> | undefined;

export function quickLogSection(): TemplateResult {
  firstRead ??= readPopupData();
  return html`<div class="quick-log-host" ${ref(mount)}></div>`;
}

const mount = mountOnce(start);

/**
 * Reads the summaries kept beside the sessions (storage/summary.ts), never every session: the
 * popup opens as fast with 10,000 sessions as with ten (`npm run bench -- "popup open"`).
 */
async function readSummary(): Promise<PopupSummary> {
  return readPopupSummary(await database(), new Date());
}

type PopupData = [PopupSummary, MenteeLanguages];

/** The summary and the form's languages, read side by side (the settings while the database opens). */
function readPopupData(): Promise<PopupData> {
  return Promise.all([readSummary(), formLanguages(database())]);
}

/**
 * How long the form waits for the popup's first read before it renders without it. The read
 * takes a few milliseconds: waiting for it renders the form once, with the mentee already in,
 * rather than empty and then again, and leaves the first frame (the glossary's search box) less
 * to do while the database answers. A read held up (an upgrade, another page's transaction)
 * still gets the form on screen, empty, to type into meanwhile.
 */
const FIRST_READ_WAIT_MS = 200;

/** The first read, if it ends within FIRST_READ_WAIT_MS; undefined if it is still under way. */
async function readInTime(
  opening: Promise<PopupData>,
): Promise<{ data: PopupData } | { error: unknown } | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), FIRST_READ_WAIT_MS);
  });
  try {
    return await Promise.race([
      opening.then(
        (data) => ({ data }),
        (error: unknown) => ({ error }),
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

const formData = ([summary, languages]: PopupData): QuickLogData => ({
  mentees: summary.mentees,
  languages,
  last: summary.lastLogged,
});

async function start(host: HTMLElement): Promise<void> {
  // Asked for before the page renders (quickLogSection), so that the database works meanwhile.
  const opening = firstRead ?? readPopupData();
  let status: Status = { kind: 'none' };
  let reminder = 0;
  const sessionsUrl = browser.runtime.getURL(SESSIONS_PAGE_PATH);
  const backupUrl = `${browser.runtime.getURL(OPTIONS_PAGE_PATH)}#data`;

  const openSessions = (event: Event) => {
    event.preventDefault();
    browser.tabs
      .create({ url: sessionsUrl })
      .then(() => window.close())
      // The popup stays open, so the mentor can try again.
      .catch((error: unknown) => console.warn('Mentorkit: could not open the sessions:', error));
  };

  const undo = async (session: SessionLog) => {
    try {
      await deleteSession(await database(), session.id);
      announceChange();
      status = { kind: 'undone' };
      await refresh();
      form.focus();
    } catch (error) {
      status = { kind: 'error', message: String(error) };
      update();
    }
  };

  const statusView = () => {
    if (status.kind === 'saved') {
      const { session } = status;
      return html`${t('quickLogSaved', [minutesLabel(session.durationMinutes), session.menteeAlias])}
        <button type="button" class="undo" @click=${() => void undo(session)}>
          ${t('undo')}
        </button>`;
    }
    if (status.kind === 'undone') return t('quickLogUndone');
    if (status.kind === 'error') return t('quickLogSaveFailed', status.message);
    return '';
  };

  const update = () =>
    render(
      html`
        <p class="log-status" role="status" data-testid="quick-log-status">${statusView()}</p>
        ${backupReminder(reminder, backupUrl)}
        <div class="form-host"></div>
        <p>
          <a href=${sessionsUrl} @click=${openSessions}>${t('quickLogAllSessions')}</a>
        </p>
      `,
      host,
    );

  const early = await readInTime(opening);
  if (early && 'data' in early) reminder = early.data[0].needingBackup;
  if (early && 'error' in early) status = { kind: 'error', message: String(early.error) };
  update();

  const form = createQuickLogForm(
    host.querySelector<HTMLElement>('.form-host') as HTMLElement,
    {
      id: 'ql',
      async onSubmit(session, _editing, language) {
        const db = await database();
        await putSession(db, session);
        await setMenteeLanguage(db, session.menteeId, language);
        announceChange();
        status = { kind: 'saved', session };
        await refresh();
        form.focus();
      },
    },
    early && 'data' in early ? formData(early.data) : undefined,
  );

  /** `opening`: the popup's first read, which may end after the mentor has begun typing. */
  const refresh = async (read = readPopupData(), opening = false) => {
    const data = await read;
    // The last one logged gives the mentee, duration and mode to start from; but what the
    // mentor typed while the popup opened is never thrown away.
    form.load(formData(data), opening && form.hasInput());
    reminder = data[0].needingBackup;
    update();
  };

  if (!early) {
    try {
      await refresh(opening, true);
    } catch (error) {
      status = { kind: 'error', message: String(error) };
      update();
    }
  }
  // The form's first field, unless the mentor has already moved into the popup while the
  // sessions were read (the glossary search is there at once): never take focus from them.
  if (!document.activeElement || document.activeElement === document.body) form.focus();
}
