import { css } from 'lit';

/** The administration's layout on the widgets' theme tokens: its parts, cards and forms. */
export const administrationStyles = css`
  :host {
    display: block;
  }
  h2,
  h3,
  h4 {
    margin: var(--_mk-space-l) 0 var(--_mk-space-s);
  }
  form {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_mk-space-s);
    margin-block: var(--_mk-space-m);
  }
  .grid {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mk-space-m);
  }
  .card h4 {
    margin: 0 0 var(--_mk-space-xs);
  }
  .card p {
    margin-block: var(--_mk-space-xs);
    overflow-wrap: anywhere;
  }
  fieldset {
    border: 1px solid var(--_mk-color-border);
    border-radius: var(--_mk-radius);
    margin: 0;
    padding: var(--_mk-space-s) var(--_mk-space-m);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mk-space-s) var(--_mk-space-l);
  }
  .choice {
    display: inline-flex;
    gap: var(--_mk-space-xs);
    align-items: center;
    font-weight: normal;
  }
  .notice {
    margin-block: var(--_mk-space-s);
  }
  #programmes li + li {
    margin-block-start: var(--_mk-space-s);
  }
  .programme-name {
    font-weight: 600;
  }
  .programme-detail {
    display: block;
  }
  .request {
    display: block;
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
`;
