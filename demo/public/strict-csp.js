// The strict-CSP page: reports every Content-Security-Policy violation in a status line (there
// should be none), and whether each widget rendered. Loaded before the widget bundle, so that
// it hears violations from the very start.
const violations = [];
const status = document.getElementById('csp-status');

function report() {
  if (violations.length === 0) {
    status.textContent = 'No Content-Security-Policy violations.';
    status.className = 'status status-ok';
    return;
  }
  status.textContent = `${violations.length} Content-Security-Policy violation(s): ${violations.join('; ')}`;
  status.className = 'status status-bad';
}

document.addEventListener('securitypolicyviolation', (event) => {
  const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
  violations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${where}` +
      (event.sample ? ` (${event.sample})` : ''),
  );
  report();
});
report();

const tags = ['mk-signup-form', 'mk-training-calendar', 'mk-match-card'];
await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
const widgets = tags.map((tag) => document.querySelector(tag));
await Promise.all(widgets.map((widget) => widget.updateComplete));
const rendered = widgets.filter((widget) => widget.shadowRoot?.childElementCount > 0);
document.getElementById('render-status').textContent =
  `${rendered.length} of ${widgets.length} widgets rendered.`;
