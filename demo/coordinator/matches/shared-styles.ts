import { css } from 'lit';

/**
 * The cards the proposals, the matches and the flagged sessions are listed as, and the lines
 * inside them, on the widgets' theme tokens. Their controls are controls.styles.ts's.
 */
export const cardStyles = css`
  :host {
    display: block;
  }
  h2 {
    margin-block: 0 var(--_mk-space-s);
  }
  h2:focus,
  h3:focus,
  .proposed-links:focus {
    outline: var(--_mk-focus-ring-width) solid var(--_mk-focus-ring-color);
    outline-offset: var(--_mk-focus-ring-offset);
  }
  .cards {
    margin: 0;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-xs);
  }
  .card h3 {
    margin: 0;
    font-size: 1.05rem;
  }
  .card p {
    margin: 0;
  }
  .reasons {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  .score,
  .at-capacity {
    font-weight: 700;
  }
  .heading-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_mk-space-s);
  }
  /* Links and addresses are long and unbroken. */
  .proposed-links li,
  .new-link {
    overflow-wrap: anywhere;
  }
  .proposed-links ul {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
`;
