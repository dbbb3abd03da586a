import { css } from 'lit';

/** `<mk-glossary>`'s own styles; the theme and data-state styles come first. Logical properties only. */
export const glossaryStyles = css`
  .glossary {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-m);
  }

  h2,
  h3,
  h4,
  p,
  dl,
  dd,
  ul {
    margin: 0;
  }

  .title {
    font-size: 1.375em;
    line-height: 1.25;
  }

  .intro,
  .hint,
  .review-status,
  .check-status {
    color: var(--_mk-color-text-muted);
  }

  .search {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-xs);
  }

  label {
    font-weight: 600;
  }

  input {
    font: inherit;
    color: inherit;
    background-color: var(--_mk-color-background);
    border: 1px solid var(--_mk-color-text-muted);
    border-radius: var(--_mk-radius);
    padding-block: var(--_mk-space-xs);
    padding-inline: var(--_mk-space-s);
    min-block-size: 2.75rem;
    max-inline-size: 30rem;
  }

  input:focus-visible,
  a:focus-visible,
  .term:focus-visible {
    outline: var(--_mk-focus-ring-width) solid var(--_mk-focus-ring-color);
    outline-offset: var(--_mk-focus-ring-offset);
  }

  .term:focus {
    outline: none;
  }

  .status:empty {
    display: none;
  }

  .results,
  .related ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mk-space-xs) var(--_mk-space-m);
    padding: 0;
    list-style: none;
  }

  a {
    color: var(--_mk-color-accent);
    text-underline-offset: 0.15em;
    display: inline-block;
    min-block-size: 1.5rem;
    padding-block: 0.125rem;
  }

  a[aria-current='true'] {
    font-weight: 700;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-s);
    padding: var(--_mk-space-m);
    border: 1px solid var(--_mk-color-border);
    border-radius: var(--_mk-radius);
    background-color: var(--_mk-color-background);
  }

  .term {
    font-size: 1.25em;
  }

  dl {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-xs);
  }

  dt {
    font-weight: 600;
    margin-block-start: var(--_mk-space-xs);
  }

  .example {
    font-style: italic;
  }

  .related {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-xs);
  }

  h4 {
    font-size: 1em;
  }

  .missing {
    color: var(--_mk-color-danger);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .card,
    input {
      border-color: CanvasText;
    }
  }
`;
