// The training calendar demo: lists the events the calendars fire. Runs after
// /widgets/mentorkit.js (module scripts execute in order).
const log = document.getElementById('calendar-event-log');

for (const name of [
  'mk-calendar-event-select',
  'mk-calendar-load',
  'mk-calendar-error',
  'mk-calendar-view-change',
]) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const detail = event.detail.event ? { title: event.detail.event.title } : event.detail;
    item.textContent = `${name}: ${JSON.stringify(detail)}`;
    log.append(item);
  });
}
