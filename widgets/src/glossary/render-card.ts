// One term's card: the Swedish word, its plain-Swedish explanation, the reader's language (the
// translation, marked machine-assisted until a person reviewed it, or the English explanation),
// an example, related words as links and the source. Every value is data shown as text.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { GlossaryTerm, GlossaryTranslation } from '@mentorkit/core';
import { directionOf } from '@mentorkit/core/i18n';
import type { LocalizeController } from '../shared/localize-controller.ts';
import type { GlossaryMessages } from './locales/sv.ts';
import { hashForTerm } from './term-link.ts';

type Localize = LocalizeController<GlossaryMessages>;

function readerLanguage(term: GlossaryTerm, localize: Localize): TemplateResult | typeof nothing {
  const lang = localize.lang;
  if (lang === 'en') {
    return html`<dt>${localize.term('glossaryEnglish')}</dt>
      <dd lang="en" dir="ltr" part="translation">${term.explanation.en}</dd>`;
  }
  // Swedish has no translation; the mentees' six languages may have one.
  const translations: Partial<Record<string, GlossaryTranslation>> = term.translations;
  const translation = translations[lang];
  if (lang === 'sv' || !translation) return nothing;
  const code = lang;
  const dir = directionOf(code);
  return html`<dt>${localize.term('glossaryReaderLanguage')}</dt>
    <dd part="translation">
      <p lang=${code} dir=${dir}>
        <strong class="translated-term">${translation.text}</strong>${
          translation.explanation
            ? html` – <span class="translated-explanation">${translation.explanation}</span>`
            : nothing
        }
      </p>
      <p class="review-status" part="review-status" data-reviewed=${String(translation.reviewed)}>
        ${
          translation.reviewed
            ? localize.term('glossaryReviewed')
            : localize.term('glossaryMachine')
        }
      </p>
    </dd>`;
}

// Whether a person or test compared the explanation with what it rests on, and when; a term
// with a source or a law paragraph that nobody checked says so rather than nothing (decision 0020).
function checkStatus(term: GlossaryTerm, localize: Localize): TemplateResult | typeof nothing {
  if (term.checked) {
    return html`<p class="check-status" part="check-status" data-checked="true">
      ${localize.term('glossaryChecked', { date: localize.formatDate(term.checked) })}
    </p>`;
  }
  if (!term.source && !term.basis) return nothing;
  return html`<p class="check-status" part="check-status" data-checked="false">
    ${localize.term('glossaryNotChecked')}
  </p>`;
}

export function renderCard(
  term: GlossaryTerm,
  related: readonly GlossaryTerm[],
  localize: Localize,
  onOpen: (event: MouseEvent, term: GlossaryTerm) => void,
): TemplateResult {
  return html`<article class="card" part="card" aria-labelledby="mk-glossary-term">
    <h3 id="mk-glossary-term" class="term" part="term" lang="sv" dir="ltr" tabindex="-1">
      ${term.lemma}
    </h3>
    <dl>
      <dt>${localize.term('glossaryPlainSwedish')}</dt>
      <dd lang="sv" dir="ltr" part="explanation">${term.explanation.sv}</dd>
      ${readerLanguage(term, localize)}
      ${
        term.example
          ? html`<dt>${localize.term('glossaryExample')}</dt>
              <dd lang="sv" dir="ltr" class="example">${term.example}</dd>`
          : nothing
      }
    </dl>
    ${
      related.length > 0
        ? html`<div class="related">
            <h4 id="mk-glossary-related">${localize.term('glossaryRelated')}</h4>
            <ul aria-labelledby="mk-glossary-related">
              ${related.map(
                (other) =>
                  html`<li>
                    <a
                      href=${hashForTerm(other.id)}
                      part="related-link"
                      lang="sv"
                      dir="ltr"
                      @click=${(event: MouseEvent) => onOpen(event, other)}
                      >${other.lemma}</a
                    >
                  </li>`,
              )}
            </ul>
          </div>`
        : nothing
    }
    ${
      term.source
        ? html`<p>
            <a href=${term.source} part="source-link" rel="noopener noreferrer"
              >${localize.term('glossarySource')}</a
            >
          </p>`
        : nothing
    }
    ${checkStatus(term, localize)}
  </article>`;
}
