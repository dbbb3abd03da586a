// The settings form's view: the mentee's language, the mentor's languages and whether the last
// change was saved (settings-section.ts keeps the state and renders it).
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { t, uiLanguage } from '../../shared/i18n.ts';
import { languageLabel } from '../../shared/language-names.ts';
import {
  MENTEE_LANGUAGES,
  MENTOR_LANGUAGES,
  type MenteeLanguage,
  type MentorLanguage,
} from '../../shared/languages.ts';
import type { Settings } from '../../shared/settings.ts';

/** The select's value for "no language chosen" (stored as null). */
export const NO_LANGUAGE = '';

export type SaveState = { state: 'idle' } | { state: 'saved' } | { state: 'failed'; error: string };

export interface SettingsFormProps {
  settings: Settings;
  save: SaveState;
  onMenteeLanguageChange: (language: MenteeLanguage | null) => void;
  /** The whole new list of the mentor's languages. */
  onMentorLanguagesChange: (languages: MentorLanguage[]) => void;
}

// `.selected` with live(), not the attribute: once the mentor has used the select, the attribute
// no longer moves the selection, and settings can change in another tab.
/** What goes in the form (settings-section.ts renders the <form> itself). */
export function settingsFormView({
  settings,
  save,
  onMenteeLanguageChange,
  onMentorLanguagesChange,
}: SettingsFormProps): TemplateResult {
  const onChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    const language = MENTEE_LANGUAGES.find((candidate) => candidate.code === value);
    onMenteeLanguageChange(language ? language.code : null);
  };
  return html`
    <label for="mentee-language">${t('optionsMenteeLanguageLabel')}</label>
    <select id="mentee-language" aria-describedby="mentee-language-hint" @change=${onChange}>
      <option value=${NO_LANGUAGE} .selected=${live(settings.menteeLanguage === null)}>
        ${t('optionsMenteeLanguageNone')}
      </option>
      ${MENTEE_LANGUAGES.map(
        (language) => html`
          <option
            value=${language.code}
            .selected=${live(settings.menteeLanguage === language.code)}
          >
            ${languageLabel(language.code, uiLanguage())}
          </option>
        `,
      )}
    </select>
    <p id="mentee-language-hint" class="hint">${t('optionsMenteeLanguageHint')}</p>
    ${mentorLanguagesFieldset(settings.mentorLanguages, onMentorLanguagesChange)}
    <p role="status">${saveMessage(save)}</p>
  `;
}

// Each name in its own language and direction, so a mentor finds theirs whatever the UI language;
// the rows themselves follow the page's direction, so the boxes line up.
function mentorLanguagesFieldset(
  spoken: readonly MentorLanguage[],
  onChange: (languages: MentorLanguage[]) => void,
): TemplateResult {
  const onToggle = (event: Event) => {
    const fieldset = event.currentTarget as HTMLFieldSetElement;
    const ticked = new Set(
      Array.from(fieldset.querySelectorAll<HTMLInputElement>('input:checked'), (box) => box.value),
    );
    onChange(MENTOR_LANGUAGES.map(({ code }) => code).filter((code) => ticked.has(code)));
  };
  return html`
    <fieldset class="mentor-languages" aria-describedby="mentor-languages-hint" @change=${onToggle}>
      <legend>${t('optionsMentorLanguagesLegend')}</legend>
      <p id="mentor-languages-hint" class="hint">${t('optionsMentorLanguagesHint')}</p>
      ${MENTOR_LANGUAGES.map(
        (language) => html`
          <label>
            <input
              type="checkbox"
              name="mentor-languages"
              value=${language.code}
              .checked=${live(spoken.includes(language.code))}
            />
            <span lang=${language.code} dir=${language.dir}>${language.endonym}</span>
          </label>
        `,
      )}
    </fieldset>
  `;
}

function saveMessage(save: SaveState): string {
  if (save.state === 'saved') return t('optionsSaved');
  if (save.state === 'failed') return t('optionsSaveFailed', save.error);
  return '';
}
