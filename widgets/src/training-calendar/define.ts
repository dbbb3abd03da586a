/**
 * Registers `<mk-training-calendar>` (the only place that defines it), and nothing else:
 * `import '@mentorkit/widgets/training-calendar/define';`
 */
import { MkTrainingCalendar } from './training-calendar.ts';
// Brings the element's events (events.ts, on the global event map) into the declarations of a
// page that imports only this module, so that its `addEventListener` is typed; gone from the JS.
export type {} from './events.ts';

if (!customElements.get('mk-training-calendar')) {
  customElements.define('mk-training-calendar', MkTrainingCalendar);
}

declare global {
  interface HTMLElementTagNameMap {
    'mk-training-calendar': MkTrainingCalendar;
  }
}
