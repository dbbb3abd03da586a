/**
 * The widgets' theme, in Material Web's three layers:
 *
 * 1. Public tokens `--mk-*` (listed in THEME_TOKENS, documented as `@cssprop`): a page sets
 *    them anywhere — `:root`, a container, the widget itself — and they inherit into every
 *    shadow root. The theme never declares them itself: a declaration on `:host` would beat
 *    the value inherited from the page, and `:root { --mk-color-accent: … }` would do nothing.
 * 2. Resolved tokens `--_mk-*`, declared here on `:host`: the page's value or our default,
 *    light or dark (`light-dark()`) as the page's `color-scheme` is (or the `theme`
 *    attribute: `light`, `dark`, `auto` for the operating system's), system colours under
 *    `forced-colors`; the page's font unless `--mk-font-family` names one.
 *    Component styles use only these (and their own), never a public token directly.
 * 3. `::part()` for styling one element of one widget.
 *
 * `undefinedTokens` (testing/token-check.ts) fails a component whose styles use a token that is not
 * declared; run it over each widget's styles.
 */
import { css } from 'lit';

/** The public theme tokens a page may set. */
export const THEME_TOKENS = [
  '--mk-color-text',
  '--mk-color-text-muted',
  '--mk-color-background',
  '--mk-color-surface',
  '--mk-color-border',
  '--mk-color-accent',
  '--mk-color-accent-text',
  '--mk-color-danger',
  '--mk-color-success',
  '--mk-color-warning',
  '--mk-font-family',
  '--mk-font-size',
  '--mk-line-height',
  '--mk-radius',
  '--mk-space-xs',
  '--mk-space-s',
  '--mk-space-m',
  '--mk-space-l',
  '--mk-space-xl',
  '--mk-focus-ring-color',
  '--mk-focus-ring-width',
  '--mk-focus-ring-offset',
  '--mk-transition-duration',
] as const;

export type ThemeToken = (typeof THEME_TOKENS)[number];

/**
 * Layer 2: the resolved tokens on `:host`. Light defaults keep text and accents at 4.5:1 or
 * more on background and surface, and borders at 3:1; dark defaults (the second value of each
 * `light-dark()`) change only colours; under forced colours the system palette wins and our
 * own uses follow it.
 */
export const themeTokens = css`
  :host {
    --_mk-color-text: var(--mk-color-text, light-dark(#1b1c20, #e9eaef));
    --_mk-color-text-muted: var(--mk-color-text-muted, light-dark(#55585f, #b3b6be));
    --_mk-color-background: var(--mk-color-background, light-dark(#ffffff, #16171b));
    --_mk-color-surface: var(--mk-color-surface, light-dark(#f3f4f7, #22242a));
    --_mk-color-border: var(--mk-color-border, light-dark(#767a82, #8d919a));
    --_mk-color-accent: var(--mk-color-accent, light-dark(#0b57c2, #8ab4ff));
    --_mk-color-accent-text: var(--mk-color-accent-text, light-dark(#ffffff, #0b1b36));
    --_mk-color-danger: var(--mk-color-danger, light-dark(#b42318, #ffb4a9));
    --_mk-color-success: var(--mk-color-success, light-dark(#146c2e, #7fd99a));
    --_mk-color-warning: var(--mk-color-warning, light-dark(#8a4b00, #f4c06a));
    /* The page's own font, unless the page sets one for the widgets. */
    --_mk-font-family: var(--mk-font-family, inherit);
    --_mk-font-size: var(--mk-font-size, 1rem);
    --_mk-line-height: var(--mk-line-height, 1.5);
    --_mk-radius: var(--mk-radius, 0.375rem);
    --_mk-space-xs: var(--mk-space-xs, 0.25rem);
    --_mk-space-s: var(--mk-space-s, 0.5rem);
    --_mk-space-m: var(--mk-space-m, 1rem);
    --_mk-space-l: var(--mk-space-l, 1.5rem);
    --_mk-space-xl: var(--mk-space-xl, 2rem);
    --_mk-focus-ring-color: var(--mk-focus-ring-color, light-dark(#0b57c2, #8ab4ff));
    --_mk-focus-ring-width: var(--mk-focus-ring-width, 3px);
    --_mk-focus-ring-offset: var(--mk-focus-ring-offset, 2px);
    --_mk-transition-duration: var(--mk-transition-duration, 150ms);
  }

  /* Light or dark as the page is (its color-scheme, which the host inherits), or as the
   theme attribute says; auto follows the operating system. */
  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([theme='auto']) {
    color-scheme: light dark;
  }

  @media (forced-colors: active) {
    :host {
      --_mk-color-text: CanvasText;
      --_mk-color-text-muted: CanvasText;
      --_mk-color-background: Canvas;
      --_mk-color-surface: Canvas;
      --_mk-color-border: CanvasText;
      --_mk-color-accent: Highlight;
      --_mk-color-accent-text: HighlightText;
      --_mk-color-danger: CanvasText;
      --_mk-color-success: CanvasText;
      --_mk-color-warning: CanvasText;
      --_mk-focus-ring-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_mk-transition-duration: 0s;
    }
  }
`;

/** Base styles every widget shares: logical properties only, so right-to-left just works. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    color: var(--_mk-color-text);
    background-color: var(--_mk-color-background);
    font-family: var(--_mk-font-family);
    font-size: var(--_mk-font-size);
    line-height: var(--_mk-line-height);
    overflow-wrap: break-word;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: var(--_mk-focus-ring-width) solid var(--_mk-focus-ring-color);
    outline-offset: var(--_mk-focus-ring-offset);
  }

  /* Read by screen readers, not shown. */
  .visually-hidden:not(:focus-within, :active) {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
    padding: 0 !important;
    margin: -1px !important;
  }

  a {
    color: var(--_mk-color-accent);
    text-underline-offset: 0.15em;
  }

  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    max-inline-size: 100%;
  }

  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_mk-space-s);
    min-block-size: 2.75rem;
    padding-block: var(--_mk-space-xs);
    padding-inline: var(--_mk-space-m);
    /* A transparent border still shows under forced colours, where backgrounds do not. */
    border: 1px solid var(--_mk-color-border);
    border-radius: var(--_mk-radius);
    background-color: var(--_mk-color-surface);
    cursor: pointer;
    transition:
      background-color var(--_mk-transition-duration),
      border-color var(--_mk-transition-duration);
  }

  button.primary {
    border-color: transparent;
    background-color: var(--_mk-color-accent);
    color: var(--_mk-color-accent-text);
  }

  /* Forced colours: the browser keeps a system-colour background (Highlight) but forces the
     text to ButtonText, which left the label of every accent-filled control unreadable
     (issue 24). Opting out of the forcing keeps our pair, Highlight on HighlightText, which
     the forced palette makes readable; the border keeps the shape. */
  @media (forced-colors: active) {
    button.primary,
    [aria-pressed='true'] {
      forced-color-adjust: none;
      background-color: Highlight;
      color: HighlightText;
    }
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: var(--_mk-space-xs);
    padding-inline: var(--_mk-space-s);
    border: 1px solid var(--_mk-color-border);
    border-radius: var(--_mk-radius);
    background-color: var(--_mk-color-background);
  }

  [aria-invalid='true'] {
    border-color: var(--_mk-color-danger);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
`;

/** Both layers, first in every widget's `static styles`. */
export const themeStyles = [themeTokens, baseStyles];
