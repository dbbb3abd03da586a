import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from './testing/wait.ts';
import { afterEach, describe, it } from './testing/mocha.ts';
import { LitElement } from 'lit';
import { isCatalogueLoaded } from '../locales/index.ts';
import type { MessageBundle } from '../locales/index.ts';
import { LocalizeController, MESSAGES_WAIT_MS } from './localize-controller.ts';
import type { WordingOverrides } from './localize-controller.ts';

/** A test-only element: renders one message and a formatted date. */
class MkTestLocalized extends LitElement {
  readonly localize = new LocalizeController(this);

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.localize.whenReady(() => super.scheduleUpdate());
  }

  override render() {
    return html`<p>${this.localize.term('retry')}</p>
      <p id="date">${this.localize.formatDate('2025-03-01')}</p>`;
  }
}
customElements.define('mk-test-localized', MkTestLocalized);

/** A test-only element with a partner's wording for `retry` (text) and `errorHttpBody` (a function). */
class MkTestWorded extends LitElement {
  wording: WordingOverrides<Record<never, never>> = {
    sv: { retry: 'Prova en gång till' },
    en: { errorHttpBody: ({ status }) => `The server said ${status}.` },
  };
  readonly localize = new LocalizeController(this, undefined, { overrides: () => this.wording });

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.localize.whenReady(() => super.scheduleUpdate());
  }

  override render() {
    return html`<p>${this.localize.term('retry')}</p>
      <p id="http">${this.localize.term('errorHttpBody', { status: 503 })}</p>`;
  }
}
customElements.define('mk-test-worded', MkTestWorded);

/** Hosts a `mk-test-localized` inside its own shadow root, to test crossing root boundaries. */
class MkTestOuter extends LitElement {
  override render() {
    return html`<section><mk-test-localized></mk-test-localized></section>`;
  }
}
customElements.define('mk-test-outer', MkTestOuter);

/**
 * A bundle whose Tigrinya chunk arrives only when the test calls `releaseTigrinya`: a chunk
 * held up by a slow network. It borrows a key of the signup form (`term` takes widget keys
 * only); no signup form is on this page. The element below registers it in the last test of
 * this file, since it holds up Tigrinya for every element of the page until released.
 */
let releaseTigrinya: () => void = () => {};
const heldBundle: MessageBundle<{ signupDraftDiscard: string }> = {
  sv: { signupDraftDiscard: 'Svensk text' },
  lazy: {
    en: () => Promise.resolve({ signupDraftDiscard: 'English text' }),
    ar: () => Promise.resolve({ signupDraftDiscard: 'نص عربي' }),
    fa: () => Promise.resolve({ signupDraftDiscard: 'متن فارسی' }),
    prs: () => Promise.resolve({ signupDraftDiscard: 'متن دری' }),
    so: () => Promise.resolve({ signupDraftDiscard: 'Qoraal Soomaali' }),
    ti: () =>
      new Promise(
        (resolve) => (releaseTigrinya = () => resolve({ signupDraftDiscard: 'ጽሑፍ ትግርኛ' })),
      ),
    uk: () => Promise.resolve({ signupDraftDiscard: 'Український текст' }),
  },
};

/** A test-only element whose messages come from `heldBundle`. */
class MkTestHeld extends LitElement {
  readonly localize = new LocalizeController(this, heldBundle);

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.localize.whenReady(() => super.scheduleUpdate());
  }

  override render() {
    return html`<p>${this.localize.term('signupDraftDiscard')}</p>`;
  }
}
customElements.define('mk-test-held', MkTestHeld);

const RETRY = {
  sv: 'Försök igen',
  en: 'Try again',
  ar: 'حاول مرة أخرى',
  fa: 'تلاش دوباره',
  uk: 'Спробувати ще раз',
};

function shownText(el: MkTestLocalized): string {
  return el.shadowRoot?.querySelector('p')?.textContent ?? '';
}

async function shows(el: MkTestLocalized, text: string): Promise<void> {
  await waitFor(
    () => shownText(el) === text,
    `expected "${text}", still showing "${shownText(el)}"`,
  );
}

describe('LocalizeController', () => {
  const documentLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = documentLang;
  });

  // First, while no test has loaded Arabic yet.
  it('renders first once a lazy catalogue has loaded, never in another language', async () => {
    expect(isCatalogueLoaded('ar')).to.equal(false);
    const seen: string[] = [];
    const watcher = new MutationObserver(() => seen.push(shownText(el)));
    const el = document.createElement('mk-test-localized') as MkTestLocalized;
    el.lang = 'ar';
    document.body.append(el);
    watcher.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await el.updateComplete;
    watcher.disconnect();
    el.remove();
    expect(shownText(el)).to.equal(RETRY.ar);
    expect(seen.filter((text) => text !== RETRY.ar)).to.deep.equal([]);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(isCatalogueLoaded('ar')).to.equal(true);
    expect(el.localize.lang).to.equal('ar');
    expect(el.localize.dir).to.equal('rtl');
  });

  it("uses a partner's wording in its language only, text or with parameters", async () => {
    const el = await fixture<MkTestWorded>(html`<mk-test-worded lang="sv"></mk-test-worded>`);
    const http = () => el.shadowRoot?.querySelector('#http')?.textContent ?? '';
    expect(el.shadowRoot?.querySelector('p')?.textContent).to.equal('Prova en gång till');
    expect(http()).not.to.contain('The server said');

    el.lang = 'en';
    await waitFor(() => http() === 'The server said 503.', `still "${http()}"`);
    expect(el.shadowRoot?.querySelector('p')?.textContent).to.equal(RETRY.en);

    el.wording = {};
    el.requestUpdate();
    await el.updateComplete;
    expect(http()).not.to.contain('The server said');
  });

  it("follows the element's own lang as it changes", async () => {
    const el = await fixture<MkTestLocalized>(
      html`<mk-test-localized lang="sv"></mk-test-localized>`,
    );
    expect(shownText(el)).to.equal(RETRY.sv);
    expect(el.getAttribute('dir')).to.equal('ltr');

    el.setAttribute('lang', 'fa-IR');
    await shows(el, RETRY.fa);
    expect(el.getAttribute('dir')).to.equal('rtl');

    el.lang = 'en-GB';
    await shows(el, RETRY.en);
    expect(el.getAttribute('dir')).to.equal('ltr');
  });

  it('follows the closest ancestor with lang', async () => {
    const outer = await fixture<HTMLElement>(
      html`<div lang="uk">
        <div lang="sv"><mk-test-localized></mk-test-localized></div>
      </div>`,
    );
    const el = outer.querySelector<MkTestLocalized>('mk-test-localized')!;
    const parent = el.parentElement!;
    await shows(el, RETRY.sv);

    parent.setAttribute('lang', 'ar');
    await shows(el, RETRY.ar);
    expect(el.getAttribute('dir')).to.equal('rtl');

    parent.removeAttribute('lang');
    await shows(el, RETRY.uk);
    expect(el.getAttribute('dir')).to.equal('ltr');
  });

  it('follows the document when nothing closer has lang', async () => {
    document.documentElement.lang = 'sv';
    const el = await fixture<MkTestLocalized>(html`<mk-test-localized></mk-test-localized>`);
    await shows(el, RETRY.sv);

    document.documentElement.lang = 'uk';
    await shows(el, RETRY.uk);

    document.documentElement.lang = 'ar';
    await shows(el, RETRY.ar);
    expect(el.getAttribute('dir')).to.equal('rtl');
  });

  it('crosses shadow roots to find the language', async () => {
    const outer = await fixture<MkTestOuter>(html`<mk-test-outer lang="en"></mk-test-outer>`);
    const el = outer.shadowRoot!.querySelector<MkTestLocalized>('mk-test-localized')!;
    await shows(el, RETRY.en);

    outer.setAttribute('lang', 'uk');
    await shows(el, RETRY.uk);

    // A lang inside the outer shadow root, between the two hosts.
    outer.shadowRoot!.querySelector('section')!.setAttribute('lang', 'ar');
    await shows(el, RETRY.ar);
    expect(el.getAttribute('dir')).to.equal('rtl');
  });

  it("keeps a dir the page author set, and takes over when it's removed", async () => {
    const el = await fixture<MkTestLocalized>(
      html`<mk-test-localized lang="ar" dir="ltr"></mk-test-localized>`,
    );
    await shows(el, RETRY.ar);
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(el.localize.dir).to.equal('ltr');

    el.removeAttribute('dir');
    await waitFor(() => el.getAttribute('dir') === 'rtl', 'dir was not set back to rtl');
    expect(el.localize.dir).to.equal('rtl');

    el.setAttribute('dir', 'ltr');
    el.setAttribute('lang', 'fa');
    await shows(el, RETRY.fa);
    expect(el.getAttribute('dir')).to.equal('ltr');
  });

  it('gives two elements on one page their own languages', async () => {
    const outer = await fixture<HTMLElement>(
      html`<div>
        <mk-test-localized lang="sv"></mk-test-localized>
        <mk-test-localized lang="ar"></mk-test-localized>
      </div>`,
    );
    const [swedish, arabic] = outer.querySelectorAll<MkTestLocalized>('mk-test-localized');
    await shows(swedish!, RETRY.sv);
    await shows(arabic!, RETRY.ar);
    expect(swedish!.getAttribute('dir')).to.equal('ltr');
    expect(arabic!.getAttribute('dir')).to.equal('rtl');
  });

  it('uses English for a language it does not have', async () => {
    const el = await fixture<MkTestLocalized>(
      html`<mk-test-localized lang="de"></mk-test-localized>`,
    );
    await shows(el, RETRY.en);
    expect(el.localize.lang).to.equal('en');
  });

  it('formats dates and numbers in the element language', async () => {
    const el = await fixture<MkTestLocalized>(
      html`<mk-test-localized lang="sv"></mk-test-localized>`,
    );
    const date = () => el.shadowRoot!.querySelector('#date')!.textContent;
    expect(date()).to.equal('1 mars 2025');
    expect(el.localize.formatNumber(0.5, { style: 'percent' })).to.equal('50\u00a0%');

    el.lang = 'en';
    await waitFor(() => date() === '1 Mar 2025', `date shows "${date()}"`);
    expect(el.localize.formatNumber(1234.5)).to.equal('1,234.5');
    expect(el.localize.plural(1, { one: 'one match', other: 'matches' })).to.equal('one match');
  });

  it('stops following changes once disconnected', async () => {
    const el = await fixture<MkTestLocalized>(
      html`<mk-test-localized lang="sv"></mk-test-localized>`,
    );
    el.remove();
    el.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(el.localize.lang).to.equal('sv');

    document.body.append(el);
    await shows(el, RETRY.en);
    el.remove();
  });

  // Last: it holds up Tigrinya for this page until it releases it.
  it('renders in the fallback after MESSAGES_WAIT_MS when a chunk is held up, then in its language', async () => {
    const el = document.createElement('mk-test-held') as MkTestHeld;
    el.lang = 'ti';
    const started = performance.now();
    document.body.append(el);
    await el.updateComplete;
    const waited = performance.now() - started;
    const text = () => el.shadowRoot?.querySelector('p')?.textContent;
    expect(waited).to.be.at.least(MESSAGES_WAIT_MS - 50);
    expect(text()).to.equal('Svensk text');
    expect(el.getAttribute('dir')).to.equal('ltr');

    releaseTigrinya();
    await waitFor(() => text() === 'ጽሑፍ ትግርኛ', `still showing "${text()}"`);
    el.remove();
  });
});
