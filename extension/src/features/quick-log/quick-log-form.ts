// The quick-log form: used by the popup (a new session) and by the sessions page (new and edit).
// Native controls throughout, so the keyboard works as everywhere else: Tab between groups, the
// arrow keys within a group of chips, Space to toggle. Enter saves from any field but the notes,
// where Ctrl/Cmd+Enter does.
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  SESSION_MODES,
  SESSION_TOPICS,
  type SessionLog,
  type SessionMode,
  type SessionTopic,
} from '@mentorkit/core';
import { t, uiLanguage, type MessageKey } from '../../shared/i18n.ts';
import { languageLabel } from '../../shared/language-names.ts';
import { MENTEE_LANGUAGES, type MenteeLanguage } from '../../shared/languages.ts';
import { setCurrentMenteeLanguage } from './current-language.ts';
import type { Mentee } from '../../storage/session-store.ts';
import {
  DURATION_CHIPS,
  draftOf,
  newDraft,
  sessionFromDraft,
  type Draft,
  type DraftProblem,
} from './draft.ts';
import { localToday, minutesLabel, modeLabel, topicLabel } from './labels.ts';
import { askToShowReminders } from '../reminders/reminder-permission.ts';
import './quick-log.css';

const PROBLEM_KEYS: Record<DraftProblem, MessageKey> = {
  mentee: 'quickLogErrorMentee',
  date: 'quickLogErrorDate',
  startTime: 'quickLogErrorStartTime',
  duration: 'quickLogErrorDuration',
  followUp: 'quickLogErrorFollowUp',
  followUpOn: 'quickLogErrorFollowUpOn',
  notes: 'quickLogErrorNotes',
};

const PROBLEM_FIELDS: Record<DraftProblem, string> = {
  mentee: 'mentee',
  date: 'date',
  startTime: 'start',
  duration: 'custom-minutes',
  followUp: 'follow-up',
  followUpOn: 'follow-up-on',
  notes: 'notes',
};

export interface QuickLogFormOptions {
  /** Prefix of element ids, unique on the page. */
  id: string;
  /** Saves the session and its mentee's language; a rejection is shown in the form. */
  onSubmit(
    session: SessionLog,
    editing: SessionLog | undefined,
    language: MenteeLanguage | null,
  ): Promise<void>;
  /** Shown as a Cancel button while editing. */
  onCancel?(): void;
}

/** What the form offers and starts from, known before it first renders or read later. */
export interface QuickLogData {
  /** Known mentees, most recent first, offered for the mentee field. */
  mentees: readonly Mentee[];
  languages: MenteeLanguages;
  /** The last session logged: its mentee, duration and mode start a new entry. */
  last: SessionLog | undefined;
}

export interface QuickLogForm {
  /** Known mentees, most recent first, offered for the mentee field. */
  setMentees(mentees: readonly Mentee[]): void;
  /** Each mentee's language (storage/mentee-languages.ts), and the one a new mentee starts with. */
  setLanguages(languages: MenteeLanguages): void;
  /** Starts a new entry from the last session's mentee, duration and mode. */
  startNew(last: SessionLog | undefined): void;
  /** Whether the person has changed a field since the entry was started. */
  hasInput(): boolean;
  /**
   * Mentees and languages as read, and a new entry from `last` unless `keepEntry`: one render
   * (the popup's, with each refresh).
   */
  load(data: QuickLogData, keepEntry?: boolean): void;
  /** Edits an existing session. */
  startEdit(session: SessionLog): void;
  focus(): void;
}

export interface MenteeLanguages {
  chosen: ReadonlyMap<string, MenteeLanguage | null>;
  forNew: MenteeLanguage | null;
}

/**
 * Renders the form into `container`; with `data` (read before the first render, as the popup
 * does when it arrives in time) the first render is the only one, no empty form before it.
 */
export function createQuickLogForm(
  container: HTMLElement,
  options: QuickLogFormOptions,
  data?: QuickLogData,
): QuickLogForm {
  const { id } = options;
  let mentees: readonly Mentee[] = data?.mentees ?? [];
  let draft: Draft = newDraft(localToday(), data?.last);
  let editing: SessionLog | undefined;
  let problem: DraftProblem | undefined;
  let failure = '';
  let saving = false;
  let languages: MenteeLanguages = data?.languages ?? { chosen: new Map(), forNew: null };
  /** Chosen in the form for the mentee typed; undefined: theirs (or a new mentee's). */
  let pickedLanguage: MenteeLanguage | null | undefined;
  /** The person changed a field since startNew or startEdit. */
  let typed = false;

  /** The language the form shows for the mentee typed, as draft.ts finds the mentee. */
  const menteeLanguage = (): MenteeLanguage | null => {
    if (pickedLanguage !== undefined) return pickedLanguage;
    const alias = draft.menteeAlias.trim().replace(/\s+/g, ' ').toLowerCase();
    const id =
      editing && editing.menteeAlias.toLowerCase() === alias
        ? editing.menteeId
        : mentees.find((mentee) => mentee.alias.toLowerCase() === alias)?.id;
    return id !== undefined && languages.chosen.has(id)
      ? (languages.chosen.get(id) ?? null)
      : languages.forNew;
  };

  const change = (patch: Partial<Draft>) => {
    // Another mentee: their own language again, not the one picked for the last.
    if (patch.menteeAlias !== undefined) pickedLanguage = undefined;
    draft = { ...draft, ...patch };
    typed = true;
    update();
  };

  const submit = async () => {
    if (saving) return;
    const result = sessionFromDraft(draft, {
      mentees,
      editing,
      now: new Date(),
      newId: () => crypto.randomUUID(),
    });
    if (!result.ok) {
      problem = result.problem;
      failure = '';
      update();
      container.querySelector<HTMLElement>(`#${id}-${PROBLEM_FIELDS[result.problem]}`)?.focus();
      return;
    }
    problem = undefined;
    // A new or moved reminder: the browser asks, once, to allow notifications. Asked here, in
    // the mentor's click or Enter, as browsers require; the session is saved whatever the answer.
    const reminder = result.session.followUpOn;
    const allowed =
      reminder && reminder !== editing?.followUpOn ? askToShowReminders() : Promise.resolve(true);
    saving = true;
    update();
    let saved = false;
    try {
      await options.onSubmit(result.session, editing, menteeLanguage());
      saved = true;
      failure = '';
    } catch (error) {
      failure = t('quickLogSaveFailed', error instanceof Error ? error.message : String(error));
    } finally {
      saving = false;
      update();
    }
    // The browser's prompt may stay open for as long as the mentor leaves it: Save is free again
    // as soon as the session is stored, and the answer only adds a line when it is a refusal.
    if (saved && !(await allowed)) {
      failure = t('quickLogReminderNotAllowed');
      update();
    }
  };

  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    const target = event.target as HTMLElement;
    const modified = event.ctrlKey || event.metaKey;
    if (target instanceof HTMLTextAreaElement && !modified) return;
    if (target instanceof HTMLButtonElement || target instanceof HTMLSelectElement) {
      if (!modified) return;
    }
    event.preventDefault();
    // submit() catches a failed save and shows it in the form.
    void submit();
  };

  const view = (): TemplateResult => {
    const error = problem ? t(PROBLEM_KEYS[problem]) : failure;
    const invalid = (which: DraftProblem) => (problem === which ? 'true' : 'false');
    // The field with the problem is described by the error (heard when it takes focus), before
    // its own hint if it has one.
    const describedBy = (which: DraftProblem, hint?: string) =>
      [problem === which ? `${id}-error` : undefined, hint].filter(Boolean).join(' ') || nothing;
    return html`
      <form
        class="quick-log"
        novalidate
        aria-labelledby="${id}-heading"
        @submit=${(event: Event) => {
          event.preventDefault();
          void submit();
        }}
        @keydown=${onKeydown}
      >
        <h2 id="${id}-heading">${t(editing ? 'quickLogEditHeading' : 'quickLogHeading')}</h2>
        <p id="${id}-error" class="error" role="alert">${error}</p>

        <label for="${id}-mentee">${t('quickLogMentee')}</label>
        <input
          id="${id}-mentee"
          list="${id}-mentees"
          autocomplete="off"
          maxlength="100"
          aria-describedby=${describedBy('mentee', `${id}-mentee-hint`)}
          aria-invalid=${invalid('mentee')}
          .value=${live(draft.menteeAlias)}
          @input=${(event: Event) =>
            change({ menteeAlias: (event.target as HTMLInputElement).value })}
        />
        <datalist id="${id}-mentees">
          ${mentees.map((mentee) => html`<option value=${mentee.alias}></option>`)}
        </datalist>
        <p id="${id}-mentee-hint" class="hint">${t('quickLogMenteeHint')}</p>
        ${languageField()}

        <div class="row">
          <div>
            <label for="${id}-date">${t('quickLogDate')}</label>
            <input
              id="${id}-date"
              type="date"
              required
              aria-describedby=${describedBy('date')}
              aria-invalid=${invalid('date')}
              .value=${live(draft.date)}
              @input=${(event: Event) => change({ date: (event.target as HTMLInputElement).value })}
            />
          </div>
          <div>
            <label for="${id}-start">${t('quickLogStartTime')}</label>
            <input
              id="${id}-start"
              type="time"
              aria-describedby=${describedBy('startTime')}
              aria-invalid=${invalid('startTime')}
              .value=${live(draft.startTime)}
              @input=${(event: Event) =>
                change({ startTime: (event.target as HTMLInputElement).value })}
            />
          </div>
        </div>

        <fieldset class="chips">
          <legend>${t('quickLogDuration')}</legend>
          ${DURATION_CHIPS.map(
            (minutes) => html`
              <label class="chip">
                <input
                  type="radio"
                  name="${id}-duration"
                  .checked=${live(draft.duration === minutes)}
                  @change=${() => change({ duration: minutes })}
                />${minutesLabel(minutes)}
              </label>
            `,
          )}
          <label class="chip">
            <input
              type="radio"
              name="${id}-duration"
              .checked=${live(draft.duration === 'custom')}
              @change=${() => {
                change({ duration: 'custom' });
                container.querySelector<HTMLInputElement>(`#${id}-custom-minutes`)?.focus();
              }}
            />${t('quickLogDurationOther')}
          </label>
          <label class="custom" for="${id}-custom-minutes">${t('quickLogCustomMinutes')}</label>
          <input
            id="${id}-custom-minutes"
            class="minutes"
            type="number"
            inputmode="numeric"
            min="1"
            max="600"
            step="1"
            aria-describedby=${describedBy('duration')}
            aria-invalid=${invalid('duration')}
            .value=${live(draft.customMinutes)}
            @input=${(event: Event) =>
              change({
                duration: 'custom',
                customMinutes: (event.target as HTMLInputElement).value,
              })}
          />
        </fieldset>

        <label for="${id}-mode">${t('quickLogMode')}</label>
        <select
          id="${id}-mode"
          @change=${(event: Event) =>
            change({ mode: (event.target as HTMLSelectElement).value as SessionMode })}
        >
          ${SESSION_MODES.map(
            (mode) =>
              html`<option value=${mode} .selected=${live(draft.mode === mode)}>
                ${modeLabel(mode)}
              </option>`,
          )}
        </select>

        <fieldset class="chips">
          <legend>${t('quickLogTopics')}</legend>
          ${SESSION_TOPICS.map(
            (topic) => html`
              <label class="chip">
                <input
                  type="checkbox"
                  .checked=${live(draft.topics.includes(topic))}
                  @change=${(event: Event) => toggleTopic(topic, event)}
                />${topicLabel(topic)}
              </label>
            `,
          )}
        </fieldset>

        <label for="${id}-notes">${t('quickLogNotes')}</label>
        <textarea
          id="${id}-notes"
          rows="3"
          maxlength="5000"
          aria-describedby=${describedBy('notes', `${id}-notes-hint`)}
          aria-invalid=${invalid('notes')}
          .value=${live(draft.notes)}
          @input=${(event: Event) => change({ notes: (event.target as HTMLTextAreaElement).value })}
        ></textarea>
        <p id="${id}-notes-hint" class="hint">${t('quickLogNotesHint')}</p>
        <label class="flag">
          <input
            id="${id}-share-note"
            type="checkbox"
            .checked=${live(draft.shareNote)}
            @change=${(event: Event) =>
              change({ shareNote: (event.target as HTMLInputElement).checked })}
          />
          ${t('quickLogShareNote')}
        </label>

        <fieldset class="chips">
          <legend>${t('quickLogRating')}</legend>
          ${[1, 2, 3, 4, 5].map(
            (rating) => html`
              <label class="chip">
                <input
                  type="radio"
                  name="${id}-rating"
                  .checked=${live(draft.rating === rating)}
                  @change=${() => change({ rating })}
                />${rating}
              </label>
            `,
          )}
          <label class="chip">
            <input
              type="radio"
              name="${id}-rating"
              .checked=${live(draft.rating === undefined)}
              @change=${() => change({ rating: undefined })}
            />${t('quickLogRatingNone')}
          </label>
        </fieldset>

        <label class="flag">
          <input
            type="checkbox"
            .checked=${live(draft.needsAttention)}
            @change=${(event: Event) =>
              change({ needsAttention: (event.target as HTMLInputElement).checked })}
          />
          ${t('quickLogNeedsAttention')}
        </label>

        <label for="${id}-follow-up">${t('quickLogFollowUp')}</label>
        <input
          id="${id}-follow-up"
          maxlength="1000"
          aria-describedby=${describedBy('followUp')}
          aria-invalid=${invalid('followUp')}
          .value=${live(draft.followUp)}
          @input=${(event: Event) => change({ followUp: (event.target as HTMLInputElement).value })}
        />
        ${
          draft.followUp.trim() || draft.followUpOn
            ? html`<label for="${id}-follow-up-on">${t('quickLogFollowUpOn')}</label>
                <input
                  id="${id}-follow-up-on"
                  type="date"
                  aria-describedby=${describedBy('followUpOn')}
                  aria-invalid=${invalid('followUpOn')}
                  .value=${live(draft.followUpOn)}
                  @input=${(event: Event) =>
                    change({ followUpOn: (event.target as HTMLInputElement).value })}
                />`
            : ''
        }

        <div class="actions">
          <button type="submit" ?disabled=${saving}>
            ${t(editing ? 'quickLogSaveChanges' : 'quickLogSave')}
          </button>
          ${
            editing && options.onCancel
              ? html`<button type="button" @click=${() => options.onCancel?.()}>
                  ${t('quickLogCancel')}
                </button>`
              : ''
          }
        </div>
      </form>
    `;
  };

  // Each language named in the UI's language with its own name beside it ("Dari (دری)"), as
  // plain text: an <option> holds no markup, so the name's direction is kept by isolates.
  const languageField = (): TemplateResult => {
    const shown = menteeLanguage();
    const ui = uiLanguage();
    const onChange = (event: Event) => {
      const value = (event.target as HTMLSelectElement).value;
      pickedLanguage = MENTEE_LANGUAGES.find((language) => language.code === value)?.code ?? null;
      update();
    };
    return html`
      <label for="${id}-mentee-language">${t('quickLogMenteeLanguage')}</label>
      <select id="${id}-mentee-language" @change=${onChange}>
        <option value="" .selected=${live(shown === null)}>
          ${t('optionsMenteeLanguageNone')}
        </option>
        ${MENTEE_LANGUAGES.map(
          (language) =>
            html`<option value=${language.code} .selected=${live(shown === language.code)}>
              ${languageLabel(language.code, ui)}
            </option>`,
        )}
      </select>
    `;
  };

  const toggleTopic = (topic: SessionTopic, event: Event) => {
    const checked = (event.target as HTMLInputElement).checked;
    const topics = draft.topics.filter((candidate) => candidate !== topic);
    // Keep the vocabulary's order, whatever order the chips were clicked in.
    if (checked) topics.push(topic);
    change({ topics: SESSION_TOPICS.filter((candidate) => topics.includes(candidate)) });
  };

  const update = () => {
    render(view(), container);
    // The popup's glossary search explains in this mentee's language.
    setCurrentMenteeLanguage(menteeLanguage());
  };

  /** A new entry from the last session logged. */
  const resetTo = (last: SessionLog | undefined) => {
    pickedLanguage = undefined;
    editing = undefined;
    problem = undefined;
    failure = '';
    draft = newDraft(localToday(), last);
    typed = false;
  };

  update();
  return {
    setMentees(next) {
      mentees = next;
      update();
    },
    setLanguages(next) {
      languages = next;
      update();
    },
    startNew(last) {
      resetTo(last);
      update();
    },
    load(next, keepEntry = false) {
      mentees = next.mentees;
      languages = next.languages;
      if (!keepEntry) resetTo(next.last);
      update();
    },
    startEdit(session) {
      pickedLanguage = undefined;
      editing = session;
      problem = undefined;
      failure = '';
      draft = draftOf(session);
      typed = false;
      update();
    },
    hasInput: () => typed,
    focus() {
      const mentee = container.querySelector<HTMLInputElement>(`#${id}-mentee`);
      mentee?.focus();
      mentee?.select();
    },
  };
}
