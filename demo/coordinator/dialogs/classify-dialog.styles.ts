import { css } from 'lit';

/** The search's results: one button a row, the title first, the group after it. */
export const classifyStyles = css`
  .choices {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-xs);
  }
  .choices:empty {
    display: none;
  }
  button.choice {
    inline-size: 100%;
    text-align: start;
  }
  .choice__title {
    font-weight: 600;
  }
`;
