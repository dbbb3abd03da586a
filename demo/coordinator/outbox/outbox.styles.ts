import { css } from 'lit';

/** The outbox's layout on the widgets' theme tokens: one card a mail, its parts as text. */
export const outboxStyles = css`
  :host {
    display: block;
  }
  h2 {
    margin: var(--_mk-space-l) 0 var(--_mk-space-s);
  }
  .card h3 {
    margin: 0 0 var(--_mk-space-xs);
    font-size: 1.05rem;
  }
  .card p {
    margin-block: var(--_mk-space-xs);
    overflow-wrap: anywhere;
  }
  .sent {
    font-weight: 600;
  }
  summary {
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  /* A mail's parts as text, behind their summaries; long lines wrap rather than widen the
     page (no scrolling box: one would need a keyboard stop of its own). */
  pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.9em;
  }
`;
