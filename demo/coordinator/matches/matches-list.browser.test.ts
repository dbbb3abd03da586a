// <mk-matches> in a real browser against a fake coordinator API (testing/fake-api.ts): each
// match in Swedish and English words (status, who is waited for, reasons, follow-ups, history,
// links), the two people linked to their views, the steps with Undo where the backend allows a
// step back, a close without a reason refused beside its field, a meeting and the links, the
// empty, loading and failed states, the focus after each action, and axe in each state.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { a11yPasses } from '../../../widgets/src/shared/testing/a11y-passes.ts';
import { afterEach, describe, it } from '../../../widgets/src/shared/testing/mocha.ts';
import { waitFor } from '../../../widgets/src/shared/testing/wait.ts';
import './define-matches.ts';
import type { MkMatches } from './matches-list.ts';
import { fakeMatchesApi } from './testing/fake-api.ts';
import type { FakeMatchesApi } from './testing/fake-api.ts';
import { ACTIVE_MATCH, PROPOSED_MATCH } from './testing/fixtures.ts';

let api: FakeMatchesApi | undefined;
afterEach(() => api?.restore());

const root = (el: MkMatches) => el.shadowRoot!;
const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const card = (el: MkMatches, id: string) =>
  root(el).querySelector<HTMLElement>(`li[data-match-id="${id}"]`)!;
const text = (element: Element | null) => clean(element?.textContent);
const focused = (el: MkMatches) => root(el).activeElement;
const CODES = ['2211', 'link-revoked', 'Shared languages', 'ar, sv', 'Goals covered', 'cv'];

async function matches(lang: string, list = [PROPOSED_MATCH, ACTIVE_MATCH]): Promise<MkMatches> {
  api = fakeMatchesApi({ matches: list });
  const el = await fixture<MkMatches>(
    html`<mk-matches lang=${lang} today="2026-11-24"></mk-matches>`,
  );
  await waitFor(() => root(el).querySelector('#matches, .mk-state__error'), 'the matches');
  await el.updateComplete;
  return el;
}

describe('<mk-matches>', () => {
  it('shows each match in English words, the people linked to their views', async () => {
    const el = await matches('en');
    const proposed = card(el, 'm-1');
    const links = [...proposed.querySelectorAll('h3 a')].map((a) => [
      a.textContent,
      a.getAttribute('href'),
    ]);
    expect(links).to.deep.equal([
      ['Eva Lund', '#person=su-eva'],
      ['Amal Haddad', '#person=su-amal'],
    ]);
    expect(text(proposed.querySelector('h3'))).to.equal('Eva Lund and Amal Haddad');
    expect(text(proposed.querySelector('.match-state'))).to.equal(
      'Status: Proposed · waiting for Eva Lund (mentor) · score 82% · 0 of 10 meetings',
    );
    expect([...proposed.querySelectorAll('.reasons li')].map(text)).to.deep.equal([
      'Same occupation group: Specialist physicians (40%)',
      'A shared language (20%)',
    ]);
    const active = card(el, 'm-2');
    expect(text(active.querySelector('h3'))).to.contain('Demo');
    expect(text(active.querySelector('.match-progress'))).to.equal(
      'Last meeting: 18 Nov 2026 · 1-month follow-up, mentee: not answered yet',
    );
    expect(text(active.querySelector('.match-history'))).to.contain(
      'the coordinator revoked the link of the mentee (reason: Fel adress)',
    );
    expect(text(proposed.querySelector('.match-history li:nth-child(2)'))).to.contain(
      'the mentee accepted',
    );
    expect(text(active.querySelector('.match-links li[data-role="mentee"]'))).to.contain(
      'Layla Said (mentee): revoked or expired',
    );
    for (const code of CODES) expect(text(root(el).querySelector('ul')), code).not.to.contain(code);
    await expect(el).to.be.accessible();
  });

  it('speaks Swedish: statuses, roles, reasons, history and steps', async () => {
    const el = await matches('sv');
    expect(text(root(el).querySelector('h2'))).to.equal('Matchningar');
    const proposed = card(el, 'm-1');
    expect(text(proposed.querySelector('h3'))).to.equal('Eva Lund och Amal Haddad');
    expect(text(proposed.querySelector('.match-state'))).to.match(
      /^Status: Föreslagen · väntar på Eva Lund \(mentor\) · poäng 82\s% · 0 av 10 träffar$/,
    );
    expect(text(proposed.querySelector('.reasons li'))).to.match(
      /^Samma yrkesgrupp: Specialistläkare \(40\s%\)$/,
    );
    expect(text(proposed.querySelector('.match-history'))).to.contain(
      'samordnaren föreslog matchningen',
    );
    const active = card(el, 'm-2');
    expect(text(active.querySelector('.match-progress'))).to.contain(
      'Uppföljning efter 1 månad, adept: inte besvarad än',
    );
    expect(text(active.querySelector('.match-history'))).to.contain(
      'samordnaren återkallade länken till adepten (skäl: Fel adress)',
    );
    const steps = [...active.querySelectorAll('.match-steps button')].map(text);
    expect(steps).to.deep.equal(['Pausa', 'Avsluta', 'Stäng']);
    for (const code of CODES) expect(text(root(el).querySelector('ul')), code).not.to.contain(code);
    await expect(el).to.be.accessible();
  });

  it('pauses by keyboard with Undo on the focus, and Undo resumes the match', async () => {
    const el = await matches('en');
    const pause = card(el, 'm-2').querySelector<HTMLButtonElement>('button[data-step="pause"]')!;
    pause.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    await oneEvent(el, 'mk-match-changed');
    await waitFor(() => card(el, 'm-2').querySelector('button.undo'), 'Undo');
    await el.updateComplete;
    expect(text(card(el, 'm-2').querySelector('.match-state'))).to.contain('Status: Paused');
    expect(text(card(el, 'm-2').querySelector('.match-notice'))).to.equal(
      'The match of Bashir Karimi and Layla Said is now paused.',
    );
    expect(focused(el)).to.have.class('undo');
    // Paused: it may be resumed, not paused again.
    const steps = [...card(el, 'm-2').querySelectorAll('.match-steps button')].map(text);
    expect(steps).to.deep.equal(['Resume', 'Complete', 'Close']);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitFor(
      () => text(card(el, 'm-2').querySelector('.match-state')).includes('Active'),
      'Undo did not resume',
    );
    await el.updateComplete;
    expect(card(el, 'm-2').querySelector('button.undo')).to.equal(null);
    expect(focused(el)).to.have.class('match-notice');
    expect(text(card(el, 'm-2').querySelector('.match-notice'))).to.equal(
      'The match of Bashir Karimi and Layla Said is now active.',
    );
    const posted = api!.requests.filter((r) => r.method === 'POST').map((r) => r.path);
    expect(posted).to.deep.equal([
      '/api/coordinator/matches/m-2/pause',
      '/api/coordinator/matches/m-2/activate',
    ]);
  });

  it('says the step and its Undo in Swedish', async () => {
    const el = await matches('sv');
    card(el, 'm-2').querySelector<HTMLButtonElement>('button[data-step="pause"]')!.click();
    await waitFor(() => card(el, 'm-2').querySelector('button.undo'), 'Ångra');
    expect(text(card(el, 'm-2').querySelector('.match-notice'))).to.equal(
      'Matchningen Bashir Karimi och Layla Said är nu pausad.',
    );
    expect(text(card(el, 'm-2').querySelector('button.undo'))).to.equal('Ångra');
    card(el, 'm-2').querySelector<HTMLButtonElement>('button.undo')!.click();
    await waitFor(
      () => text(card(el, 'm-2').querySelector('.match-notice')).includes('pågår nu'),
      'Ångra did not resume',
    );
    expect(text(card(el, 'm-2').querySelector('.match-notice'))).to.equal(
      'Matchningen Bashir Karimi och Layla Said pågår nu.',
    );
    await expect(el).to.be.accessible();
  });

  for (const [lang, said] of [
    ['en', 'Say why the match is closed.'],
    ['sv', 'Skriv varför matchningen stängs.'],
  ] as const) {
    it(`asks why before closing, beside the reason field with the focus there (${lang})`, async () => {
      const el = await matches(lang);
      card(el, 'm-1').querySelector<HTMLButtonElement>('button[data-step="close"]')!.click();
      await el.updateComplete;
      const field = card(el, 'm-1').querySelector<HTMLInputElement>('#reason-m-1')!;
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(
        text(card(el, 'm-1').querySelector(`#${field.getAttribute('aria-describedby')}`)),
      ).to.equal(said);
      expect(focused(el)).to.equal(field);
      expect(api!.requests.filter((r) => r.method === 'POST')).to.deep.equal([]);
      await expect(el).to.be.accessible();
      // With a reason it closes, for good: no Undo.
      field.value = 'Flyttat';
      card(el, 'm-1').querySelector<HTMLButtonElement>('button[data-step="close"]')!.click();
      await waitFor(
        () => card(el, 'm-1').querySelector('.match-notice')?.textContent?.trim(),
        'closed',
      );
      expect(card(el, 'm-1').querySelector('button.undo')).to.equal(null);
      expect(api!.requests.at(-2)?.body).to.deep.equal({ reason: 'Flyttat' });
    });
  }

  it('says a step the status no longer allows in words', async () => {
    const el = await matches('en');
    api!.failNext(409, true);
    card(el, 'm-1').querySelector<HTMLButtonElement>('button[data-step="activate"]')!.click();
    await waitFor(() => text(card(el, 'm-1').querySelector('.match-error')), 'the refusal');
    await el.updateComplete;
    expect(text(card(el, 'm-1').querySelector('.match-error'))).to.equal(
      "Not possible from the match's status now. The list shows it as it is.",
    );
    expect(focused(el)).to.have.class('match-error');
    await expect(el).to.be.accessible();
  });

  it('records a meeting on the day given, from today in the field', async () => {
    const el = await matches('en');
    const date = card(el, 'm-2').querySelector<HTMLInputElement>('#meeting-m-2')!;
    expect(date.value).to.equal('2026-11-24');
    expect(date.max).to.equal('2026-11-24');
    expect(date.min).to.equal('2026-10-01');
    date.value = '2026-11-20';
    card(el, 'm-2').querySelector<HTMLButtonElement>('button.record-meeting')!.click();
    await waitFor(() => text(card(el, 'm-2').querySelector('.match-notice')), 'recorded');
    expect(text(card(el, 'm-2').querySelector('.match-notice'))).to.equal(
      'The meeting on 20 Nov 2026 is recorded.',
    );
    expect(text(card(el, 'm-2').querySelector('.match-state'))).to.contain('4 of 10 meetings');
    expect(api!.requests.at(-2)).to.deep.include({
      path: '/api/coordinator/matches/m-2/meetings',
      body: { date: '2026-11-20' },
    });
  });

  it('revokes a link and makes a new one, shown once', async () => {
    const el = await matches('sv');
    card(el, 'm-1')
      .querySelector<HTMLButtonElement>('li[data-role="mentor"] button.revoke')!
      .click();
    await waitFor(() => text(card(el, 'm-1').querySelector('.match-notice')), 'revoked');
    expect(text(card(el, 'm-1').querySelector('.match-notice'))).to.equal(
      'Länken till Eva Lund fungerar inte längre.',
    );
    expect(
      card(el, 'm-1').querySelector<HTMLButtonElement>('li[data-role="mentor"] button.revoke')!
        .disabled,
    ).to.equal(true);
    card(el, 'm-1')
      .querySelector<HTMLButtonElement>('li[data-role="mentor"] button.reissue')!
      .click();
    await waitFor(() => card(el, 'm-1').querySelector('.new-link'), 'the new link');
    expect(text(card(el, 'm-1').querySelector('.new-link'))).to.equal(
      `Ny länk till Eva Lund: http://localhost/match/${'n'.repeat(43)}`,
    );
    await expect(el).to.be.accessible();
  });

  for (const lang of ['sv', 'en']) {
    it(`says when there are no matches yet (${lang})`, async () => {
      const el = await matches(lang, []);
      expect(text(root(el).querySelector('#matches'))).to.equal(
        lang === 'sv' ? 'Inga matchningar än.' : 'No matches yet.',
      );
      await expect(el).to.be.accessible();
    });

    it(`shows loading, then a failure with Try again that loads (${lang})`, async () => {
      api = fakeMatchesApi({ matches: [PROPOSED_MATCH] });
      api.hold();
      api.failNext(500);
      const el = await fixture<MkMatches>(html`<mk-matches lang=${lang}></mk-matches>`);
      await waitFor(() => root(el).querySelector('.mk-state__loading'), 'loading');
      await expect(el).to.be.accessible();
      api.release();
      await waitFor(() => root(el).querySelector('.mk-state__error'), 'the failure');
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('.mk-state__error button')!.click();
      await waitFor(() => root(el).querySelector('#matches li'), 'Try again did not load');
    });
  }

  it('with manual, asks for nothing until the page calls reload()', async () => {
    api = fakeMatchesApi({ matches: [PROPOSED_MATCH] });
    const el = await fixture<MkMatches>(html`<mk-matches lang="en" manual></mk-matches>`);
    await el.updateComplete;
    expect(api.requests).to.deep.equal([]);
    await el.reload();
    expect(root(el).querySelectorAll('#matches > li')).to.have.length(1);
  });
});

a11yPasses('<mk-matches> filled', () => matches('en'));
