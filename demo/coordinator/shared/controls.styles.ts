import { css } from 'lit';

/**
 * The coordinator elements' controls, one way on the widgets' theme tokens (light or dark as
 * they are): labels, fields, buttons (a destructive one `.danger`), links, the focus ring, a
 * field's hint and its error beside it (`.hint`, `.error`, `aria-invalid`), a row of actions,
 * a badge and the notice an action leaves. Each element adds only its own layout.
 */
export const controlsStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-xs);
    max-inline-size: 22rem;
  }
  label,
  legend {
    font-weight: 600;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    min-block-size: 2.25rem;
    color: var(--_mk-color-text);
    background: var(--_mk-color-background);
    border: 1px solid var(--_mk-color-border);
    border-radius: var(--_mk-radius);
    padding: var(--_mk-space-xs) var(--_mk-space-s);
  }
  button {
    cursor: pointer;
    background: var(--_mk-color-surface);
  }
  button:disabled {
    cursor: not-allowed;
    color: var(--_mk-color-text-muted);
  }
  button[aria-disabled='true'] {
    cursor: progress;
    color: var(--_mk-color-text-muted);
  }
  button.danger {
    color: var(--_mk-color-danger);
    border-color: var(--_mk-color-danger);
  }
  :focus-visible {
    outline: var(--_mk-focus-ring-width) solid var(--_mk-focus-ring-color);
    outline-offset: var(--_mk-focus-ring-offset);
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    min-block-size: 0;
    margin: 0;
  }
  a {
    color: var(--_mk-color-accent);
    font-weight: 600;
  }
  .hint,
  .muted {
    color: var(--_mk-color-text-muted);
    margin: 0;
  }
  .error {
    color: var(--_mk-color-danger);
    margin: 0;
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border-color: var(--_mk-color-danger);
    border-width: 2px;
  }
  .badge {
    display: inline-block;
    margin-inline-start: var(--_mk-space-xs);
    padding: 0 var(--_mk-space-xs);
    border: 1px solid var(--_mk-color-border);
    border-radius: var(--_mk-radius);
    font-size: 0.85em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mk-space-xs);
  }
  .notice {
    padding: var(--_mk-space-s) var(--_mk-space-m);
    border: 1px solid var(--_mk-color-border);
    border-radius: var(--_mk-radius);
    background: var(--_mk-color-surface);
  }
  .notice:empty {
    display: none;
  }
`;
