// The lookup popover: the background sends `show-lookup` with the selected text, we ask the
// background for the term and show the answer next to the selection.
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { html, type TemplateResult } from 'lit/html.js';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Feature } from '../shared/feature.ts';
import { t, uiLanguage } from '../shared/i18n.ts';
import { listen } from '../shared/listen.ts';
import { failure, parseMessage, type ResponseTo } from '../shared/messages.ts';
import { sendMessage } from '../shared/send-message.ts';
import { classifySender, originOf } from '../shared/sender.ts';
import { createOverlayRoot, type OverlayRoot } from './overlay-root.ts';
import { popoverStyles } from './lookup-popover.styles.ts';

interface Anchor {
  top: number;
  left: number;
}

function selectionAnchor(): Anchor {
  const selection = document.getSelection();
  if (selection && selection.rangeCount > 0) {
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    if (rect.width || rect.height) return { top: rect.bottom + 8, left: rect.left };
  }
  return { top: 16, left: 16 };
}

export const lookupPopover: Feature = {
  name: 'lookup popover',
  init(signal) {
    const own = { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/')) ?? '' };
    let current: AbortController | undefined;

    const close = () => {
      current?.abort();
      current = undefined;
    };

    const show = async (text: string): Promise<ResponseTo<'show-lookup'>> => {
      close();
      const popover = new AbortController();
      current = popover;
      const popoverSignal = AbortSignal.any([signal, popover.signal]);
      const anchor = selectionAnchor();
      const previousFocus = document.activeElement;
      const overlay = createOverlayRoot(document, popoverStyles, popoverSignal);
      popoverSignal.addEventListener(
        'abort',
        () => {
          if (previousFocus instanceof HTMLElement) previousFocus.focus();
        },
        { once: true },
      );
      document.addEventListener(
        'keydown',
        (event) => {
          if (event.key === 'Escape') close();
        },
        { signal: popoverSignal },
      );
      const answer = await sendMessage({ type: 'lookup-term', text });
      renderPopover(overlay, anchor, text, answer, close);
      return { ok: true, data: { shown: true } };
    };

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
        return show(parsed.message.text);
      },
      signal,
    );
  },
};

// The mentor asked for the lookup, so focus moves to it (and back on close, see `show`).
// Each popover is rendered once, so this runs once per lookup.
function focusOnce(element: Element | undefined): void {
  if (element instanceof HTMLElement) element.focus();
}

function renderPopover(
  overlay: OverlayRoot,
  anchor: Anchor,
  text: string,
  answer: ResponseTo<'lookup-term'>,
  close: () => void,
): void {
  let body: TemplateResult;
  if (!answer.ok) body = html`<p class="error">${answer.error}</p>`;
  // Entries are always empty until the glossary is wired into the background.
  else body = html`<p>${t('lookupNoGlossary')}</p>`;
  overlay.render(html`
    <section
      class="popover"
      role="dialog"
      tabindex="-1"
      ${ref(focusOnce)}
      aria-label=${t('lookupDialogLabel')}
      lang=${uiLanguage()}
      style=${styleMap({ top: `${anchor.top}px`, left: `${anchor.left}px` })}
    >
      <p class="term" lang="sv">${text}</p>
      ${body}
      <button type="button" @click=${close}>${t('lookupClose')}</button>
    </section>
  `);
}
