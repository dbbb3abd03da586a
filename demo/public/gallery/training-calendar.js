// The training calendar's gallery page: JSON events dated from today (through the `events`
// property), an iCalendar feed from the reference backend, and the playground.
import { demoEvents } from '/data/demo-data.js';
import { fillLanguageSelect, setUpGallery } from './gallery-kit.js';

for (const select of document.querySelectorAll('[data-languages]')) fillLanguageSelect(select);

const events = demoEvents();
for (const calendar of document.querySelectorAll('[data-demo-events]')) calendar.events = events;
document.getElementById('state-empty').events = [];

const widget = document.getElementById('playground');
const source = document.getElementById('source-control');

/** The data select is not an attribute: it sets `events` or `src`. */
function applySource() {
  if (source.value === 'events' || source.value === 'empty') {
    widget.removeAttribute('src');
    widget.events = source.value === 'events' ? events : [];
  } else {
    widget.events = undefined;
    widget.setAttribute('src', source.value);
  }
}
source.addEventListener('change', applySource);
applySource();

await setUpGallery({
  tag: 'mk-training-calendar',
  widget,
  form: document.getElementById('controls'),
  events: [
    'mk-calendar-event-select',
    'mk-calendar-load',
    'mk-calendar-error',
    'mk-calendar-view-change',
  ],
  scriptLines: () =>
    source.value === 'events'
      ? [
          "  const calendar = document.querySelector('mk-training-calendar');",
          "  calendar.events = await (await fetch('/your/trainings.json')).json();",
        ]
      : source.value === 'empty'
        ? ["  document.querySelector('mk-training-calendar').events = [];"]
        : [],
});
