// The card's answers sent to a backend (the profile's `actions`): sending, the outcome, a
// failure with Try again, the optional reason of a decline, a cancelled event that sends
// nothing, and Contact on a participant's card; against the test server's real HTTP route
// (test-support/test-routes.mjs: /__mk-test/match-answer/<key>).
import { expect, fixture, html } from '@open-wc/testing';
import type { MatchProfile } from '@mentorkit/core';
import { sendKeys } from '@web/test-runner-commands';
import { waitFor } from '../shared/testing/wait.ts';
import { before, describe, it } from '../shared/testing/mocha.ts';
import { loadCatalogue, registerMessages } from '../locales/index.ts';
import { matchMessages } from './locales/index.ts';
import './define.ts';
import type { MkMatchCard } from './match-card.ts';
import { FULL_MATCH } from './testing/fixtures.ts';

/** A fresh key per test, so each has its own log at the test server (also across runs). */
const nextKey = () => `answer-${crypto.randomUUID()}`;

function withActions(key: string, query: string, extra: Partial<MatchProfile> = {}): MatchProfile {
  const base = `/__mk-test/match-answer/${key}`;
  return {
    ...FULL_MATCH,
    viewer: 'mentee',
    acceptedBy: [],
    actions: { accept: `${base}?${query}`, decline: `${base}?${query}` },
    ...extra,
  };
}

async function card(match: MatchProfile, lang = 'en'): Promise<MkMatchCard> {
  const el = await fixture<MkMatchCard>(
    html`<mk-match-card
      lang=${lang}
      audience="participant"
      actions
      .match=${match}
    ></mk-match-card>`,
  );
  await waitFor(() => !!el.shadowRoot?.querySelector('[part~="card"]'), 'the card rendered');
  await el.updateComplete;
  return el;
}

const part = (el: MkMatchCard, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function answerLog(key: string): Promise<{ requests: number; body?: string }> {
  return (await fetch(`/__mk-test/match-answer-log/${key}`)).json() as Promise<{
    requests: number;
    body?: string;
  }>;
}

async function outcome(el: MkMatchCard, phase: 'done' | 'failed'): Promise<HTMLElement> {
  await waitFor(() => !!part(el, `answer-${phase}`), `the answer ${phase}`);
  await el.updateComplete;
  return part(el, `answer-${phase}`)!;
}

describe('<mk-match-card> answers sent to the backend', () => {
  before(async () => {
    registerMessages(matchMessages);
    await loadCatalogue('ar');
  });

  it('Accept shows Sending, then the outcome in a live region that takes focus', async () => {
    const key = nextKey();
    const el = await card(withActions(key, 'status=proposed&delay=400'));
    part(el, 'accept-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const sending = part(el, 'answer-sending')!;
    expect(text(sending)).to.equal('Sending your answer …');
    expect(sending.getAttribute('role')).to.equal('status');
    const done = await outcome(el, 'done');
    expect(text(done)).to.equal('You have accepted. The match starts once you have both accepted.');
    expect(el.shadowRoot!.activeElement).to.equal(done);
    expect(await answerLog(key)).to.deep.equal({ requests: 1, body: '{}' });
    await expect(el).to.be.accessible();
  });

  it('says the match has started when the answer was the second yes (Arabic, rtl, axe)', async () => {
    const key = nextKey();
    const el = await card(withActions(key, 'status=active'), 'ar');
    part(el, 'accept-button')!.click();
    const done = await outcome(el, 'done');
    expect(text(done)).to.equal('لقد قبلتما كلاكما. بدأت المطابقة!');
    expect(text(part(el, 'status'))).to.contain('جارية');
    // What is left to do follows the outcome.
    expect(part(el, 'accept-button')).to.equal(null);
    expect(part(el, 'contact-button')).not.to.equal(null);
    expect(el.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('Decline asks first, sends the optional reason, and says it was declined', async () => {
    const key = nextKey();
    const el = await card(withActions(key, 'status=closed'));
    part(el, 'decline-button')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const reason = part(el, 'decline-reason')!.querySelector('textarea')!;
    reason.focus();
    await sendKeys({ type: 'Jag har flyttat' });
    part(el, 'confirm-decline-button')!.click();
    const done = await outcome(el, 'done');
    expect(text(done)).to.equal('You have declined. Thank you for answering.');
    expect(JSON.parse((await answerLog(key)).body!)).to.deep.equal({ reason: 'Jag har flyttat' });
    expect(text(part(el, 'status'))).to.contain('Closed');
  });

  it('a failed answer says so with Try again (keyboard), which sends it again', async () => {
    const key = nextKey();
    const el = await card(withActions(key, 'status=active&fail=1'));
    part(el, 'accept-button')!.click();
    const failed = await outcome(el, 'failed');
    expect(text(failed)).to.equal('Your answer could not be sent.');
    expect(failed.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    part(el, 'retry-answer-button')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(text(await outcome(el, 'done'))).to.equal(
      'You have both accepted. The match has started!',
    );
    expect((await answerLog(key)).requests).to.equal(2);
  });

  it('sends nothing when a listener cancels the event, and still fires it', async () => {
    const key = nextKey();
    const el = await card(withActions(key, 'status=active'));
    let fired = 0;
    el.addEventListener('mk-match-accept', (event) => {
      fired += 1;
      event.preventDefault();
    });
    part(el, 'accept-button')!.click();
    await el.updateComplete;
    expect(fired).to.equal(1);
    expect(part(el, 'answer-sending')).to.equal(null);
    expect((await answerLog(key)).requests).to.equal(0);
  });

  it('offers no Accept once the person has accepted, and says who it waits for', async () => {
    const el = await card(withActions(nextKey(), '', { acceptedBy: ['mentee'], actions: {} }));
    expect(part(el, 'accept-button')).to.equal(null);
    expect(text(part(el, 'answer-status'))).to.equal(
      'You have accepted. The match starts once you have both accepted.',
    );
  });

  it("Contact shows the other person's details only once the match is active", async () => {
    const proposed = await card({ ...FULL_MATCH, viewer: 'mentee' });
    part(proposed, 'contact-button')!.click();
    await proposed.updateComplete;
    expect(text(part(proposed, 'contact-details'))).to.equal(
      'Contact details are shown once you have both accepted.',
    );
    expect(proposed.shadowRoot!.querySelector('a[href^="mailto:"]')).to.equal(null);

    const mentorOnly = { ...FULL_MATCH.mentor, email: 'birgitta@example.org' };
    const menteeWithout = { ...FULL_MATCH.mentee };
    delete menteeWithout.email;
    delete menteeWithout.phone;
    const active = await card({
      ...FULL_MATCH,
      status: 'active',
      viewer: 'mentee',
      mentor: mentorOnly,
      mentee: menteeWithout,
    });
    const contact = part(active, 'contact-button')!;
    expect(contact.getAttribute('aria-expanded')).to.equal('false');
    contact.click();
    await active.updateComplete;
    expect(contact.getAttribute('aria-expanded')).to.equal('true');
    const link = part(active, 'contact-details')!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('mailto:birgitta@example.org');
    await expect(active).to.be.accessible();
  });
});
