// The lookup popover: the background sends `show-lookup` with the selected text (context menu,
// shortcut), or a double-click on a site the mentor turned on calls `showLookup`. We ask the
// background for the term (the glossary stays there) and show the cards next to the selection,
// positioned with floating-ui. Closes on Escape or a click outside; moves focus only when the
// lookup came from the keyboard, and gives it back on close.
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { ref } from 'lit/directives/ref.js';
import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
  type VirtualElement,
} from '@floating-ui/dom';
import type { Feature } from '../../shared/feature.ts';
import { t, uiDirection, uiLanguage } from '../../shared/i18n.ts';
import { listen } from '../../shared/listen.ts';
import {
  MAX_LOOKUP_TEXT_LENGTH,
  failure,
  parseMessage,
  type LookupEntry,
  type ResponseTo,
} from '../../shared/messages.ts';
import { sendMessage } from '../../shared/send-message.ts';
import { classifySender, originOf } from '../../shared/sender.ts';
import { createOverlayRoot, type OverlayRoot } from '../../content/overlay-root.ts';
import type { MenteeLanguage } from '../../shared/languages.ts';
import { popoverStyles } from './lookup-popover.styles.ts';
import { copyText, explanationText, lemmaButton, termCard } from './term-card.ts';

export interface ShowOptions {
  /** Move focus into the popover (a lookup started from the keyboard). */
  focus?: boolean;
}

type Show = (text: string, options?: ShowOptions) => Promise<ResponseTo<'show-lookup'>>;

let showInPage: Show | undefined;

/** Shows the popover for `text` at the current selection (after the feature started). */
export function showLookup(
  text: string,
  options: ShowOptions = {},
): Promise<ResponseTo<'show-lookup'>> {
  if (!showInPage) return Promise.resolve(failure('The lookup popover has not started'));
  return showInPage(text, options);
}

/** The page region the popover points at: the selection when it opened. */
function selectionReference(): VirtualElement | undefined {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0).cloneRange();
  const rect = range.getBoundingClientRect();
  if (!rect.width && !rect.height) return undefined;
  const container = range.commonAncestorContainer;
  const contextElement = container instanceof Element ? container : container.parentElement;
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    ...(contextElement ? { contextElement } : {}),
  };
}

/** Top-left corner of the viewport, for a lookup without a visible selection. */
const FALLBACK_REFERENCE: VirtualElement = {
  getBoundingClientRect: () => new DOMRect(16, 16, 0, 0),
};

type State =
  | { state: 'loading'; text: string }
  | { state: 'answered'; text: string; answer: ResponseTo<'lookup-term'> };

export const lookupPopover: Feature = {
  name: 'lookup popover',
  init(signal) {
    const own = { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/')) ?? '' };
    let current: AbortController | undefined;
    /** Where focus goes back on close, and whether the popover has focus; set per popover. */
    let focusReturn: { to: Element | null; inside: () => boolean } | undefined;

    const close = () => {
      // Asked before the popover leaves the page: afterwards focus is on the body. Focus goes
      // back only if the popover had it: a mouse lookup never took it.
      const back = focusReturn?.inside() ? focusReturn.to : null;
      focusReturn = undefined;
      current?.abort();
      current = undefined;
      if (back instanceof HTMLElement) back.focus();
    };

    showInPage = async (text, options = {}) => {
      close();
      const popover = new AbortController();
      current = popover;
      const popoverSignal = AbortSignal.any([signal, popover.signal]);
      const reference = selectionReference() ?? FALLBACK_REFERENCE;
      const previousFocus = document.activeElement;
      const overlay = createOverlayRoot(
        document,
        popoverStyles,
        popoverSignal,
        reference.contextElement,
      );
      // The mentee language chosen on a card, kept for the related terms looked up after it;
      // until then the background's choice (the mentee met most recently).
      let language: MenteeLanguage | undefined;
      let shownText = text;
      const view = createView(overlay, reference, popoverSignal, {
        close,
        lookUp: (next) => void lookUp(next),
        chooseLanguage: (next) => {
          language = next;
          // Focus stays on the chooser (which the new cards draw again), for the keyboard.
          void lookUp(shownText, '.language-choice select');
        },
      });

      focusReturn = { to: previousFocus, inside: () => view.hadFocus() };
      document.addEventListener(
        'keydown',
        (event) => {
          if (event.key === 'Escape') close();
        },
        { signal: popoverSignal },
      );
      // A press anywhere outside the popover closes it (composedPath sees into our shadow root).
      document.addEventListener(
        'pointerdown',
        (event) => {
          if (!event.composedPath().includes(overlay.host)) close();
        },
        { capture: true, signal: popoverSignal },
      );

      const lookUp = async (lookupText: string, focusTarget?: string) => {
        const focusInside = view.hadFocus();
        shownText = lookupText;
        view.update({ state: 'loading', text: lookupText });
        const answer = await sendMessage({ type: 'lookup-term', text: lookupText, language });
        view.update({ state: 'answered', text: lookupText, answer });
        // A related term replaced the card under the focused button: keep focus in the popover.
        if (focusInside) view.focus(focusTarget);
      };

      await lookUp(text);
      if (options.focus) view.focus();
      return { ok: true, data: { shown: true } };
    };

    signal.addEventListener(
      'abort',
      () => {
        close();
        showInPage = undefined;
      },
      { once: true },
    );

    listen(
      browser.runtime.onMessage,
      (message: unknown, sender: Runtime.MessageSender) => {
        const check = classifySender(sender, own);
        // Only our background and pages may drive the popover; stay silent to anyone else.
        if (!check.ok || check.kind !== 'extension-page') return undefined;
        const parsed = parseMessage(message);
        if (!parsed.ok) return Promise.resolve(failure(parsed.error));
        if (parsed.message.type !== 'show-lookup') {
          return Promise.resolve(
            failure(`A content script does not handle "${parsed.message.type}"`),
          );
        }
        const { text, focus } = parsed.message;
        return showLookup(text, { focus: focus ?? false });
      },
      signal,
    );
  },
};

interface ViewActions {
  close: () => void;
  lookUp: (text: string) => void;
  chooseLanguage: (language: MenteeLanguage) => void;
}

interface View {
  update(state: State): void;
  /** Focuses the popover, or the element of it that `selector` finds. */
  focus(selector?: string): void;
  /** Whether focus is in the popover now. */
  hadFocus(): boolean;
}

function createView(
  overlay: OverlayRoot,
  reference: VirtualElement,
  signal: AbortSignal,
  actions: ViewActions,
): View {
  let section: HTMLElement | undefined;
  let state: State | undefined;
  const copyStates = new Map<string, 'copied' | 'failed'>();
  let stopAutoUpdate: (() => void) | undefined;

  const place = () => {
    if (!section) return;
    const floating = section;
    // Only measures the page (floating-ui's DOM platform), so nothing expected to reject; a bug
    // would still reach the console as an unhandled rejection.
    void computePosition(reference, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(8), flip({ padding: 8 }), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      floating.style.setProperty('left', `${x}px`);
      floating.style.setProperty('top', `${y}px`);
    });
  };

  const attach = (element: Element | undefined) => {
    if (!(element instanceof HTMLElement) || element === section) return;
    section = element;
    stopAutoUpdate?.();
    stopAutoUpdate = autoUpdate(reference, element, place);
  };
  signal.addEventListener('abort', () => stopAutoUpdate?.(), { once: true });

  const copy = async (entry: LookupEntry) => {
    const copied = await copyText(explanationText(entry), section ?? overlay.host);
    copyStates.clear();
    copyStates.set(entry.id, copied ? 'copied' : 'failed');
    draw();
  };

  const draw = () => {
    if (!state) return;
    overlay.render(html`
      <section
        class="popover"
        role="dialog"
        tabindex="-1"
        ${ref(attach)}
        aria-label=${t('lookupDialogLabel')}
        lang=${uiLanguage()}
        dir=${uiDirection()}
      >
        <div class="bar">
          <span class="brand">${t('lookupBrand')}</span>
          <button type="button" class="close" @click=${actions.close}>${t('lookupClose')}</button>
        </div>
        ${body(state, {
          onRelated: actions.lookUp,
          onLanguage: actions.chooseLanguage,
          onCopy: (entry) => void copy(entry),
          copyStateOf: (id) => copyStates.get(id),
        })}
      </section>
    `);
    place();
  };

  return {
    update(next) {
      state = next;
      copyStates.clear();
      draw();
    },
    focus(selector) {
      const target = selector ? section?.querySelector<HTMLElement>(selector) : undefined;
      (target ?? section)?.focus();
    },
    hadFocus() {
      return document.activeElement === overlay.host;
    },
  };
}

interface BodyActions {
  onRelated: (lemma: string) => void;
  onLanguage: (language: MenteeLanguage) => void;
  onCopy: (entry: LookupEntry) => void;
  copyStateOf: (id: string) => 'copied' | 'failed' | undefined;
}

function body(state: State, actions: BodyActions): TemplateResult {
  if (state.state === 'loading') {
    return html`<p role="status">${t('lookupLoading')}</p>`;
  }
  const { answer, text } = state;
  if (!answer.ok) return html`<p class="error" role="alert">${answer.error}</p>`;
  if (answer.data.entries.length === 0) return notFound(text, answer.data.closest ?? [], actions);
  const languages = {
    current: answer.data.language,
    choices: answer.data.languages,
    onChoose: actions.onLanguage,
  };
  return html`${answer.data.entries.map((entry) =>
    termCard(entry, {
      onRelated: actions.onRelated,
      onCopy: actions.onCopy,
      copyState: actions.copyStateOf(entry.id),
      languages,
    }),
  )}`;
}

function notFound(text: string, closest: readonly string[], actions: BodyActions): TemplateResult {
  return html`
    <p>
      <span class="not-found-term" lang="sv" dir="ltr"
        >${text.slice(0, MAX_LOOKUP_TEXT_LENGTH)}</span
      >
      ${t('lookupNotFound')}
    </p>
    ${
      closest.length > 0
        ? html`
            <div class="closest">
              <span>${t('lookupClosest')}</span>
              <ul>
                ${closest.map(
                  (lemma) => html` <li>${lemmaButton(lemma, () => actions.onRelated(lemma))}</li> `,
                )}
              </ul>
            </div>
          `
        : nothing
    }
  `;
}
