/** Styles of the shared loading and error states (data-state.ts). */
import { css } from 'lit';

export const dataStateStyles = css`
  .mk-state {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_mk-space-s);
    padding: var(--_mk-space-m);
    border: 1px solid var(--_mk-color-border);
    border-radius: var(--_mk-radius);
    background-color: var(--_mk-color-surface);
  }

  .mk-state p {
    margin: 0;
  }

  .mk-state__loading {
    display: flex;
    align-items: center;
    gap: var(--_mk-space-s);
  }

  .mk-state__error {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_mk-space-s);
    padding-inline-start: var(--_mk-space-m);
    border-inline-start: 4px solid var(--_mk-color-danger);
  }

  .mk-state__title {
    font-weight: 600;
  }

  .mk-spinner {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 0.2em solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: mk-spin 0.8s linear infinite;
  }

  @keyframes mk-spin {
    to {
      transform: rotate(1turn);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .mk-spinner {
      animation: none;
      border-inline-end-color: currentColor;
      opacity: 0.6;
    }
  }
`;
