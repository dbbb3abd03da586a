import { css } from 'lit';

/** A match card's own layout: its steps and meeting as rows of fields and buttons. */
export const matchesListStyles = css`
  .match-steps,
  .match-meetings {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_mk-space-xs);
  }
  .match-steps label,
  .match-steps .error,
  .match-meetings .error {
    flex-basis: 100%;
  }
  .match-links {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  .match-links li {
    margin-block-end: var(--_mk-space-xs);
  }
  .new-link {
    display: block;
  }
  .match-error:empty {
    display: none;
  }
  /* A link on a line of its own is a target: as tall as a button's minimum. */
  .public-profile a {
    display: inline-block;
    min-block-size: 24px;
    line-height: 24px;
  }
  .undo {
    align-self: start;
  }
`;
