import { css } from 'lit';

/** The coordinator's dialogs: a modal box on the widgets' theme tokens, its controls in a column. */
export const dialogStyles = css`
  dialog {
    inline-size: min(40rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    padding: var(--_mk-space-l);
    color: var(--_mk-color-text);
    background: var(--_mk-color-background);
    border: 1px solid var(--_mk-color-border);
    border-radius: var(--_mk-radius);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  h2 {
    margin: 0 0 var(--_mk-space-m);
  }
  p {
    margin: 0 0 var(--_mk-space-s);
  }
  form {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-s);
  }
  .field {
    max-inline-size: none;
  }
  .actions {
    margin-block-start: var(--_mk-space-s);
  }
`;
