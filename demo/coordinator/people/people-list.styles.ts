import { css } from 'lit';

/** The list's layout on the widgets' theme tokens (so it is light or dark as they are). */
export const peopleListStyles = css`
  :host {
    display: block;
  }
  h2 {
    margin: 0 0 var(--_mk-space-m);
  }
  form {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mk-space-m);
    align-items: flex-start;
    margin-block-end: var(--_mk-space-m);
  }
  fieldset {
    display: contents;
  }
  .field.search {
    flex: 1 1 18rem;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mk-space-s);
    align-items: center;
    margin-block: var(--_mk-space-s);
  }
  .bar p {
    margin: 0;
  }
`;
