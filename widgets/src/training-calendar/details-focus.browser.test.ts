/**
 * Focus when an event's details open (issue 24, WCAG 2.4.3). The dialog opens at once on a
 * loading frame and the details module then fills it in; focus must survive that, on the
 * first open of each calendar (the module is still loading) and on later ones.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TrainingEvent } from '@mentorkit/core';
import { describe, it } from '../shared/testing/mocha.ts';
import { waitFor } from '../shared/testing/wait.ts';
import './define.ts';
import type { MkTrainingCalendar } from './training-calendar.ts';

async function jsonEvents(): Promise<TrainingEvent[]> {
  return (await (await fetch('/tests/fixtures/calendar/events.json')).json()) as TrainingEvent[];
}

describe('<mk-training-calendar> focus in the details dialog', () => {
  for (const view of ['list', 'month'] as const) {
    it(`moves focus to the details' title and keeps it there when they arrive (${view} view)`, async () => {
      const el = await fixture<MkTrainingCalendar>(
        html`<mk-training-calendar
          lang="en"
          view=${view}
          from="2026-03-01"
          until="2026-03-31"
          .events=${await jsonEvents()}
        ></mk-training-calendar>`,
      );
      const root = el.shadowRoot!;
      // In the month view an event's chip in its day opens the details directly.
      const trigger = () =>
        root.querySelector<HTMLElement>(
          view === 'list' ? '[part="event-title"]' : '[part="day-event"]',
        );
      await waitFor(() => trigger(), 'no event to open');
      for (const round of ['first', 'second']) {
        trigger()!.focus();
        trigger()!.click();
        await waitFor(() => root.querySelector('.details__facts'), `${round} open: no details`);
        await el.updateComplete;
        const dialog = root.querySelector('dialog')!;
        expect(dialog.open, `${round} open: dialog closed`).to.equal(true);
        // Names, not elements, in the assertions: a failure message that prints an element
        // walks its whole object graph.
        expect(
          document.activeElement?.localName,
          `${round} open: focus left the calendar`,
        ).to.equal('mk-training-calendar');
        const active = root.activeElement;
        expect(active?.id, `${round} open: focus not on the title`).to.equal('details-title');
        root.querySelector<HTMLElement>('[part="close-button"]')!.click();
        // The dialog's close event comes in a task of its own, and empties it.
        await waitFor(() => !root.querySelector('.details__facts'), 'the details stayed');
        expect(dialog.open).to.equal(false);
        expect(root.activeElement === trigger(), 'focus not back on the event').to.equal(true);
      }
    });
  }
});
