// The programme page: tells the visitor what happened to their signup. "Sign up" in the
// calendar filling the form is the widgets' own hand-off (signup-for="signup").
const status = document.getElementById('signup-status');

document.addEventListener('mk-signup-success', (event) => {
  status.textContent = event.detail.duplicate
    ? 'This signup was already stored.'
    : 'Stored. A coordinator now sees it in the coordinator view.';
});
document.addEventListener('mk-signup-error', () => {
  status.textContent = 'The signup was not stored; the form says why and keeps what you typed.';
});
