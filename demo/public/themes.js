// The themes page: the calendars' events (dated from today) through the `events` property.
import { demoEvents } from '/data/demo-data.js';

const events = demoEvents();
for (const calendar of document.querySelectorAll('[data-demo-events]')) calendar.events = events;
