/**
 * The occupation picker's own styles, adopted into the form's shadow root when the picker
 * first renders (adoptLazyStyles), so that the form's entry does not carry them. Logical
 * properties only, so that the list sits right in right-to-left forms too.
 */
import { css } from 'lit';

export const occupationFieldStyles = css`
  .occupation__control {
    position: relative;
  }
  .occupation__options {
    position: absolute;
    inset-inline: 0;
    z-index: 1;
    margin: 0;
    padding: var(--_mk-space-xs);
    list-style: none;
    max-block-size: 18rem;
    overflow-y: auto;
    background: var(--_mk-color-background);
    color: var(--_mk-color-text);
    border: 1px solid var(--_mk-color-border);
    border-radius: var(--_mk-radius);
    box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.2);
  }
  .occupation__options[hidden] {
    display: none;
  }
  .occupation__option {
    padding: var(--_mk-space-xs) var(--_mk-space-s);
    border-radius: var(--_mk-radius);
    cursor: pointer;
  }
  .occupation__option[aria-selected='true'] {
    background: var(--_mk-color-accent);
    color: var(--_mk-color-accent-text);
    outline: 2px solid transparent;
  }
  .occupation__label,
  .occupation__group {
    display: block;
  }
  .occupation__group {
    font-size: 0.875em;
  }
  .occupation__sources {
    margin: var(--_mk-space-xs) 0 0;
    font-size: 0.8125em;
    color: var(--_mk-color-text-muted);
  }
`;
