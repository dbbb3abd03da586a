import { css } from 'lit';

/** The person view's layout on the widgets' theme tokens (light or dark as they are). */
export const personViewStyles = css`
  :host {
    display: block;
  }
  h2,
  h3 {
    margin: var(--_mk-space-l) 0 var(--_mk-space-s);
  }
  h2 {
    margin-block-start: var(--_mk-space-s);
  }
  /* Links on a line of their own are targets of at least 24 × 24 px (WCAG 2.5.8). */
  .back a,
  th a {
    display: inline-flex;
    align-items: center;
    min-block-size: 1.5rem;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mk-space-m);
    margin: 0;
  }
  .status {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mk-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .notice {
    margin-block: var(--_mk-space-s);
  }
  .details {
    display: grid;
    grid-template-columns: minmax(10rem, max-content) 1fr;
    gap: var(--_mk-space-xs) var(--_mk-space-m);
    margin: 0;
  }
  .item {
    display: contents;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;
