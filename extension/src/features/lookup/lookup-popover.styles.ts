// The popover's own styles, inside its closed shadow root: the page's CSS cannot reach in, and
// these cannot reach out. Sizes are px (rem would follow the page's root font size).
import { termCardStyles } from './term-card.styles.ts';

export const popoverStyles = `
  :host {
    all: initial;
  }
  .popover {
    --mk-fg: #1a1a1a;
    --mk-muted: #4a4a4a;
    --mk-accent: #0b6e69;
    --mk-link: #075550;
    --mk-on-accent: #fff;
    position: fixed;
    /* Physical on purpose: floating-ui's x and y are measured from the viewport's top left. */
    top: 0;
    left: 0;
    z-index: 2147483647;
    box-sizing: border-box;
    inline-size: max-content;
    max-inline-size: min(400px, calc(100vw - 16px));
    max-block-size: min(480px, calc(100vh - 16px));
    overflow: auto;
    margin: 0;
    padding: 12px 16px;
    border: 1px solid var(--mk-accent);
    border-radius: 8px;
    background: #fff;
    color: var(--mk-fg);
    font: 15px/1.4 system-ui, sans-serif;
    text-align: start;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
  }
  .popover:focus-visible {
    outline: 2px solid var(--mk-fg);
    outline-offset: 2px;
  }
  .bar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
    margin-block-end: 8px;
  }
  .brand {
    color: var(--mk-muted);
    font-size: 13px;
    font-weight: 600;
  }
  p {
    margin: 0 0 8px;
  }
  .error {
    color: #a4000f;
  }
  .not-found-term {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .closest ul {
    margin: 4px 0 0;
    padding: 0;
    list-style: none;
  }
  .closest li {
    display: inline;
    margin-inline-end: 6px;
  }
  ${termCardStyles}
`;
