import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import type { GlossaryTerm } from '@mentorkit/core';
import { DataController, importForParse } from '../shared/data-controller.ts';
import { renderDataState } from '../shared/data-state.ts';
import { emit } from '../shared/events.ts';
import { MentorkitElement } from '../shared/mentorkit-element.ts';
import { glossaryStyles } from './glossary.styles.ts';
import type { LoadedGlossary } from './load-glossary.ts';
import { glossaryMessages } from './locales/index.ts';
import type { GlossaryMessages } from './locales/sv.ts';
import { renderCard } from './render-card.ts';
import { hashForTerm, isPageAnchor, termFromHash } from './term-link.ts';

/** Most results listed for a query. */
export const MAX_RESULTS = 10;

/**
 * The glossary of Swedish working life for a partner's page (a union's or a municipality's page
 * for newcomers): search a word as it was seen (inflected, in a compound, with a typo, or in the
 * reader's language) and read it explained in plain Swedish and in the reader's language.
 *
 * @tag mk-glossary
 * @summary Search the workplace glossary; term cards in plain Swedish and the reader's language.
 *
 * The lookup is the extension's (`@mentorkit/glossary`). The terms load on demand, one chunk per
 * domain (`domains`), with the reviews of the reader's language: a translation is marked
 * machine-assisted until a person reviewed it. A term is linkable: `#term=kollektivavtal` in the
 * page's address opens its card, the results and related words are such links, and back and
 * forward move between the terms a person opened.
 *
 * @csspart title - The heading.
 * @csspart intro - The text under the heading.
 * @csspart search - The search form.
 * @csspart label - The search field's label.
 * @csspart hint - The hint under the label.
 * @csspart input - The search field.
 * @csspart status - The number of words found (read out to screen readers).
 * @csspart results - The list of words found.
 * @csspart result - A word in that list (a link to its card).
 * @csspart card - The open term's card.
 * @csspart term - The Swedish word on the card.
 * @csspart explanation - The plain-Swedish explanation.
 * @csspart translation - The reader's language on the card.
 * @csspart review-status - "Machine-assisted" or "reviewed by a person".
 * @csspart related-link - A related word's link.
 * @csspart source-link - The link to the source the explanation rests on.
 * @csspart check-status - Whether the explanation was checked against its source, and when.
 * @csspart missing - The note that a linked term is not in the glossary.
 * @csspart state - The frame of the loading and error states.
 * @csspart loading - The loading message.
 * @csspart error - The error of a failed load.
 * @csspart retry-button - "Try again" after a failed load.
 *
 * @cssprop --mk-color-accent - Links and the focus ring.
 * @cssprop --mk-font-family - The font; all `--mk-*` theme tokens apply.
 *
 * @fires mk-glossary-open - The person opened a term (a result, a related word, or Enter in the search). Detail: `{ id, lemma }`.
 */
export class MkGlossary extends MentorkitElement<GlossaryMessages> {
  static override styles = [super.styles, glossaryStyles];

  /** Reactive properties, declared without decorators (docs/decisions/0007). */
  static override properties = {
    src: {},
    domains: {},
    term: { reflect: true },
    withoutHash: { attribute: 'without-hash', type: Boolean },
    query: { state: true },
  };

  /**
   * A glossary of the partner's own instead of the bundled one: the URL of a JSON pack as the
   * extension exports one (`{ name, terms }`) or a JSON array of terms (`GlossaryTerm`, the
   * data contract). Each term is held to the schema: one bad term refuses the file.
   */
  src?: string;

  /**
   * The domains to offer, space-separated (`employment pay unions safety`); all when empty. Each
   * domain's terms are one chunk, loaded when the widget connects.
   */
  domains?: string;

  /** The id of the open term (`kollektivavtal`); follows `#term=` unless `without-hash`. */
  term?: string;

  /** Leave the page's address alone: no `#term=` is read, and the links only open the card. */
  withoutHash = false;

  private query = '';
  /** Set when the person opened a term here, so that focus moves to its card. */
  private focusCard = false;

  protected readonly localize = this.localizeWith(glossaryMessages);

  private readonly data = new DataController<LoadedGlossary>(this, {
    // A partner's glossary (`src`) arrives as text and is checked like an imported pack; the
    // bundled one arrives from its loader already indexed.
    read: (response) => response.text(),
    parse: async (body) => {
      if (typeof body !== 'string') return body as LoadedGlossary;
      const { glossaryFromText } = await importForParse(() => import('./load-pack.ts'));
      return glossaryFromText(body, this.src ?? '');
    },
  });

  /** What the data was loaded for: the domains and the reader's translation language. */
  private loadedFor = '';

  private readonly onHashChange = (): void => {
    // A page's own fragment (a skip link's `#main`) is not about terms: the card stays.
    if (this.withoutHash || isPageAnchor(location.hash)) return;
    this.term = termFromHash(location.hash);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    if (!this.withoutHash) this.term = termFromHash(location.hash) ?? this.term;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('withoutHash') && !this.withoutHash)
      this.term = termFromHash(location.hash) ?? this.term;
    // Checked in the lazy chunk, so that the entry carries no list of domains or languages.
    const domains = this.domains ?? '';
    const lang = this.localize.lang;
    const key = this.src ? `src|${this.src}` : `${domains}|${lang}`;
    if (key === this.loadedFor) return;
    this.loadedFor = key;
    if (this.src) {
      void this.data.load(this.src);
      return;
    }
    void this.data.load(async () => {
      const { loadGlossary } = await import('./load-glossary.ts');
      return loadGlossary(domains, lang);
    });
  }

  protected override updated(): void {
    if (!this.focusCard || !this.data.data) return;
    this.focusCard = false;
    this.renderRoot.querySelector<HTMLElement>('#mk-glossary-term')?.focus();
  }

  /** Opens `term` as the person asked: through the address (history), or in place. */
  private open(term: GlossaryTerm, event?: Event): void {
    this.focusCard = true;
    emit(this, 'mk-glossary-open', { id: term.id, lemma: term.lemma });
    if (this.withoutHash) {
      event?.preventDefault();
      this.term = term.id;
    } else if (event === undefined) {
      location.hash = hashForTerm(term.id);
    }
    // A link's own navigation sets the hash (and the history entry); hashchange follows.
  }

  private readonly onLinkClick = (event: MouseEvent, term: GlossaryTerm): void => {
    // A click that opens a new tab or window is the browser's.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    this.open(term, event);
  };

  private readonly onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.query) {
      event.preventDefault();
      this.query = '';
      (event.target as HTMLInputElement).value = '';
    }
  };

  /** Enter opens the best match. */
  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const first = this.data.data?.search.search(this.query, { limit: 1 })[0];
    if (first) this.open(first.term);
  };

  protected override render(): TemplateResult {
    return html`<section class="glossary" aria-labelledby="mk-glossary-title">
      <h2 id="mk-glossary-title" class="title" part="title">
        ${this.localize.term('glossaryTitle')}
      </h2>
      <p class="intro" part="intro">${this.localize.term('glossaryIntro')}</p>
      <form class="search" part="search" role="search" @submit=${this.onSubmit}>
        <label for="mk-glossary-query" part="label"
          >${this.localize.term('glossarySearchLabel')}</label
        >
        <p id="mk-glossary-hint" class="hint" part="hint">
          ${this.localize.term('glossarySearchHint')}
        </p>
        <input
          id="mk-glossary-query"
          part="input"
          type="search"
          enterkeyhint="search"
          autocomplete="off"
          spellcheck="false"
          maxlength="100"
          aria-describedby="mk-glossary-hint"
          .value=${this.query}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
        />
      </form>
      ${renderDataState(this.data, this.localize, (loaded) => this.renderLoaded(loaded))}
    </section>`;
  }

  private renderLoaded(loaded: LoadedGlossary): TemplateResult {
    const query = this.query.trim();
    const hits = query ? loaded.search.search(query, { limit: MAX_RESULTS }) : [];
    const term = this.term ? loaded.byId.get(this.term) : undefined;
    const related = (term?.related ?? []).flatMap((id) => {
      const other = loaded.byId.get(id);
      return other ? [other] : [];
    });
    return html`
      <p id="mk-glossary-status" class="status" part="status" role="status">
        ${
          query
            ? hits.length > 0
              ? this.localize.term('glossaryResults', { count: hits.length })
              : this.localize.term('glossaryNoResults', { query })
            : nothing
        }
      </p>
      ${
        hits.length > 0
          ? html`<ul class="results" part="results" aria-labelledby="mk-glossary-status">
              ${hits.map(
                ({ term: hit }) =>
                  html`<li>
                    <a
                      href=${hashForTerm(hit.id)}
                      part="result"
                      lang="sv"
                      dir="ltr"
                      aria-current=${hit.id === this.term ? 'true' : 'false'}
                      @click=${(event: MouseEvent) => this.onLinkClick(event, hit)}
                      >${hit.lemma}</a
                    >
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        term
          ? renderCard(term, related, this.localize, this.onLinkClick)
          : this.term
            ? html`<p class="missing" part="missing" role="alert">
                ${this.localize.term('glossaryTermMissing')}
              </p>`
            : nothing
      }
    `;
  }
}
