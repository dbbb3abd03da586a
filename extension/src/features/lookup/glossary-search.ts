// The popup's glossary search box: fuzzy search in the background (a typo still finds the term),
// the best match shown as the same card as the page popover, the other matches one click away.
// Also the "use on this site" toggle (features/sites/site-toggle.ts). Listed by popup/popup.ts.
//
// Speed: the popup asks the background to build the glossary as it opens (`prepare-glossary`),
// and searches on every keystroke rather than after a pause, as a warm search takes a few
// milliseconds (`npm run bench -- popup`). At most one search is in flight: keystrokes that come
// meanwhile (while a cold service worker builds the index, say) become one search for the
// newest text, so the worker never works through a queue of stale ones.
import { html, nothing, render, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { mountOnce } from '../../shared/mount-once.ts';
import { termCardStyles } from './term-card.styles.ts';
import { copyText, explanationText, lemmaButton, termCard } from './term-card.ts';
import { t } from '../../shared/i18n.ts';
import type { CardLanguages, LookupEntry, ResponseTo } from '../../shared/messages.ts';
import type { MenteeLanguage } from '../../shared/languages.ts';
import { currentMenteeLanguage, onCurrentMenteeLanguage } from '../quick-log/current-language.ts';
import { sendMessage } from '../../shared/send-message.ts';
import { mountSiteToggle } from '../sites/site-toggle.ts';

const sectionStyles = `
  .glossary {
    --mk-fg: light-dark(#1a1a1a, #f2f2f2);
    --mk-muted: light-dark(#4a4a4a, #c4c4c4);
    --mk-accent: light-dark(#0b6e69, #7fd1cb);
    --mk-on-accent: light-dark(#fff, #0b1f1e);
    --mk-link: light-dark(#075550, #9be0db);
    --mk-rule: light-dark(#c9d6d5, #3d4b4a);
    margin-block: 16px;
    padding-block-start: 12px;
    border-block-start: 1px solid var(--mk-rule);
  }
  .glossary h2 {
    margin: 0 0 8px;
    font-size: 17px;
  }
  .glossary label {
    display: block;
    font-weight: 600;
  }
  .glossary .check label {
    display: inline;
    font-weight: 400;
  }
  .glossary input[type='search'] {
    box-sizing: border-box;
    inline-size: 100%;
    margin-block: 4px;
    padding: 4px 8px;
    font: inherit;
  }
  .glossary .hint,
  .glossary .site-hint {
    margin: 0 0 8px;
    color: var(--mk-muted);
    font-size: 13px;
  }
  .glossary .results {
    margin-block-start: 8px;
  }
  .glossary .others {
    margin: 8px 0 0;
    padding: 0;
    list-style: none;
  }
  .glossary .others li {
    display: inline;
    margin-inline-end: 6px;
  }
  .glossary .error {
    color: light-dark(#a4000f, #ff9a9a);
  }
  .glossary input:focus-visible {
    outline: 2px solid var(--mk-accent);
    outline-offset: 2px;
  }
  .glossary .check {
    margin: 4px 0;
  }
  /* Nested, so that the term card's bare a and button rules stay inside the section: adopted
     by the whole popup, they gave its own links #075550 on a dark background and a focus ring
     of 1.08:1 (issue 24). */
  .glossary {
    ${termCardStyles}
  }
`;

type SearchState =
  | { kind: 'empty' }
  | { kind: 'searching'; query: string }
  | { kind: 'done'; query: string; entries: LookupEntry[]; selected: number }
  | { kind: 'failed'; query: string; error: string };

export function glossarySection(): TemplateResult {
  return html`<section
    class="glossary"
    aria-labelledby="glossary-heading"
    ${ref(mount)}
  ></section>`;
}

const mount = mountOnce((host) => {
  adoptStyles(host.ownerDocument);
  start(host, new AbortController().signal);
});

function adoptStyles(doc: Document): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(sectionStyles);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

function start(host: HTMLElement, signal: AbortSignal): void {
  let state: SearchState = { kind: 'empty' };
  let copyState: { id: string; state: 'copied' | 'failed' } | undefined;
  let generation = 0;
  /** A search is in flight; `nextQuery` is the newest text typed meanwhile. */
  let searching = false;
  let nextQuery: string | undefined;
  let siteHost: HTMLElement | undefined;
  /** A language chosen on the card; the quick-log's mentee's until then (and again after). */
  let chosenLanguage: MenteeLanguage | undefined;
  let languages: CardLanguages = { language: null, languages: [] };
  const language = () => chosenLanguage ?? currentMenteeLanguage();
  /** What the cards shown answer: a search, or a related term looked up. */
  let lastAsked: 'search-glossary' | 'lookup-term' = 'search-glossary';

  const show = (
    answer: ResponseTo<'search-glossary'> | ResponseTo<'lookup-term'>,
    query: string,
  ) => {
    if (!answer.ok) state = { kind: 'failed', query, error: answer.error };
    else {
      state = { kind: 'done', query, entries: answer.data.entries, selected: 0 };
      languages = { language: answer.data.language, languages: answer.data.languages };
    }
    copyState = undefined;
    update();
  };

  const search = async (query: string) => {
    const mine = ++generation;
    if (!query.trim()) {
      state = { kind: 'empty' };
      update();
      return;
    }
    // While the text is refined, the last answer stays up until the next one replaces it.
    if (state.kind !== 'done') {
      state = { kind: 'searching', query };
      update();
    }
    const answer = await sendMessage({ type: 'search-glossary', query, language: language() });
    if (mine !== generation) return;
    lastAsked = 'search-glossary';
    show(answer, query);
  };

  const searchNow = async (query: string) => {
    if (!query.trim()) {
      // Cleared: nothing to wait for (search drops the answer in flight).
      nextQuery = undefined;
      await search(query);
      return;
    }
    if (searching) {
      nextQuery = query;
      return;
    }
    searching = true;
    try {
      for (let next: string | undefined = query; next !== undefined; next = nextQuery) {
        nextQuery = undefined;
        await search(next);
      }
    } finally {
      searching = false;
    }
  };

  const onInput = (event: Event) => {
    // sendMessage answers a failure instead of rejecting, so searchNow() never rejects.
    void searchNow((event.target as HTMLInputElement).value);
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const input = host.querySelector<HTMLInputElement>('#glossary-search');
    void searchNow(input?.value ?? '');
  };

  const lookUpRelated = async (lemma: string) => {
    const mine = ++generation;
    const answer = await sendMessage({ type: 'lookup-term', text: lemma, language: language() });
    if (mine !== generation) return;
    lastAsked = 'lookup-term';
    show(answer, lemma);
    host.querySelector<HTMLElement>('.results h2')?.focus();
  };

  const copy = async (entry: LookupEntry) => {
    const copied = await copyText(explanationText(entry), host);
    copyState = { id: entry.id, state: copied ? 'copied' : 'failed' };
    update();
  };

  /** Asks again for the cards shown, in language(), the same term kept on the card. */
  const askAgain = async () => {
    if (state.kind !== 'done') return;
    const { query, selected } = state;
    const mine = ++generation;
    const answer =
      lastAsked === 'lookup-term'
        ? await sendMessage({ type: 'lookup-term', text: query, language: language() })
        : await sendMessage({ type: 'search-glossary', query, language: language() });
    if (mine !== generation) return;
    show(answer, query);
    if (state.kind === 'done' && selected < state.entries.length) state.selected = selected;
    update();
  };

  /** Chosen on the card: the cards again in that language, focus kept on the chooser. */
  const chooseLanguage = async (next: MenteeLanguage) => {
    chosenLanguage = next;
    await askAgain();
    host.querySelector<HTMLElement>('.results .language-choice select')?.focus();
  };

  // Another mentee in the quick-log: the cards follow their language.
  onCurrentMenteeLanguage(() => {
    chosenLanguage = undefined;
    void askAgain();
  }, signal);

  const select = (index: number) => {
    if (state.kind !== 'done') return;
    state = { ...state, selected: index };
    copyState = undefined;
    update();
    host.querySelector<HTMLElement>('.results h2')?.focus();
  };

  const results = (): TemplateResult | typeof nothing => {
    if (state.kind === 'empty') return nothing;
    if (state.kind === 'searching') return html`<p>${t('lookupLoading')}</p>`;
    if (state.kind === 'failed') return html`<p class="error" role="alert">${state.error}</p>`;
    const { entries, selected } = state;
    const entry = entries[selected];
    if (!entry) return nothing;
    const others = entries
      .map((other, index) => ({ other, index }))
      .filter(({ index }) => index !== selected);
    return html`
      ${termCard(entry, {
        onRelated: (lemma) => void lookUpRelated(lemma),
        onCopy: (chosen) => void copy(chosen),
        copyState: copyState?.id === entry.id ? copyState.state : undefined,
        languages: {
          current: languages.language,
          choices: languages.languages,
          onChoose: (next) => void chooseLanguage(next),
        },
      })}
      ${
        others.length > 0
          ? html`
              <ul class="others" aria-label=${t('searchResultsLabel')}>
                ${others.map(
                  ({ other, index }) => html`
                    <li>${lemmaButton(other.lemma, () => select(index))}</li>
                  `,
                )}
              </ul>
            `
          : nothing
      }
    `;
  };

  // What a screen reader hears after a search: how many terms, and which one the card shows
  // (the card itself is not in the live region: it is long, and read when the mentor goes there).
  const resultsStatus = (): string => {
    if (state.kind !== 'done') return '';
    const shown = state.entries[state.selected];
    if (!shown) return t('searchNoResults');
    return t('searchResultsFound', [String(state.entries.length), shown.lemma]);
  };

  const update = () => {
    if (signal.aborted) return;
    render(
      html`
        <h2 id="glossary-heading">${t('searchHeading')}</h2>
        <form role="search" @submit=${onSubmit}>
          <label for="glossary-search">${t('searchLabel')}</label>
          <input
            id="glossary-search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            lang="sv"
            dir="auto"
            aria-describedby="glossary-search-hint"
            aria-controls="glossary-results"
            @input=${onInput}
          />
          <p id="glossary-search-hint" class="hint">${t('searchHint')}</p>
        </form>
        <div id="glossary-results" class="results">${results()}</div>
        <p class="hint" role="status" data-testid="glossary-search-status">${resultsStatus()}</p>
        <div class="site" ${ref(mountSite)}></div>
      `,
      host,
    );
    // Headings of the card take focus after a related term or another match was chosen.
    for (const heading of host.querySelectorAll<HTMLElement>('.results h2')) {
      heading.tabIndex = -1;
    }
  };

  const mountSite = (element: Element | undefined) => {
    if (!(element instanceof HTMLElement) || element === siteHost) return;
    siteHost = element;
    mountSiteToggle(element, signal);
  };

  update();
  // The mentor opened the popup, likely to search: have the background build the glossary now,
  // when the popup's main thread is free (while the quick-log's read is under way, say) rather
  // than before the quick-log is on screen. Never rejects (a failure is an answer), and nothing
  // waits for it.
  requestIdleCallback(() => void sendMessage({ type: 'prepare-glossary' }), { timeout: 200 });
}
