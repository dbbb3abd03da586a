// <mk-shared-sessions> in a real browser against a fake coordinator API: the matches whose
// mentors share sessions and the flagged sessions, in Swedish and English words (the
// extension's words for ways of meeting and topics, the goals' names, dates in the element's
// language), marking one handled with the focus after it, the empty, loading and failed
// states, and axe in each state.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { afterEach, describe, it } from '../../../widgets/src/shared/testing/mocha.ts';
import { waitFor } from '../../../widgets/src/shared/testing/wait.ts';
import './define-shared-sessions.ts';
import type { MkSharedSessions } from './shared-sessions.ts';
import { fakeMatchesApi } from './testing/fake-api.ts';
import type { FakeMatchesApi } from './testing/fake-api.ts';
import { SHARED } from './testing/fixtures.ts';

let api: FakeMatchesApi | undefined;
afterEach(() => api?.restore());

const root = (el: MkSharedSessions) => el.shadowRoot!;
const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const flagged = (el: MkSharedSessions, index: number) =>
  root(el).querySelector(`#flagged-sessions > li:nth-child(${index})`);
const CODES = ['workplace-visit', 'job-search', 'workplace-culture', '2026-11-18'];

async function shared(lang: string, answer = SHARED): Promise<MkSharedSessions> {
  api = fakeMatchesApi({ shared: answer });
  const el = await fixture<MkSharedSessions>(
    html`<mk-shared-sessions lang=${lang}></mk-shared-sessions>`,
  );
  await waitFor(() => root(el).querySelector('h3, .mk-state__error'), 'the shared sessions');
  await el.updateComplete;
  return el;
}

describe('<mk-shared-sessions>', () => {
  it('shows who shares and what was flagged, in English words', async () => {
    const el = await shared('en');
    expect(text(root(el).querySelector('#shared-sessions-matches tr'))).to.equal(
      'Bashir Karimi and Layla Said Connected 4 18 Nov 2026',
    );
    const first = flagged(el, 1)!;
    expect(text(first.querySelector('h3'))).to.equal('Bashir Karimi and Layla Said, 18 Nov 2026');
    expect(text(first.querySelector('p'))).to.equal(
      '45 min · Workplace visit · CV · Job search · Workplace culture · rated 4 of 5',
    );
    expect(text(first)).to.contain('The mentor’s note: Orolig för nattskiften.');
    expect(first.getAttribute('data-handled')).to.equal('false');
    const second = flagged(el, 2)!;
    expect(text(second)).to.contain('Video · Other');
    expect(text(second)).to.contain('No note shared.');
    expect(text(second.querySelector('.handled'))).to.match(/^Handled 5 Nov 2026, 09:30\.$/);
    for (const code of CODES)
      expect(text(root(el).querySelector('section')), code).not.to.contain(code);
    await expect(el).to.be.accessible();
  });

  it('speaks Swedish, the extension’s words and Swedish dates', async () => {
    const el = await shared('sv');
    expect(text(root(el).querySelector('h2'))).to.equal('Träffar som mentorer delat');
    expect(text(root(el).querySelector('#shared-sessions-matches tr'))).to.equal(
      'Bashir Karimi och Layla Said Kopplat 4 18 nov. 2026',
    );
    // The extension's words for the way they met and the topics that are not goals; a goal
    // by its name, as everywhere else.
    expect(text(flagged(el, 1)!.querySelector('p'))).to.equal(
      '45 min · Arbetsplatsbesök · CV · Jobbsökande · Kulturen på arbetsplatsen · betyg 4 av 5',
    );
    expect(text(flagged(el, 2))).to.contain('Hanterad 5 nov. 2026 09:30.');
    for (const code of CODES)
      expect(text(root(el).querySelector('section')), code).not.to.contain(code);
    await expect(el).to.be.accessible();
  });

  it('marks a session handled by keyboard, the focus on what it now says', async () => {
    const el = await shared('en');
    const button = flagged(el, 1)!.querySelector<HTMLButtonElement>('button')!;
    expect(text(button)).to.equal('Mark handled: Bashir Karimi, 18 Nov 2026');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => flagged(el, 1)!.getAttribute('data-handled') === 'true', 'handled');
    await el.updateComplete;
    expect(root(el).activeElement).to.have.class('handled');
    expect(text(root(el).activeElement)).to.match(/^Handled 25 Nov 2026/);
    expect(api!.requests.at(-2)?.path).to.equal(
      '/api/coordinator/matches/m-2/sessions/00000000-0000-4000-8000-000000000001/handled',
    );
    await expect(el).to.be.accessible();
  });

  it('says a failed mark in words beside the session', async () => {
    const el = await shared('sv');
    api!.failNext(500, true);
    flagged(el, 1)!.querySelector<HTMLButtonElement>('button')!.click();
    await waitFor(() => text(flagged(el, 1)!.querySelector('.error')), 'the failure');
    await el.updateComplete;
    expect(text(flagged(el, 1)!.querySelector('.error'))).to.equal(
      'Det gick inte. Försök igen om en stund.',
    );
    expect(root(el).activeElement).to.have.class('error');
    await expect(el).to.be.accessible();
  });

  for (const lang of ['sv', 'en']) {
    it(`says when nothing is shared or flagged (${lang})`, async () => {
      const el = await shared(lang, { matches: [], flagged: [] });
      expect(text(root(el).querySelector('#shared-sessions-none'))).to.equal(
        lang === 'sv' ? 'Ingen mentor har delat träffar än.' : 'No mentor has shared sessions yet.',
      );
      expect(root(el).querySelector('#flagged-sessions')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it(`shows loading, then a failure with Try again that loads (${lang})`, async () => {
      api = fakeMatchesApi({ shared: SHARED });
      api.hold();
      api.failNext(502);
      const el = await fixture<MkSharedSessions>(
        html`<mk-shared-sessions lang=${lang}></mk-shared-sessions>`,
      );
      await waitFor(() => root(el).querySelector('.mk-state__loading'), 'loading');
      await expect(el).to.be.accessible();
      api.release();
      await waitFor(() => root(el).querySelector('.mk-state__error'), 'the failure');
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('.mk-state__error button')!.click();
      await waitFor(() => root(el).querySelector('#flagged-sessions'), 'Try again did not load');
    });
  }
});
