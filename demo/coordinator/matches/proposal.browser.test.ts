// <mk-proposal> in a real browser against a fake coordinator API (testing/fake-api.ts): the
// candidates with their reasons in Swedish and English words (never codes), proposing (the
// request, the links shown once, the event, the focus), a refusal in words beside its button,
// the empty, loading and failed states, closing by keyboard, and axe in each state.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { afterEach, describe, it } from '../../../widgets/src/shared/testing/mocha.ts';
import { waitFor } from '../../../widgets/src/shared/testing/wait.ts';
import './define-proposal.ts';
import type { MatchProposedDetail, ProposalClosedDetail } from './events.ts';
import type { MkProposal } from './proposal.ts';
import { fakeMatchesApi } from './testing/fake-api.ts';
import type { FakeMatchesApi } from './testing/fake-api.ts';
import { CANDIDATES, MENTEE } from './testing/fixtures.ts';

let api: FakeMatchesApi | undefined;
afterEach(() => api?.restore());

const root = (el: MkProposal) => el.shadowRoot!;
const text = (el: MkProposal, selector = 'section') =>
  (root(el).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const reasons = (el: MkProposal, index: number) =>
  [...root(el).querySelectorAll(`#candidates > li:nth-child(${index}) .reasons li`)].map((li) =>
    li.textContent?.replace(/\s+/g, ' ').trim(),
  );
const CODES = ['2211', 'degree-validation', 'weekday-evening', 'remote', ' ar,', 'rankCandidates'];

async function panel(lang: string, candidates = CANDIDATES, open = true): Promise<MkProposal> {
  api = fakeMatchesApi({ candidates });
  const el = await fixture<MkProposal>(html`<mk-proposal lang=${lang}></mk-proposal>`);
  if (open) {
    await el.open(MENTEE);
    await waitFor(() => root(el).querySelector('#proposal-intro, .mk-state__error'), 'loaded');
    await el.updateComplete;
  }
  return el;
}

describe('<mk-proposal>', () => {
  it('is hidden until the page opens it, then has the focus on its heading', async () => {
    const el = await panel('en', CANDIDATES, false);
    expect(el.hidden).to.equal(true);
    await el.open(MENTEE);
    await waitFor(() => root(el).querySelector('#candidates'), 'the candidates');
    expect(el.hidden).to.equal(false);
    expect(root(el).activeElement?.id).to.equal('proposal-heading');
    expect(api!.requests.map((r) => `${r.method} ${r.path}`)).to.deep.equal([
      'GET /api/coordinator/signups/su-amal/candidates',
    ]);
  });

  it('says why each mentor is suggested, in English words', async () => {
    const el = await panel('en');
    expect(text(el, '#proposal-intro')).to.contain(
      'Suggested by occupation, languages, region, goals and times: the best mentors for Amal Haddad',
    );
    const shown = reasons(el, 1);
    expect(shown).to.have.length(5);
    expect(shown[0]).to.equal('Same occupation group: Specialist physicians (40%)');
    expect(shown[1]).to.equal('A shared language: Arabic, Swedish (20%)');
    expect(shown[2]).to.contain(': Recognition of qualifications (12%)');
    expect(shown[3]).to.equal('Times that suit both: Weekday evenings, Remote (10%)');
    expect(shown[4]).to.equal('The mentor has room: 1 more mentee (5%)');
    expect(text(el, '#candidates > li:nth-child(1)')).to.contain(
      'Occupation: Specialist physicians',
    );
    expect(text(el, '#candidates > li:nth-child(1)')).to.contain('Mentees: 1 of 2 mentees');
    expect(text(el, '#candidates > li:nth-child(2)')).to.contain('Occupation: Unclassified');
    expect(text(el, '#candidates > li:nth-child(2) .at-capacity')).to.equal(
      'At capacity (1 of 1 mentee): ask before proposing.',
    );
    expect(text(el, '#candidates > li:nth-child(2) h3')).to.contain('Demo');
    for (const code of CODES) expect(text(el), code).not.to.contain(code);
    await expect(el).to.be.accessible();
  });

  it('speaks Swedish: the reasons, the group, the capacity', async () => {
    const el = await panel('sv');
    expect(text(el, 'h2')).to.equal('Föreslagna matchningar');
    expect(text(el, '#proposal-intro')).to.contain(
      'Förslag utifrån yrke, språk, region, mål och tider: de mentorer som passar Amal Haddad bäst',
    );
    const shown = reasons(el, 1);
    expect(shown[0]).to.match(/^Samma yrkesgrupp: Specialistläkare \(40\s%\)$/);
    expect(shown[1]).to.match(/^Gemensamt språk: arabiska, svenska \(20\s%\)$/);
    expect(shown[3]).to.match(/^Tider som passar båda: Vardagar, kvällstid, På distans/);
    expect(shown[4]).to.match(/^Mentorn har plats: 1 adept till/);
    expect(text(el, '#candidates > li:nth-child(1)')).to.contain('Yrkesgrupp: Specialistläkare');
    expect(text(el, '#candidates > li:nth-child(2) .at-capacity')).to.equal(
      'Har inte plats (1 av 1 adept): fråga innan du föreslår.',
    );
    for (const code of CODES) expect(text(el), code).not.to.contain(code);
    await expect(el).to.be.accessible();
  });

  it('proposes by keyboard: the links once, the focus on them, the page told', async () => {
    const el = await panel('en');
    const button = root(el).querySelector<HTMLButtonElement>(
      'button[aria-label="Propose this match: Eva Lund and Amal Haddad"]',
    )!;
    button.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent<CustomEvent<MatchProposedDetail>>(el, 'mk-match-proposed');
    expect(event.detail.match.profile.id).to.equal('m-su-eva');
    await waitFor(() => root(el).querySelector('.proposed-links'), 'the links');
    await el.updateComplete;
    const posted = api!.requests.find((r) => r.method === 'POST')!;
    expect(posted.path).to.equal('/api/coordinator/matches');
    expect(posted.body).to.deep.equal({ mentorId: 'su-eva', menteeId: 'su-amal' });
    expect(text(el, '.notice')).to.equal('The match was proposed.');
    expect(text(el, '.proposed-links')).to.contain('Eva Lund: http://localhost/match/mentor');
    expect(text(el, '.proposed-links')).to.contain("shares Eva Lund's session summaries");
    expect(root(el).activeElement).to.have.class('proposed-links');
    await expect(el).to.be.accessible();
  });

  for (const [lang, said] of [
    ['en', 'These two are already matched.'],
    ['sv', 'De två är redan matchade.'],
  ] as const) {
    it(`says a refused proposal in words beside its button (${lang})`, async () => {
      const el = await panel(lang);
      api!.failNext(409, true);
      const button = root(el).querySelector<HTMLButtonElement>('#candidates > li button')!;
      button.click();
      await waitFor(() => root(el).querySelector('#candidates .error'), 'the refusal');
      await el.updateComplete;
      const error = root(el).querySelector('#candidates .error')!;
      expect(error.textContent).to.equal(said);
      expect(button.getAttribute('aria-describedby')).to.equal(error.id);
      await expect(el).to.be.accessible();
    });
  }

  it('says when no mentor can be proposed, and when the mentee is in an active match', async () => {
    const none = await panel('en', { candidates: [], occupationNames: {}, inActiveMatch: false });
    expect(text(none, '#proposal-intro')).to.equal(
      'No mentor to propose for Amal Haddad: none has signed up, or each has been matched with them before.',
    );
    expect(root(none).querySelector('#candidates')).to.equal(null);
    await expect(none).to.be.accessible();
    api!.restore();
    const busy = await panel('sv', { candidates: [], occupationNames: {}, inActiveMatch: true });
    expect(text(busy, '#proposal-intro')).to.equal(
      'Amal Haddad är redan i en pågående matchning: ingen annan mentor föreslås.',
    );
    await expect(busy).to.be.accessible();
  });

  for (const lang of ['sv', 'en']) {
    it(`shows loading, then a failure with Try again that loads (${lang})`, async () => {
      const el = await panel(lang, CANDIDATES, false);
      api!.hold();
      api!.failNext(503);
      void el.open(MENTEE);
      await waitFor(() => root(el).querySelector('.mk-state__loading'), 'loading');
      await expect(el).to.be.accessible();
      api!.release();
      await waitFor(() => root(el).querySelector('.mk-state__error'), 'the failure');
      expect(text(el, '.mk-state__error')).to.contain('503');
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('.mk-state__error button')!.click();
      await waitFor(() => root(el).querySelector('#candidates'), 'Try again did not load');
    });
  }

  it('closes on Escape and with its button, telling the page', async () => {
    const el = await panel('en');
    root(el).querySelector<HTMLElement>('h2')!.focus();
    setTimeout(() => void sendKeys({ press: 'Escape' }));
    const closed = await oneEvent<CustomEvent<ProposalClosedDetail>>(el, 'mk-proposal-closed');
    expect(closed.detail.menteeId).to.equal('su-amal');
    expect(el.hidden).to.equal(true);
    await el.open(MENTEE);
    await waitFor(() => root(el).querySelector('#candidates'), 'open again');
    setTimeout(() => root(el).querySelector<HTMLButtonElement>('button.close')!.click());
    await oneEvent(el, 'mk-proposal-closed');
    expect(el.hidden).to.equal(true);
  });

  it('asks the page to sign in again when the session ended', async () => {
    const el = await panel('en', CANDIDATES, false);
    api!.failNext(401);
    setTimeout(() => void el.open(MENTEE));
    await oneEvent(el, 'mk-matches-session-ended');
    await waitFor(() => root(el).querySelector('.mk-state__error'), 'the failure');
    expect(text(el, '.mk-state__error')).to.contain('Your session has ended.');
  });
});
