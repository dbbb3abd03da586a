// A widget without `src` finds the backend's API through `api-base` (in the CDN build, also
// beside its script: api-base.test.ts and the end-to-end tests on a second origin).
import { expect, fixture, html } from '@open-wc/testing';
import { describe, it } from './testing/mocha.ts';
import { waitFor } from './testing/wait.ts';
import '../match-card/define.ts';
import '../training-calendar/define.ts';
import type { MkMatchCard } from '../match-card/match-card.ts';
import type { MkTrainingCalendar } from '../training-calendar/training-calendar.ts';

const API = '/__mk-test/api/';

/** The requests the test API has had since `before` (its log only grows). */
async function apiRequestsSince(before: number): Promise<string[]> {
  const log = (await (await fetch('/__mk-test/api-log')).json()) as string[];
  return log.slice(before);
}

const apiLogLength = async () => (await apiRequestsSince(0)).length;

const shadowText = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('api-base', () => {
  it('the calendar reads the trainings of its api-base', async () => {
    const before = await apiLogLength();
    const el = await fixture<MkTrainingCalendar>(
      html`<mk-training-calendar lang="en" api-base=${API}></mk-training-calendar>`,
    );
    await waitFor(() => shadowText(el).includes('No trainings planned yet.'), 'no empty state');
    expect(await apiRequestsSince(before)).to.deep.equal(['GET trainings.json']);
  });

  it("a calendar with a programme reads that programme's trainings", async () => {
    const before = await apiLogLength();
    const el = await fixture<MkTrainingCalendar>(
      html`<mk-training-calendar
        lang="en"
        api-base=${API}
        programme="union academics/å"
      ></mk-training-calendar>`,
    );
    await waitFor(() => shadowText(el).includes('No trainings planned yet.'), 'no empty state');
    el.programme = 'foundry';
    await waitFor(async () => (await apiRequestsSince(before)).length === 2, 'no second load');
    expect(await apiRequestsSince(before)).to.deep.equal([
      'GET trainings.json?programme=union+academics%2F%C3%A5',
      'GET trainings.json?programme=foundry',
    ]);
  });

  it('src wins over api-base', async () => {
    const before = await apiLogLength();
    const el = await fixture<MkTrainingCalendar>(
      html`<mk-training-calendar
        lang="en"
        api-base=${API}
        src="/__mk-test/json?body=%5B%5D"
      ></mk-training-calendar>`,
    );
    await waitFor(() => shadowText(el).includes('No trainings planned yet.'), 'no empty state');
    expect(await apiRequestsSince(before)).to.deep.equal([]);
  });

  it('the match card reads matches/<id>, the id encoded, from its api-base', async () => {
    const before = await apiLogLength();
    const el = await fixture<MkMatchCard>(
      html`<mk-match-card lang="en" api-base=${API} match-id="a/b?c"></mk-match-card>`,
    );
    // The test API knows no match: the card says what the server answered.
    await waitFor(
      () => shadowText(el).includes('Something went wrong on the server'),
      'no error state',
    );
    expect(await apiRequestsSince(before)).to.deep.equal(['GET matches/a%2Fb%3Fc']);
  });

  it('without src, api-base or a backend beside the script, the calendar says it is misconfigured', async () => {
    const el = await fixture<MkTrainingCalendar>(
      html`<mk-training-calendar lang="en"></mk-training-calendar>`,
    );
    await waitFor(() => el.shadowRoot?.querySelector('[part="error"]'), 'no misconfigured state');
  });
});
