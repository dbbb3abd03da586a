// One glossary term as a card: the lookup popover shows it on the page, the popup's search box
// in the popup. Everything from the glossary or the page goes in through lit text bindings; the
// source link is only ever an http(s) URL.
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { live } from 'lit/directives/live.js';
import { webHref } from '@mentorkit/core/web-url';
import { t, uiLanguage, type MessageKey } from '../../shared/i18n.ts';
import type { LookupEntry } from '../../shared/messages.ts';
import { languageLabel } from '../../shared/language-names.ts';
import { MENTEE_LANGUAGES, isMentorLanguage, type MenteeLanguage } from '../../shared/languages.ts';

export interface CardActions {
  /** A related term was chosen: look it up. */
  onRelated(lemma: string): void;
  /** "Copy explanation" was chosen. */
  onCopy(entry: LookupEntry): void;
  /** What the last copy of this card did, for the status line. */
  copyState?: 'copied' | 'failed' | undefined;
  /** The mentee languages the card may explain in: a chooser when there are several. */
  languages?: LanguageChoice | undefined;
}

export interface LanguageChoice {
  /** The language the card is in (null: none, Swedish and English only). */
  current: MenteeLanguage | null;
  /** The languages of the mentor's mentees, most recently met first. */
  choices: readonly MenteeLanguage[];
  onChoose(language: MenteeLanguage): void;
}

/**
 * "Explain for the mentee in [Dari (دری)]", when the mentor's mentees read more than one
 * language; each named in the UI's language with its own name beside it.
 */
function languageChooser(
  choice: LanguageChoice | undefined,
  ui: string,
): TemplateResult | typeof nothing {
  if (!choice) return nothing;
  const { current } = choice;
  const choices =
    current === null || choice.choices.includes(current)
      ? choice.choices
      : [current, ...choice.choices];
  if (choices.length < 2) return nothing;
  const onChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    const language = MENTEE_LANGUAGES.find((candidate) => candidate.code === value);
    if (language) choice.onChoose(language.code);
  };
  return html`<label class="language-choice">
    <span>${t('cardChooseLanguage')}</span>
    <select @change=${onChange}>
      ${current === null ? html`<option value="" selected>${t('optionsMenteeLanguageNone')}</option>` : nothing}
      ${choices.map(
        (code) =>
          html`<option value=${code} .selected=${live(code === current)}>
            ${languageLabel(code, ui)}
          </option>`,
      )}
    </select>
  </label>`;
}

const PART_OF_SPEECH_KEYS: Record<string, MessageKey> = {
  noun: 'partOfSpeechNoun',
  verb: 'partOfSpeechVerb',
  adjective: 'partOfSpeechAdjective',
  adverb: 'partOfSpeechAdverb',
  phrase: 'partOfSpeechPhrase',
  abbreviation: 'partOfSpeechAbbreviation',
};

/** A Swedish term as a link-styled button (a related term, a closest match, a search result). */
export function lemmaButton(lemma: string, onClick: () => void): TemplateResult {
  return html`<button type="button" class="link" lang="sv" dir="ltr" @click=${onClick}>
    ${lemma}
  </button>`;
}

export function partOfSpeechLabel(partOfSpeech: string): string {
  const key = PART_OF_SPEECH_KEYS[partOfSpeech];
  return key ? t(key) : partOfSpeech;
}

/** The text "copy explanation" puts on the clipboard, to paste into a chat with the mentee. */
export function explanationText(entry: LookupEntry): string {
  const lines = [`${entry.lemma}: ${entry.explanation.sv}`, `(English) ${entry.explanation.en}`];
  if (entry.mentee) {
    const { text, explanation } = entry.mentee;
    lines.push(explanation ? `${text}: ${explanation}` : text);
  }
  return lines.join('\n');
}

function sameWord(a: string, b: string): boolean {
  return a.localeCompare(b, 'sv', { sensitivity: 'accent' }) === 0;
}

export function termCard(entry: LookupEntry, actions: CardActions): TemplateResult {
  const ui = uiLanguage();
  const { mentee } = entry;
  // A pack's source is an organisation's text: a link only when it is a web address.
  const sourceHref = entry.source === undefined ? undefined : webHref(entry.source);
  const copyStatus =
    actions.copyState === 'copied'
      ? t('cardCopied')
      : actions.copyState === 'failed'
        ? t('cardCopyFailed')
        : '';
  return html`
    <article class="card" lang=${ui} data-term-id=${entry.id}>
      <header class="card-head">
        <h2 class="lemma" lang="sv" dir="ltr">${entry.lemma}</h2>
        <span class="pos">${partOfSpeechLabel(entry.partOfSpeech)}</span>
      </header>
      ${
        sameWord(entry.found, entry.lemma)
          ? nothing
          : html`<p class="found">
              ${t('cardFoundForm')}
              <span lang="sv" dir="ltr" class="found-form">${entry.found}</span>
            </p>`
      }
      ${languageChooser(actions.languages, ui)}
      ${
        entry.pack
          ? html`<p class="pack">${t('cardFromPack')} <span>${entry.pack}</span></p>`
          : nothing
      }
      <dl class="explanations">
        <dt>${t('cardPlainSwedish')}</dt>
        <dd lang="sv" dir="ltr" class="explanation-sv">${entry.explanation.sv}</dd>
        <dt>${t('cardEnglish')}</dt>
        <dd lang="en" dir="ltr" class="explanation-en">${entry.explanation.en}</dd>
        ${
          mentee
            ? html`
                <dt>
                  ${t('cardMenteeLanguage')}${
                    isMentorLanguage(mentee.language)
                      ? `: ${languageLabel(mentee.language, ui)}`
                      : nothing
                  }
                </dt>
                <dd class="mentee">
                  <p lang=${mentee.language} dir=${mentee.dir}>
                    <strong class="mentee-term">${mentee.text}</strong>${
                      mentee.explanation
                        ? html` — <span class="mentee-explanation">${mentee.explanation}</span>`
                        : nothing
                    }
                  </p>
                  ${
                    mentee.reviewed
                      ? html`<p class="reviewed">${t('cardReviewed')}</p>`
                      : html`<p class="machine">${t('cardMachineTranslation')}</p>`
                  }
                </dd>
              `
            : nothing
        }
        ${
          entry.example
            ? html`
                <dt>${t('cardExample')}</dt>
                <dd lang="sv" dir="ltr" class="example">${entry.example}</dd>
              `
            : nothing
        }
      </dl>
      ${
        entry.related.length > 0
          ? html`
              <div class="related">
                <span class="related-label">${t('cardRelated')}</span>
                <ul>
                  ${entry.related.map(
                    (related) => html`
                      <li>${lemmaButton(related.lemma, () => actions.onRelated(related.lemma))}</li>
                    `,
                  )}
                </ul>
              </div>
            `
          : nothing
      }
      <div class="actions">
        <button type="button" class="copy" @click=${() => actions.onCopy(entry)}>
          ${t('cardCopy')}
        </button>
        ${
          sourceHref
            ? html`<a class="source" href=${sourceHref} target="_blank" rel="noopener noreferrer"
                >${t('cardSource')}</a
              >`
            : nothing
        }
        ${
          // The paragraph is Swedish law's own citation: shown as it is, in every UI language.
          entry.basis
            ? html`<span class="basis" lang="sv" dir="ltr">${entry.basis}</span>`
            : nothing
        }
        ${
          // Honest about the source: a card says whether a person or test compared the
          // explanation with it, and when (decision 0020); an unchecked one says so too.
          entry.checked
            ? html`<span class="checked" data-checked="true"
                >${t('cardChecked', entry.checked)}</span
              >`
            : sourceHref || entry.basis
              ? html`<span class="checked" data-checked="false">${t('cardNotChecked')}</span>`
              : nothing
        }
        <span class="copy-status" role="status">${copyStatus}</span>
      </div>
    </article>
  `;
}

/** Copies `text`; falls back to a hidden textarea where the async clipboard is refused. */
export async function copyText(text: string, scratch: ParentNode & Node): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.setProperty('position', 'fixed');
    area.style.setProperty('opacity', '0');
    scratch.append(area);
    area.select();
    let copied: boolean;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    return copied;
  }
}
