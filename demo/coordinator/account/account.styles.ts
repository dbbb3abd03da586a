import { css } from 'lit';

/** The account parts' own layout; their fields and buttons are the shared controls'. */
export const accountStyles = css`
  :host {
    display: block;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_mk-space-s) var(--_mk-space-m);
  }
  p {
    margin: 0;
  }
  summary {
    font-weight: 600;
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  details > * + * {
    margin-block-start: var(--_mk-space-s);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: var(--_mk-space-s);
  }
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_mk-space-xs) var(--_mk-space-s);
  }
  form {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_mk-space-s);
  }
`;
