import { css } from 'lit';

/**
 * The coordinator elements' lists of cards (trainings, feeds, mails, programmes, accounts,
 * matches, proposals), one way on the widgets' theme tokens: a list without bullets laid out in
 * as many columns of at least 20rem as fit, each card framed. Each element adds what is inside.
 */
export const cardsStyles = css`
  .cards {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(20rem, 100%), 1fr));
    gap: var(--_mk-space-m);
  }
  .card {
    border: 1px solid var(--_mk-color-border);
    border-radius: var(--_mk-radius);
    padding: var(--_mk-space-s) var(--_mk-space-m);
  }
`;
