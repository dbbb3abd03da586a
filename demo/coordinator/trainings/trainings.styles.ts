import { css } from 'lit';

/** <mk-trainings>' layout on the widgets' theme tokens: cards, and the add form's grid. */
export const trainingsStyles = css`
  :host {
    display: block;
  }
  h2 {
    margin: 0 0 var(--_mk-space-s);
  }
  h3 {
    margin: var(--_mk-space-l) 0 var(--_mk-space-s);
  }
  .card h3 {
    margin: 0 0 var(--_mk-space-xs);
    font-size: 1.05rem;
  }
  .card p {
    margin: 0 0 var(--_mk-space-xs);
  }
  .card.cancelled h3 {
    text-decoration: line-through;
  }
  /* Columns wide enough for the programme choice's longest option (the whole organisation). */
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(18rem, 100%), 1fr));
    gap: var(--_mk-space-m);
    margin-block-end: var(--_mk-space-m);
  }
  .grid .field {
    max-inline-size: none;
  }
  .field.wide {
    grid-column: 1 / -1;
  }
  .notice {
    margin-block: var(--_mk-space-s);
  }
  /* Links on a line of their own are targets of at least 24 × 24 px (WCAG 2.5.8). */
  .feeds a {
    display: inline-flex;
    align-items: center;
    min-block-size: 1.5rem;
  }
`;
