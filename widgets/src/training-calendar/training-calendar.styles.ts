/** `<mk-training-calendar>`'s own styles; the theme and the shared states come first. */
import { css } from 'lit';

export const trainingCalendarStyles = css`
  :host {
    --_mk-calendar-cell-min-height: var(--mk-calendar-cell-min-height, 5.5rem);
  }

  .calendar {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-m);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mk-space-xs);
  }

  .toolbar [aria-pressed='true'] {
    border-color: var(--_mk-color-accent);
    background-color: var(--_mk-color-accent);
    color: var(--_mk-color-accent-text);
  }

  h2,
  h3,
  h4,
  p {
    margin: 0;
  }

  .list {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-l);
  }

  /*
   * A large feed lists thousands of entries: the browser lays out and paints only those near
   * the viewport, the rest by their remembered (else estimated) size. Still in the page for
   * find-in-page, the accessibility tree and keyboard focus.
   */
  .list__month .event {
    content-visibility: auto;
    contain-intrinsic-size: auto 7rem;
  }

  .list__heading,
  .month__title {
    font-size: 1.25em;
    line-height: 1.3;
    text-transform: capitalize;
  }

  .events {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-s);
    margin: 0;
    margin-block-start: var(--_mk-space-s);
    padding: 0;
    list-style: none;
  }

  .event {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_mk-space-xs);
    padding: var(--_mk-space-m);
    border: 1px solid var(--_mk-color-border);
    border-radius: var(--_mk-radius);
    background-color: var(--_mk-color-surface);
  }

  .event__heading {
    font-size: 1.05em;
  }

  /* An entry's lines without text (render-event.ts): above the display of .event__meta. */
  .event [hidden] {
    display: none;
  }

  .event__title {
    display: inline;
    min-block-size: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_mk-color-accent);
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .event--cancelled .event__title {
    text-decoration-line: underline line-through;
  }

  .event__when,
  .event__meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_mk-space-m);
  }

  .event__where,
  .event__meta {
    color: var(--_mk-color-text-muted);
  }

  .badge {
    display: inline-block;
    padding-inline: var(--_mk-space-s);
    border: 1px solid currentColor;
    border-radius: var(--_mk-radius);
    color: var(--_mk-color-warning);
    font-size: 0.875em;
    font-weight: 600;
  }

  .badge--cancelled {
    color: var(--_mk-color-danger);
  }

  .badge--full {
    color: var(--_mk-color-text-muted);
  }

  .notice,
  .empty {
    padding: var(--_mk-space-s) var(--_mk-space-m);
    border-inline-start: 4px solid var(--_mk-color-border);
    background-color: var(--_mk-color-surface);
  }

  .notice {
    border-inline-start-color: var(--_mk-color-warning);
  }

  .month {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-s);
  }

  .month__nav {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_mk-space-s);
  }

  .month__step {
    min-inline-size: 2.75rem;
    padding-inline: var(--_mk-space-s);
    font-size: 1.25em;
  }

  /* Arrows point the way of reading: flipped in right-to-left. */
  :host([dir='rtl']) .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }

  /*
   * A table in the page (its roles written out in render-month.ts, so no browser takes them from
   * the layout), but each week laid out as a grid of seven equal columns: a step to another month
   * lays out every day again, and table layout (rows measured, then cells laid out again at the
   * row's height) took a quarter more than grids (issue 22). The cells are grid items, so blocks.
   */
  .grid,
  .grid tbody,
  .grid thead {
    display: block;
  }

  .grid tr {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
  }

  .grid tbody {
    border-block-start: 1px solid var(--_mk-color-border);
    border-inline-start: 1px solid var(--_mk-color-border);
  }

  .grid th {
    padding-block: var(--_mk-space-xs);
    color: var(--_mk-color-text-muted);
    font-size: 0.875em;
    font-weight: 600;
    text-align: center;
  }

  /* Borders end and below; the body's start and top close the grid (no border collapsing). */
  .day {
    min-block-size: var(--_mk-calendar-cell-min-height);
    padding: var(--_mk-space-xs);
    border-block-end: 1px solid var(--_mk-color-border);
    border-inline-end: 1px solid var(--_mk-color-border);
    overflow: hidden;
    cursor: pointer;
  }

  .day:focus-visible {
    outline-offset: calc(-1 * var(--_mk-focus-ring-width));
  }

  .day--outside {
    color: var(--_mk-color-text-muted);
    background-color: var(--_mk-color-surface);
  }

  /* A block of its own width, not an inline-flex: the cell's other children are blocks, and an
     inline one would need an anonymous box around it (render-month.ts keeps a day's boxes few). */
  .day__number {
    inline-size: fit-content;
    min-inline-size: 1.75em;
    line-height: 1.75em;
    border-radius: 50%;
    font-weight: 600;
    text-align: center;
  }

  .day--today .day__number {
    outline: 2px solid var(--_mk-color-accent);
    background-color: var(--_mk-color-accent);
    color: var(--_mk-color-accent-text);
  }

  /* An outline, not a box-shadow: forced colours remove shadows, and the selected day would
     look like any other (issue 24). */
  .day[aria-selected='true'] {
    outline: 2px solid var(--_mk-color-accent);
    outline-offset: -2px;
  }

  .chip,
  .more {
    display: block;
    inline-size: 100%;
    min-block-size: 1.5rem;
    padding: 0 var(--_mk-space-xs);
    overflow: hidden;
    font-size: 0.8em;
    text-align: start;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .chip {
    margin-block-end: 2px;
    border-color: transparent;
    background-color: var(--_mk-color-accent);
    color: var(--_mk-color-accent-text);
  }

  .chip--cancelled {
    text-decoration: line-through;
    background-color: var(--_mk-color-surface);
    color: var(--_mk-color-text);
    border-color: var(--_mk-color-border);
  }

  .more {
    border: 0;
    background: none;
    color: var(--_mk-color-accent);
    text-decoration: underline;
  }

  .day-panel {
    padding: var(--_mk-space-m);
    border: 1px solid var(--_mk-color-border);
    border-radius: var(--_mk-radius);
  }

  .day-panel__header,
  .details__header,
  .details__footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_mk-space-s);
  }

  dialog {
    inline-size: min(40rem, calc(100vw - 2 * var(--_mk-space-m)));
    max-block-size: calc(100vh - 2 * var(--_mk-space-m));
    padding: var(--_mk-space-l);
    border: 1px solid var(--_mk-color-border);
    border-radius: var(--_mk-radius);
    background-color: var(--_mk-color-background);
    color: var(--_mk-color-text);
  }

  dialog::backdrop {
    background-color: rgb(0 0 0 / 0.45);
  }

  .details {
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-m);
  }

  .details__title {
    font-size: 1.35em;
    line-height: 1.3;
  }

  /* Focused from code when the dialog opens (a reading start, not a control): no ring unless
     the keyboard brought it there. */
  .details__title:focus:not(:focus-visible) {
    outline: none;
  }

  .details__facts {
    display: grid;
    gap: var(--_mk-space-s);
    margin: 0;
  }

  .details__facts dt {
    font-weight: 600;
  }

  .details__facts dd {
    display: flex;
    flex-direction: column;
    margin: 0;
  }

  .details__links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mk-space-m);
  }

  .details__description {
    white-space: pre-line;
  }

  .details__add h3 {
    font-size: 1em;
  }

  /* A list of links, not a sentence: each a target of at least 24 px (WCAG 2.5.8). */
  .details__add a {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }

  .details__add ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mk-space-xs) var(--_mk-space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .button-link {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding-inline: var(--_mk-space-m);
    border-radius: var(--_mk-radius);
    background-color: var(--_mk-color-accent);
    color: var(--_mk-color-accent-text);
    font-weight: 600;
    text-decoration: none;
  }

  .signup-closed {
    color: var(--_mk-color-text-muted);
  }

  @media (max-width: 30rem) {
    .day {
      min-block-size: 3rem;
    }

    .chip,
    .more {
      display: none;
    }

    /* On a narrow screen a day with events shows a dot; the day's list holds them. */
    .day:has(.chip)::after {
      content: '';
      display: block;
      inline-size: 0.4em;
      block-size: 0.4em;
      margin-inline: auto;
      border-radius: 50%;
      background-color: var(--_mk-color-accent);
    }
  }

  @media (forced-colors: active) {
    .chip,
    .button-link,
    .toolbar [aria-pressed='true'] {
      border: 1px solid ButtonText;
    }

    /* Accent-filled: keep Highlight on HighlightText (the browser would force the text to
       CanvasText on a kept Highlight background, issue 24). */
    .chip:not(.chip--cancelled),
    .button-link.primary,
    .day--today .day__number {
      forced-color-adjust: none;
      background-color: Highlight;
      color: HighlightText;
    }

    .day--today .day__number {
      outline-color: Highlight;
    }
  }
`;
