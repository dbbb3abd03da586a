export const popoverStyles = `
  .popover {
    position: fixed;
    z-index: 2147483647;
    box-sizing: border-box;
    max-inline-size: min(24rem, calc(100vw - 2rem));
    padding: 0.75rem 1rem;
    border: 1px solid #0b6e69;
    border-radius: 0.5rem;
    background: #fff;
    color: #1a1a1a;
    font: 15px/1.4 system-ui, sans-serif;
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.2);
  }
  .term {
    margin: 0 0 0.25rem;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  p {
    margin: 0 0 0.5rem;
  }
  .error {
    color: #a4000f;
  }
  button {
    font: inherit;
    padding: 0.25rem 0.75rem;
    border: 1px solid #0b6e69;
    border-radius: 0.25rem;
    background: #0b6e69;
    color: #fff;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid #1a1a1a;
    outline-offset: 2px;
  }
`;
