// <mk-sign-in> in a real browser against a fake sign-in API (testing/fake-fetch.ts): the link by
// e-mail in every state (empty form, the field's error, sending, sent, 429 in words, failures),
// the coordinator token, a passkey refused before the ceremony, the session ended and signed
// out, keyboard focus after each, and axe in each state in Swedish and English.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { afterEach, beforeEach, describe, it } from '../../../widgets/src/shared/testing/mocha.ts';
import { waitFor } from '../../../widgets/src/shared/testing/wait.ts';
import './define-sign-in.ts';
import type { SignedInDetail } from './sign-in-events.ts';
import type { MkSignIn } from './sign-in.ts';
import type { FakeFetch } from './testing/fake-fetch.ts';
import { SESSION, fakeFetch, json, problem } from './testing/fake-fetch.ts';

const LINK = 'POST /api/coordinator/sign-in';
const TOKEN = 'POST /api/coordinator/sign-in/token';
const PASSKEY_OPTIONS = 'POST /api/coordinator/sign-in/passkey/options';

let api: FakeFetch;
beforeEach(() => {
  api = fakeFetch({
    [LINK]: () => json({ detail: 'If the address has an account, a link is on its way.' }, 202),
    [TOKEN]: ({ authorization }) =>
      authorization === 'Bearer right-token'
        ? json({ ...SESSION, role: 'administrator' })
        : problem(401, 'The coordinator token is missing or wrong.'),
  });
});
afterEach(() => api.restore());

async function signIn(lang: string): Promise<MkSignIn> {
  const el = await fixture<MkSignIn>(html`<mk-sign-in lang=${lang}></mk-sign-in>`);
  await waitFor(() => el.shadowRoot?.querySelector('h2'), 'the sign-in did not render');
  await el.updateComplete;
  return el;
}

const root = (el: MkSignIn) => el.shadowRoot!;
const pick = <T extends Element = HTMLElement>(el: MkSignIn, selector: string) =>
  root(el).querySelector<T & Element>(selector);
const text = (el: MkSignIn, selector: string) =>
  pick(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focused = (el: MkSignIn) => root(el).activeElement;
const linkRequests = () => api.requests.filter((r) => `${r.method} ${r.path}` === LINK);

async function typeAddress(el: MkSignIn, address: string): Promise<void> {
  pick<HTMLInputElement>(el, '#email')!.focus();
  await sendKeys({ type: address });
}

async function sendLink(el: MkSignIn): Promise<void> {
  pick<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
  await el.updateComplete;
}

/** The address field's error, its link to the field, and the focus on the field. */
async function expectAddressError(el: MkSignIn, words: string): Promise<void> {
  await waitFor(() => text(el, '#error-email') === words, `the error "${words}"`);
  await el.updateComplete;
  const input = pick<HTMLInputElement>(el, '#email')!;
  expect(input.getAttribute('aria-invalid')).to.equal('true');
  expect(input.getAttribute('aria-describedby')).to.equal('error-email');
  expect(focused(el)).to.equal(input);
}

describe('<mk-sign-in>', () => {
  for (const [lang, words] of [
    ['sv', { heading: 'Logga in', email: 'Din e-postadress', send: 'Skicka inloggningslänk' }],
    ['en', { heading: 'Sign in', email: 'Your e-mail address', send: 'Send sign-in link' }],
  ] as const) {
    it(`shows the empty forms in ${lang}`, async () => {
      const el = await signIn(lang);
      expect(text(el, 'h2')).to.equal(words.heading);
      expect(text(el, 'label[for="email"]')).to.equal(words.email);
      expect(text(el, 'form button[type="submit"]')).to.equal(words.send);
      expect(pick(el, '#error-email')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('says beside the field that an address is missing, and asks nothing', async () => {
    const el = await signIn('sv');
    await typeAddress(el, 'inte en adress');
    await sendLink(el);
    await expectAddressError(el, 'Skriv din e-postadress, till exempel namn@example.org.');
    expect(linkRequests()).to.have.length(0);
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await waitFor(
      () => text(el, '#error-email') === 'Enter your e-mail address, like name@example.org.',
      'the error in English after the language changed',
    );
    await expect(el).to.be.accessible();
  });

  for (const lang of ['sv', 'en'] as const) {
    it(`sends the link: sending, then "check your e-mail" with the focus on it, in ${lang}`, async () => {
      const el = await signIn(lang);
      const release = api.hold(LINK);
      await typeAddress(el, 'ulla@union.example');
      await sendKeys({ press: 'Enter' });
      await waitFor(() => linkRequests().length === 1, 'the link was not asked for');
      await el.updateComplete;
      const button = pick(el, 'form button[type="submit"]')!;
      expect(button.textContent?.trim()).to.equal(lang === 'sv' ? 'Skickar…' : 'Sending…');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      // A second submit while sending asks nothing more.
      await sendLink(el);
      expect(linkRequests()).to.have.length(1);
      await expect(el).to.be.accessible();

      release();
      await waitFor(() => pick(el, '#sent-heading'), 'the sent state');
      await el.updateComplete;
      expect(linkRequests()[0]!.body).to.deep.equal({ email: 'ulla@union.example' });
      expect(focused(el)).to.equal(pick(el, '#sent-heading'));
      expect(text(el, '#sent-heading')).to.equal(
        lang === 'sv' ? 'Titta i din e-post' : 'Check your e-mail',
      );
      expect(text(el, '.sent p')).to.contain('ulla@union.example');
      await expect(el).to.be.accessible();

      // Another address: the form again, the address kept, the focus on it.
      pick<HTMLButtonElement>(el, '.sent button')!.click();
      await waitFor(() => pick(el, '#email'), 'the form again');
      await el.updateComplete;
      expect(pick<HTMLInputElement>(el, '#email')!.value).to.equal('ulla@union.example');
      expect(focused(el)).to.equal(pick(el, '#email'));
    });
  }

  for (const [lang, seconds, words] of [
    ['sv', '120', 'För många försök. Försök igen om 2 minuter.'],
    ['en', '120', 'Too many attempts. Try again in 2 minutes.'],
    ['sv', '1', 'För många försök. Försök igen om 1 sekund.'],
    ['en', '45', 'Too many attempts. Try again in 45 seconds.'],
  ] as const) {
    it(`says a 429's Retry-After of ${seconds} s in words in ${lang}`, async () => {
      api.answer(LINK, () =>
        problem(429, 'Wait a moment and ask again.', { 'Retry-After': seconds }),
      );
      const el = await signIn(lang);
      await typeAddress(el, 'ulla@union.example');
      await sendLink(el);
      await expectAddressError(el, words);
      await expect(el).to.be.accessible();
    });
  }

  for (const [lang, failure, words] of [
    [
      'sv',
      'no mail',
      'Den här servern skickar ingen e-post och kan därför inte skicka inloggningslänkar. Logga in med en passkey eller samordnarnyckeln.',
    ],
    [
      'en',
      'no mail',
      'This server sends no mail, so it cannot send sign-in links. Sign in with a passkey or the coordinator token.',
    ],
    [
      'sv',
      'a server error',
      'Servern kunde inte ta emot begäran just nu. Försök igen om en stund.',
    ],
    ['en', 'no network', 'The server could not be reached. Check the connection and try again.'],
  ] as const) {
    it(`says ${failure} beside the address in ${lang}`, async () => {
      api.answer(LINK, () => {
        if (failure === 'no network') throw new TypeError('Failed to fetch');
        return failure === 'no mail'
          ? problem(503, 'This backend sends no mail, so it cannot send sign-in links.')
          : problem(500, 'Internal error');
      });
      const el = await signIn(lang);
      await typeAddress(el, 'ulla@union.example');
      await sendLink(el);
      await expectAddressError(el, words);
      // The form is back to sending again.
      expect(text(el, 'form button[type="submit"]')).to.equal(
        lang === 'sv' ? 'Skicka inloggningslänk' : 'Send sign-in link',
      );
      await expect(el).to.be.accessible();
    });
  }

  it('signs the first administrator in with the token, and says so when it is refused', async () => {
    const el = await signIn('en');
    const token = pick<HTMLInputElement>(el, '#token')!;
    pick<HTMLButtonElement>(el, 'form[aria-labelledby="token-heading"] button')!.click();
    await waitFor(() => text(el, '#error-token') === 'Enter the coordinator token.');
    await el.updateComplete;
    expect(focused(el)).to.equal(token);

    await sendKeys({ type: 'wrong-token' });
    await sendKeys({ press: 'Enter' });
    await waitFor(
      () => text(el, '#error-token') === 'The token was refused. Check it and try again.',
    );
    await el.updateComplete;
    expect(token.getAttribute('aria-invalid')).to.equal('true');
    expect(focused(el)).to.equal(token);
    await expect(el).to.be.accessible();

    token.value = 'right-token';
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent<CustomEvent<SignedInDetail>>(el, 'mk-signed-in');
    expect(event.detail.session.role).to.equal('administrator');
    expect(token.value).to.equal('');
    expect(api.requests.at(-1)!.authorization).to.equal('Bearer right-token');
  });

  it('says in Swedish that the token no longer works once an invited administrator signed in', async () => {
    api.answer(TOKEN, () =>
      problem(403, 'The coordinator token only signs in the first administrator.'),
    );
    const el = await signIn('sv');
    pick<HTMLInputElement>(el, '#token')!.value = 'any';
    pick<HTMLButtonElement>(el, 'form[aria-labelledby="token-heading"] button')!.click();
    await waitFor(() => text(el, '#error-token').startsWith('Samordnarnyckeln loggar bara in'));
    await expect(el).to.be.accessible();
  });

  it('says why a passkey cannot sign in, beside its button', async () => {
    api.answer(PASSKEY_OPTIONS, () => problem(429, 'Too many.', { 'Retry-After': '90' }));
    const el = await signIn('sv');
    pick<HTMLButtonElement>(el, '#passkey-sign-in')!.click();
    await waitFor(
      () => text(el, '#passkey-error') === 'För många försök. Försök igen om 2 minuter.',
      'the passkey refusal',
    );
    expect(pick(el, '#passkey-sign-in')!.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('says the session ended beside the address, and that one signed out, with the focus there', async () => {
    const el = await signIn('en');
    await el.sessionEnded();
    await expectAddressError(el, 'Your session has ended. Sign in again to go on.');
    await el.signedOut();
    expect(text(el, '.notice')).to.equal('You are signed out.');
    expect(pick(el, '#error-email')).to.equal(null);
    expect(focused(el)).to.equal(pick(el, '#email'));
    await expect(el).to.be.accessible();
  });

  it('says what went wrong elsewhere in the page’s words, keeping the server’s detail', async () => {
    const el = await signIn('sv');
    expect(el.describeFailure(new Error('The server is away.'))).to.equal(
      'Något gick fel: The server is away.',
    );
  });
});
