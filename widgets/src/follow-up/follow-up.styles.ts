import { css } from 'lit';

/** `<mk-follow-up>`'s own styles; the theme and data-state styles come first. Logical properties only. */
export const followUpStyles = css`
  form {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-l);
  }

  p {
    margin: 0;
  }

  .intro {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-s);
  }

  .title {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.25;
  }

  .programme,
  .hint,
  .marker {
    color: var(--_mk-color-text-muted);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-xs);
    min-inline-size: 0;
    margin: 0;
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

  .marker {
    font-weight: 400;
  }

  .error {
    color: var(--_mk-color-danger);
    font-weight: 600;
  }

  .options {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-xs);
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_mk-space-s);
    padding-block: var(--_mk-space-xs);
    font-weight: 400;
    cursor: pointer;
  }

  .choice input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin-block: 0.125rem 0;
    margin-inline: 0;
    accent-color: var(--_mk-color-accent);
  }

  input.short {
    max-inline-size: 8rem;
  }

  .since {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mk-space-s) var(--_mk-space-m);
  }

  .since__part {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-xs);
    flex: 1 1 9rem;
    max-inline-size: 14rem;
  }

  .since__part label {
    font-weight: 400;
  }

  textarea {
    resize: vertical;
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

  .error-summary__title,
  .note__title {
    font-weight: 700;
    font-size: 1.125em;
  }

  .note {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_mk-space-s);
    padding: var(--_mk-space-m);
    border: 1px solid var(--_mk-color-border);
    border-inline-start: 6px solid var(--_mk-color-success);
    border-radius: var(--_mk-radius);
    background-color: var(--_mk-color-surface);
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
    animation: mk-follow-up-spin 0.8s linear infinite;
  }

  @keyframes mk-follow-up-spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (forced-colors: active) {
    .error-summary,
    .note {
      border-color: CanvasText;
    }
  }
`;
