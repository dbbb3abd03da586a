import { css } from 'lit';

/** `<mk-signup-form>`'s own styles; the theme (`themeStyles`) comes first. Logical properties only. */
export const signupFormStyles = css`
  form {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-m);
  }

  p {
    margin: 0;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-xs);
    margin: 0;
    min-inline-size: 0;
  }

  fieldset.field {
    padding: 0;
    border: 0;
  }

  legend,
  label {
    font-weight: 600;
  }

  legend {
    padding: 0;
    margin-block-end: var(--_mk-space-xs);
  }

  .optional {
    font-weight: 400;
    color: var(--_mk-color-text-muted);
  }

  .hint {
    color: var(--_mk-color-text-muted);
  }

  .error {
    color: var(--_mk-color-danger);
    font-weight: 600;
  }

  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: var(--_mk-space-xs) var(--_mk-space-m);
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_mk-space-s);
    font-weight: 400;
  }

  .choice input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin-block: 0.125rem 0;
    margin-inline: 0;
    accent-color: var(--_mk-color-accent);
  }

  .choice label {
    font-weight: 400;
  }

  .language {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-xs);
  }

  .level {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-xs);
    padding-inline-start: calc(1.25rem + var(--_mk-space-s));
  }

  .level label {
    font-weight: 400;
    color: var(--_mk-color-text-muted);
  }

  textarea {
    resize: vertical;
  }

  .training {
    padding-block: var(--_mk-space-s);
    padding-inline: var(--_mk-space-m);
    border-inline-start: 4px solid var(--_mk-color-accent);
    background-color: var(--_mk-color-surface);
    font-weight: 600;
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_mk-space-s) var(--_mk-space-m);
    padding: var(--_mk-space-s) var(--_mk-space-m);
    border: 1px solid var(--_mk-color-border);
    border-radius: var(--_mk-radius);
    background-color: var(--_mk-color-surface);
  }

  .notice--warning {
    border-inline-start: 4px solid var(--_mk-color-warning);
  }

  .error-summary__title,
  .success__title {
    font-weight: 700;
    font-size: 1.125em;
  }

  .error-summary {
    padding: var(--_mk-space-m);
    border: 3px solid var(--_mk-color-danger);
    border-radius: var(--_mk-radius);
  }

  .error-summary ul {
    margin-block: var(--_mk-space-s) 0;
    padding-inline-start: var(--_mk-space-l);
  }

  .error-summary a {
    color: var(--_mk-color-danger);
    font-weight: 600;
  }

  /* Links on lines of their own, not in a sentence: 24 px targets at least (WCAG 2.5.8). */
  .error-summary a,
  .privacy a {
    display: inline-block;
    padding-block: 4px;
  }

  .consent .privacy {
    padding-inline-start: calc(1.25rem + var(--_mk-space-s));
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_mk-space-s);
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }

  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: mk-signup-spin 0.8s linear infinite;
  }

  @keyframes mk-signup-spin {
    to {
      transform: rotate(360deg);
    }
  }

  .honeypot {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .success {
    padding: var(--_mk-space-m);
    border: 1px solid var(--_mk-color-border);
    border-inline-start: 6px solid var(--_mk-color-success);
    border-radius: var(--_mk-radius);
    background-color: var(--_mk-color-surface);
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-s);
  }

  @media (forced-colors: active) {
    .error-summary,
    .success {
      border-color: CanvasText;
    }
  }
`;
