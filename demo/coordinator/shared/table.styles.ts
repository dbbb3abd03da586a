import { css } from 'lit';

/**
 * The coordinator elements' tables (the people list's, the person view's matches and
 * trainings), one way on the widgets' theme tokens: scroll sideways inside their box on a
 * narrow screen, cells read from the start edge (ltr or rtl) with a line under each row.
 */
export const tableStyles = css`
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: var(--_mk-space-xs) var(--_mk-space-s);
    border-block-end: 1px solid var(--_mk-color-border);
  }
`;
