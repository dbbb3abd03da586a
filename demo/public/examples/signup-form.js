// Page script of the signup form demo: the partner's extra questions (a property, so set from
// script, here as the backend serves them) and a log of the events the forms fire. Runs after /widgets/mentorkit.js.
const mentee = document.getElementById('mentee-form');
// The questions come from the backend that checks the answers (GET /api/questions; a form of a
// programme adds ?programme=<id>), so the form never asks what the backend would refuse.
fetch('/api/questions')
  .then((response) => (response.ok ? response.json() : []))
  .then((questions) => {
    mentee.questions = questions;
  })
  .catch(() => {});

const log = document.getElementById('event-log');
for (const name of ['mk-signup-submit', 'mk-signup-success', 'mk-signup-error']) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const detail = event.detail ?? {};
    const extra = detail.status ? ` (${detail.status})` : detail.kind ? ` (${detail.kind})` : '';
    item.textContent = `${event.target.id}: ${name}${extra}`;
    log.append(item);
  });
}
