// Styles of a term card (term-card.ts), in px rather than rem: in a page, rem follows
// the page's root font size, which a page may set to anything.
export const termCardStyles = `
  .card {
    display: block;
    margin: 0;
    padding: 0;
  }
  .card + .card {
    margin-block-start: 12px;
    padding-block-start: 12px;
    border-block-start: 1px solid var(--mk-rule, #c9d6d5);
  }
  .card-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 8px;
  }
  .lemma {
    margin: 0;
    font-size: 18px;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .pos,
  .found,
  .pack,
  .machine,
  .reviewed,
  .related-label,
  dt {
    color: var(--mk-muted, #4a4a4a);
    font-size: 13px;
  }
  .found,
  .pack,
  .machine,
  .reviewed {
    margin: 2px 0 0;
  }
  .found-form {
    font-style: italic;
    color: var(--mk-fg, #1a1a1a);
  }
  dl {
    margin: 8px 0 0;
  }
  dt {
    margin: 6px 0 0;
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  dd p {
    margin: 0;
  }
  .example {
    font-style: italic;
  }
  .related {
    margin-block-start: 8px;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 6px;
  }
  .related ul {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
    margin-block-start: 10px;
  }
  button {
    font: inherit;
    font-size: 14px;
    margin: 0;
    padding: 4px 12px;
    border: 1px solid var(--mk-accent, #0b6e69);
    border-radius: 4px;
    background: var(--mk-accent, #0b6e69);
    color: var(--mk-on-accent, #fff);
    cursor: pointer;
  }
  /* WCAG 2.5.8: at least 24 × 24 CSS pixels, related terms included (they were 20 px tall). */
  button {
    box-sizing: border-box;
    min-block-size: 24px;
    min-inline-size: 24px;
  }
  button.link {
    padding: 0 4px;
    border: 0;
    background: none;
    color: var(--mk-link, #075550);
    text-decoration: underline;
  }
  a {
    color: var(--mk-link, #075550);
  }
  a.source {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--mk-fg, #1a1a1a);
    outline-offset: 2px;
  }
  /* The mentee-language chooser: its label above, the select as wide as the card allows. */
  .language-choice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
    margin-block-start: 6px;
    color: var(--mk-muted, #4a4a4a);
    font-size: 13px;
  }
  .language-choice select {
    font: inherit;
    font-size: 14px;
    min-block-size: 24px;
    max-inline-size: 100%;
    color: var(--mk-fg, #1a1a1a);
  }
  .language-choice select:focus-visible {
    outline: 2px solid var(--mk-fg, #1a1a1a);
    outline-offset: 2px;
  }
  .copy-status {
    font-size: 13px;
  }
  .basis,
  .checked {
    font-size: 13px;
  }
`;
