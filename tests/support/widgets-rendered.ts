/**
 * Runs in the page, for `page.waitForFunction(everyWidgetRendered)` in Playwright or Puppeteer:
 * whether every widget on the page has rendered into its shadow root, with its data (no loading
 * state left). Self-contained, since it is sent to the page as source.
 */
export function everyWidgetRendered(): boolean {
  const widgets = [
    ...document.querySelectorAll(
      'mk-signup-form, mk-training-calendar, mk-match-card, mk-follow-up, mk-glossary',
    ),
  ];
  return (
    widgets.length > 0 &&
    widgets.every((widget) => (widget.shadowRoot?.childElementCount ?? 0) > 0) &&
    // No widget is still loading its data.
    widgets.every((widget) => !widget.shadowRoot?.querySelector('[part~="loading"]'))
  );
}
