// The Arabic page: the calendar's events (dated from today) through the `events` property.
import { demoEvents } from '/data/demo-data.js';

document.getElementById('rtl-calendar').events = demoEvents();
