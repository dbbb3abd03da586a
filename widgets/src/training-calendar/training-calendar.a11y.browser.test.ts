/** Forced colours, dark and target size (issue 24) for the list, the month and the details. */
import { fixture, html } from '@open-wc/testing';
import type { TrainingEvent } from '@mentorkit/core';
import { a11yPasses } from '../shared/testing/a11y-passes.ts';
import { waitFor } from '../shared/testing/wait.ts';
import './define.ts';
import type { MkTrainingCalendar } from './training-calendar.ts';

async function calendar(view: 'list' | 'month'): Promise<MkTrainingCalendar> {
  const events = (await (
    await fetch('/tests/fixtures/calendar/events.json')
  ).json()) as TrainingEvent[];
  const el = await fixture<MkTrainingCalendar>(
    html`<mk-training-calendar
      lang="en"
      view=${view}
      from="2026-03-01"
      until="2026-03-31"
      signup-url="https://example.org/s/{uid}"
      .events=${events}
    ></mk-training-calendar>`,
  );
  const root = el.shadowRoot!;
  await waitFor(() => root.querySelector('[part="event-title"], [part="day-event"]'), 'no events');
  return el;
}

a11yPasses('<mk-training-calendar> list', () => calendar('list'));
a11yPasses('<mk-training-calendar> month, a day open', async () => {
  const el = await calendar('month');
  const root = el.shadowRoot!;
  root.querySelector<HTMLElement>('td[data-day="2026-03-21"]')!.click();
  await waitFor(() => root.querySelector('[part="day-panel"]'), 'no day panel');
  return el;
});
a11yPasses('<mk-training-calendar> details', async () => {
  const el = await calendar('list');
  const root = el.shadowRoot!;
  root.querySelector<HTMLElement>('[part="event-title"]')!.click();
  await waitFor(() => root.querySelector('.details__facts'), 'no details');
  return el;
});
