/** `<mk-match-card>`'s own styles; `themeStyles` and `dataStateStyles` come first. */
import { css } from 'lit';

/** The card's own public tokens (documented as `@cssprop`). */
export const MATCH_CARD_TOKENS = ['--mk-match-avatar-size'] as const;

export const matchCardStyles = css`
  :host {
    --_mk-match-avatar-size: var(--mk-match-avatar-size, 3rem);
    container-type: inline-size;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-m);
    padding: var(--_mk-space-m);
    border: 1px solid var(--_mk-color-border);
    border-radius: var(--_mk-radius);
    background-color: var(--_mk-color-background);
  }

  .card:focus {
    outline: none;
  }

  .card:focus-visible {
    outline: var(--_mk-focus-ring-width) solid var(--_mk-focus-ring-color);
  }

  h2,
  h3,
  p,
  dl,
  dd,
  ul {
    margin: 0;
  }

  ul {
    padding: 0;
    list-style: none;
  }

  /* An e-mail address is one long word: it breaks rather than leave the card at 320 px with
     text spacing (WCAG 1.4.10, 1.4.12; issue 24). */
  dd {
    overflow-wrap: anywhere;
  }

  .title {
    font-size: 1.25em;
    line-height: 1.3;
  }

  .header {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-xs);
  }

  .intro {
    color: var(--_mk-color-text-muted);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mk-space-s);
  }

  .status,
  .score {
    display: inline-block;
    padding-block: 0.1em;
    padding-inline: var(--_mk-space-s);
    border: 1px solid currentColor;
    border-radius: var(--_mk-radius);
    font-size: 0.875em;
  }

  .status--active {
    color: var(--_mk-color-success);
  }

  .status--proposed,
  .status--paused {
    color: var(--_mk-color-warning);
  }

  .status--completed,
  .status--closed,
  .score {
    color: var(--_mk-color-text-muted);
  }

  .people {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--_mk-space-m);
  }

  .person {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-s);
    min-inline-size: 0;
    padding: var(--_mk-space-m);
    border-radius: var(--_mk-radius);
    background-color: var(--_mk-color-surface);
  }

  .person__head {
    display: flex;
    align-items: center;
    gap: var(--_mk-space-s);
  }

  .person__title {
    min-inline-size: 0;
  }

  .person__name {
    font-size: 1.05em;
    line-height: 1.3;
  }

  .person__role {
    color: var(--_mk-color-text-muted);
    font-size: 0.875em;
  }

  .avatar {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    inline-size: var(--_mk-match-avatar-size);
    block-size: var(--_mk-match-avatar-size);
    overflow: hidden;
    border: 1px solid var(--_mk-color-border);
    border-radius: 50%;
    background-color: var(--_mk-color-accent);
    color: var(--_mk-color-accent-text);
    font-weight: 600;
    object-fit: cover;
  }

  .avatar svg {
    inline-size: 60%;
    block-size: 60%;
  }

  .facts {
    display: grid;
    gap: var(--_mk-space-xs);
  }

  .fact dt {
    color: var(--_mk-color-text-muted);
    font-size: 0.875em;
  }

  .languages {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mk-space-xs) var(--_mk-space-s);
  }

  .language__level {
    color: var(--_mk-color-text-muted);
  }

  .shared,
  .goal--covered .icon {
    color: var(--_mk-color-success);
  }

  .shared {
    display: inline-flex;
    align-items: center;
    gap: 0.2em;
    margin-inline-start: var(--_mk-space-xs);
    font-size: 0.875em;
    font-weight: 600;
  }

  .icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }

  .section {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-s);
  }

  .section__title {
    font-size: 1em;
  }

  .goal-list,
  .reason-list {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-s);
  }

  .goal {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_mk-space-xs) var(--_mk-space-s);
  }

  .goal__state {
    color: var(--_mk-color-text-muted);
    font-size: 0.875em;
  }

  .reason {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--_mk-space-xs) var(--_mk-space-s);
    align-items: baseline;
  }

  .reason__weight {
    color: var(--_mk-color-text-muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }

  .reason__bar,
  .reason__detail {
    grid-column: 1 / -1;
  }

  .reason__bar {
    display: block;
    block-size: 0.375rem;
    overflow: hidden;
    border-radius: var(--_mk-radius);
    background-color: var(--_mk-color-surface);
  }

  .reason__fill {
    --_mk-match-weight: 0%;
    display: block;
    inline-size: var(--_mk-match-weight);
    block-size: 100%;
    background-color: var(--_mk-color-accent);
  }

  .reason__detail {
    color: var(--_mk-color-text-muted);
    font-size: 0.875em;
  }

  .schedule {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: var(--_mk-space-s) var(--_mk-space-m);
  }

  .meetings dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_mk-space-s);
  }

  progress {
    inline-size: min(100%, 10rem);
    accent-color: var(--_mk-color-accent);
  }

  .actions {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-s);
  }

  .actions__buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mk-space-s);
  }

  .confirm {
    padding: var(--_mk-space-s);
    border-inline-start: 4px solid var(--_mk-color-danger);
  }

  .confirm__question {
    font-weight: 600;
  }

  .confirm__reason {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-xs);
  }

  .confirm__reason textarea {
    font: inherit;
    color: inherit;
    background: var(--_mk-color-background);
    border: 1px solid var(--_mk-color-border);
    border-radius: var(--_mk-radius);
    padding: var(--_mk-space-xs);
    inline-size: 100%;
    box-sizing: border-box;
  }

  .contact {
    margin: 0;
  }

  .contact dd {
    margin-inline-start: 0;
  }

  button.danger {
    border-color: transparent;
    background-color: var(--_mk-color-danger);
    color: var(--_mk-color-background);
  }

  @media (forced-colors: active) {
    .reason__fill {
      background-color: CanvasText;
    }

    button.danger {
      border-color: ButtonText;
    }

    /* Filled with a system colour the browser keeps, while it would force the text to
       CanvasText/ButtonText on it: the initials and confirm-decline vanished (issue 24). */
    .avatar {
      forced-color-adjust: none;
      background-color: Highlight;
      color: HighlightText;
    }

    button.danger {
      forced-color-adjust: none;
      background-color: CanvasText;
      color: Canvas;
    }
  }

  /* The compact card: one column of short panels, fewer facts, the top reasons only. */
  .card--compact {
    gap: var(--_mk-space-s);
    padding: var(--_mk-space-s);
  }

  .card--compact .person {
    padding: var(--_mk-space-s);
  }

  @container (inline-size <= 24rem) {
    .card {
      padding: var(--_mk-space-s);
    }

    .actions__buttons button {
      flex: 1 1 100%;
    }
  }
`;
