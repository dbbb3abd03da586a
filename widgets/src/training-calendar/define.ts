/**
 * Registers `<mk-training-calendar>` (the only place that defines it), and nothing else:
 * `import '@mentorkit/widgets/training-calendar/define';`
 */
import { MkTrainingCalendar } from './training-calendar.ts';

if (!customElements.get('mk-training-calendar')) {
  customElements.define('mk-training-calendar', MkTrainingCalendar);
}

declare global {
  interface HTMLElementTagNameMap {
    'mk-training-calendar': MkTrainingCalendar;
  }
}
