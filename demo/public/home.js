// The home page: whether the loader loaded and which widgets it defines when their tags appear
// (this page shows none, so it loads no widget's code), and the Copy button of the embed
// snippet. Runs after /widgets/mentorkit.js, the same module as the import below.
import { bindCopy, el } from '/gallery/gallery-kit.js';
import { widgetTags } from '/widgets/mentorkit.js';

const status = document.getElementById('bundle-status');
const list = document.getElementById('widget-list');

status.textContent = `Loader ready: ${widgetTags.length} widgets, each loaded when its tag appears.`;
for (const tag of widgetTags) {
  const item = el('li');
  item.append(el('code', `<${tag}>`));
  list.append(item);
}

bindCopy(
  document.getElementById('copy-button'),
  document.getElementById('snippet'),
  document.getElementById('copy-status'),
);
