// In-page UI lives in a closed shadow root on a host element we own. `customElements` is null in
// Chrome content scripts, so nothing here defines an element: lit-html's `render()` fills the
// root, and page text only ever goes in through lit bindings (text, never HTML). The closed mode
// keeps page scripts from reading what the mentor looks up.
import { render } from 'lit/html.js';

/** A valid custom-element name that we never define, so attachShadow is allowed on it. */
export const OVERLAY_HOST_TAG = 'mentorkit-overlay';

export interface OverlayRoot {
  readonly host: HTMLElement;
  render(content: unknown): void;
}

/**
 * `after`: the page element the overlay belongs to (the one holding the selection); the host
 * goes right after it, so that Tab from there reaches the overlay next (WCAG 2.4.3) rather than
 * after the whole page. Without one, the host goes at the end of the document.
 */
export function createOverlayRoot(
  doc: Document,
  styles: string,
  signal: AbortSignal,
  after?: Element,
): OverlayRoot {
  const host = doc.createElement(OVERLAY_HOST_TAG);
  // Page CSS may style unknown elements (`* { … !important }`); an important inline reset beats
  // any page rule, so the overlay starts clean whatever the page does.
  host.style.setProperty('all', 'initial', 'important');
  // Out of the page's flow wherever it is inserted (a grid or flex item would take a place).
  host.style.setProperty('position', 'fixed', 'important');
  // eslint-disable-next-line wc/no-closed-shadow-root -- pages must not read the overlay (design.md)
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyles(doc, shadow, styles);
  const container = doc.createElement('div');
  shadow.append(container);
  if (after && after !== doc.body && doc.body?.contains(after)) after.after(host);
  else doc.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return {
    host,
    render: (content) => {
      if (!signal.aborted) render(content, container);
    },
  };
}

function adoptStyles(doc: Document, shadow: ShadowRoot, styles: string): void {
  // A constructed sheet is not subject to the page's style-src CSP; a <style> element may be.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = styles;
    shadow.append(style);
  }
}
