// The home page: whether the bundle loaded and which widgets it registered, and the Copy
// button of the embed snippet. Runs after /widgets/mentorkit.js (module scripts run in order).
import { bindCopy, el } from '/gallery/gallery-kit.js';

const status = document.getElementById('bundle-status');
const list = document.getElementById('widget-list');
const known = ['mk-signup-form', 'mk-training-calendar', 'mk-match-card'];
const registered = known.filter((tag) => customElements.get(tag));

status.textContent = `Bundle loaded: ${registered.length} of ${known.length} widgets registered.`;
for (const tag of known) {
  const item = el('li');
  item.append(el('code', `<${tag}>`), registered.includes(tag) ? ' — ready' : ' — not built yet');
  list.append(item);
}

bindCopy(
  document.getElementById('copy-button'),
  document.getElementById('snippet'),
  document.getElementById('copy-status'),
);
