import { css } from 'lit';

/** The sign-in's own layout; its fields and buttons are the shared controls'. */
export const signInStyles = css`
  :host {
    display: block;
  }
  h2,
  h3 {
    margin: var(--_mk-space-l) 0 var(--_mk-space-s);
  }
  h2 {
    margin-block-start: 0;
  }
  form,
  .sent {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_mk-space-s);
  }
  p {
    margin: 0;
    max-inline-size: 40rem;
  }
  .notice {
    margin-block-end: var(--_mk-space-s);
  }
  code {
    overflow-wrap: anywhere;
  }
`;
