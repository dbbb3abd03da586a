// Tells the visitor whether the bundle loaded and which widgets it registered. Runs after
// /widgets/mentorkit.js (module scripts execute in order).
const status = document.getElementById('bundle-status');
const list = document.getElementById('widget-list');
const known = ['mk-signup-form', 'mk-training-calendar', 'mk-match-card'];
const registered = known.filter((tag) => customElements.get(tag));

status.textContent = `Bundle loaded: ${registered.length} of ${known.length} widgets registered.`;
for (const tag of known) {
  const item = document.createElement('li');
  const name = document.createElement('code');
  name.textContent = `<${tag}>`;
  item.append(name, registered.includes(tag) ? ' — ready' : ' — not built yet');
  list.append(item);
}
