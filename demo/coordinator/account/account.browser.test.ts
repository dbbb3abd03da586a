// The account parts in a real browser against a fake API (../sign-in/testing/fake-fetch.ts):
// <mk-account-bar> says who is signed in and in what role in words (programmes by name, never
// their codes) and signs out; <mk-passkeys> loads (loading, empty, list, failed with Try
// again), removes a passkey only after asking (it cannot be undone), says a refused addition
// beside the name; <mk-page-intro> in both languages. Focus after each, axe in each state.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { afterEach, beforeEach, describe, it } from '../../../widgets/src/shared/testing/mocha.ts';
import { waitFor } from '../../../widgets/src/shared/testing/wait.ts';
import type { PasskeyView, SessionView } from '../api-types.ts';
import { keepSession } from '../current-session.ts';
import type { FakeFetch } from '../sign-in/testing/fake-fetch.ts';
import { SESSION, fakeFetch, json, problem } from '../sign-in/testing/fake-fetch.ts';
import type { MkAccountBar } from './account-bar.ts';
import './define-account.ts';
import type { MkPageIntro } from './page-intro.ts';
import type { MkPasskeys } from './passkeys-panel.ts';

const PASSKEYS = 'GET /api/coordinator/passkeys';
const WORK_LAPTOP: PasskeyView = {
  id: 'pk-1',
  name: 'Work laptop',
  createdAt: '2026-11-02T09:05:00.000Z',
  lastUsedAt: '2026-11-20T15:30:00.000Z',
};
const PHONE: PasskeyView = {
  id: 'pk-2',
  name: 'Phone <b>not bold</b>',
  createdAt: '2026-11-03T10:00:00.000Z',
  lastUsedAt: null,
};

let api: FakeFetch;
let stored: PasskeyView[];
beforeEach(() => {
  stored = [WORK_LAPTOP, PHONE];
  api = fakeFetch({
    [PASSKEYS]: () => json(stored),
    'GET /api/coordinator/programmes': () =>
      json([
        { id: 'union-academics', name: 'Academics' },
        { id: 'foundry', name: 'Foundry mentoring' },
      ]),
    'POST /api/coordinator/sign-out': () => new Response(null, { status: 204 }),
    'DELETE /api/coordinator/passkeys/pk-1': () => {
      stored = stored.filter((passkey) => passkey.id !== 'pk-1');
      return new Response(null, { status: 204 });
    },
    'POST /api/coordinator/passkeys/options': () => problem(401, 'The session has ended.'),
  });
  keepSession(SESSION);
});
afterEach(() => {
  api.restore();
  keepSession(undefined);
});

const shadow = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement, selector: string) =>
  shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (el: HTMLElement, selector: string) =>
  shadow(el).querySelector<HTMLButtonElement>(selector)!;
const focused = (el: HTMLElement) => shadow(el).activeElement;

async function bar(lang: string, session: SessionView): Promise<MkAccountBar> {
  const el = await fixture<MkAccountBar>(
    html`<mk-account-bar lang=${lang} .session=${session}></mk-account-bar>`,
  );
  await waitFor(() => el.shadowRoot?.querySelector('#signed-in-as'), 'the bar did not render');
  return el;
}

async function passkeys(lang: string): Promise<MkPasskeys> {
  const el = await fixture<MkPasskeys>(html`<mk-passkeys lang=${lang}></mk-passkeys>`);
  await el.reload();
  await el.updateComplete;
  button(el, 'summary').click();
  await el.updateComplete;
  return el;
}

describe('<mk-account-bar>', () => {
  it('says who is signed in, as a coordinator of their programmes by name, in both languages', async () => {
    const session = { ...SESSION, programmes: ['union-academics', 'foundry'] };
    const en = await bar('en', session);
    await waitFor(() => text(en, '#signed-in-as').includes('Academics'), 'the programme names');
    expect(text(en, '#signed-in-as')).to.equal(
      'Signed in as Ulla Union (ulla@union.example), coordinator of Academics and Foundry mentoring.',
    );
    await expect(en).to.be.accessible();
    const sv = await bar('sv', session);
    await waitFor(() => text(sv, '#signed-in-as').includes('Academics'), 'the programme names');
    expect(text(sv, '#signed-in-as')).to.equal(
      'Inloggad som Ulla Union (ulla@union.example), samordnare för Academics och Foundry mentoring.',
    );
    expect(text(sv, '#sign-out')).to.equal('Logga ut');
    await expect(sv).to.be.accessible();
  });

  it('says an administrator, and one without a programme, in words', async () => {
    const admin = await bar('sv', { ...SESSION, role: 'administrator', email: null });
    expect(text(admin, '#signed-in-as')).to.equal('Inloggad som Ulla Union, administratör.');
    const none = await bar('en', { ...SESSION, programmes: [] });
    expect(text(none, '#signed-in-as')).to.equal(
      'Signed in as Ulla Union (ulla@union.example), coordinator of no programme yet.',
    );
  });

  it('never shows a programme’s code when the names cannot be loaded', async () => {
    api.answer('GET /api/coordinator/programmes', () => problem(500, 'Down.'));
    const el = await bar('en', SESSION);
    await waitFor(() => api.requests.some((r) => r.path === '/api/coordinator/programmes'));
    await el.updateComplete;
    expect(text(el, '#signed-in-as')).to.equal(
      'Signed in as Ulla Union (ulla@union.example), coordinator.',
    );
  });

  it('signs out with the session’s CSRF token, then tells the page', async () => {
    const el = await bar('en', SESSION);
    setTimeout(() => button(el, '#sign-out').click());
    await oneEvent(el, 'mk-signed-out');
    const signOut = api.requests.find((r) => r.path === '/api/coordinator/sign-out')!;
    expect(signOut.method).to.equal('POST');
    expect(signOut.csrf).to.equal('csrf-123');
  });

  it('tells the page it signed out even when the session had ended already', async () => {
    api.answer('POST /api/coordinator/sign-out', () => problem(401, 'Ended.'));
    const el = await bar('en', SESSION);
    setTimeout(() => button(el, '#sign-out').click());
    await oneEvent(el, 'mk-signed-out');
  });
});

describe('<mk-passkeys>', () => {
  for (const lang of ['sv', 'en'] as const) {
    it(`lists the passkeys with their dates in ${lang}, names as text`, async () => {
      const el = await passkeys(lang);
      const items = [...shadow(el).querySelectorAll('#passkeys li')].map((item) =>
        item.textContent?.replace(/\s+/g, ' ').trim(),
      );
      expect(items).to.have.length(2);
      if (lang === 'sv') {
        expect(items[0]).to.contain('Tillagd 2 nov. 2026 10:05; senast använd 20 nov. 2026 16:30.');
        expect(items[1]).to.contain('inte använd än');
        expect(text(el, 'summary')).to.equal('Dina passkeys');
      } else {
        expect(items[0]).to.contain('Added 2 Nov 2026, 10:05; last used 20 Nov 2026, 16:30.');
        expect(items[1]).to.contain('not used yet');
      }
      expect(shadow(el).querySelector('#passkeys li:nth-child(2) strong b')).to.equal(null);
      expect(text(el, '#passkeys li:nth-child(2) strong')).to.equal('Phone <b>not bold</b>');
      await expect(el).to.be.accessible();
    });

    it(`says there are none yet in ${lang}`, async () => {
      stored = [];
      const el = await passkeys(lang);
      expect(text(el, '#passkeys')).to.equal(
        lang === 'sv' ? 'Inga passkeys än.' : 'No passkeys yet.',
      );
      await expect(el).to.be.accessible();
    });

    it(`shows loading, then a failure with Try again, in ${lang}`, async () => {
      const release = api.hold(PASSKEYS);
      api.answer(PASSKEYS, () => problem(500, 'Down.'));
      const el = await fixture<MkPasskeys>(html`<mk-passkeys lang=${lang}></mk-passkeys>`);
      const loading = el.reload();
      await el.updateComplete;
      button(el, 'summary').click();
      await waitFor(() => shadow(el).querySelector('.mk-state__loading'), 'the loading state');
      await expect(el).to.be.accessible();
      release();
      await loading;
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
      api.answer(PASSKEYS, () => json(stored));
      button(el, '.mk-state__error button').click();
      await waitFor(() => shadow(el).querySelectorAll('#passkeys li').length === 2, 'loaded again');
    });
  }

  it('asks before removing (it cannot be undone); Keep it goes back, Yes removes', async () => {
    const el = await passkeys('en');
    button(el, 'li[data-passkey-id="pk-1"] button.remove').click();
    await el.updateComplete;
    expect(focused(el)).to.equal(shadow(el).querySelector('.confirm-question'));
    expect(text(el, '.confirm-question')).to.contain('This cannot be undone');
    expect(api.requests.some((r) => r.method === 'DELETE')).to.equal(false);
    await expect(el).to.be.accessible();

    button(el, 'button.keep').click();
    await el.updateComplete;
    expect(focused(el)).to.equal(
      shadow(el).querySelector('li[data-passkey-id="pk-1"] button.remove'),
    );

    button(el, 'li[data-passkey-id="pk-1"] button.remove').click();
    await el.updateComplete;
    expect(text(el, 'button.confirm')).to.equal('Yes, remove Work laptop');
    button(el, 'button.confirm').click();
    await waitFor(
      () => text(el, '.notice') === 'The passkey "Work laptop" was removed.',
      'removed',
    );
    await el.updateComplete;
    expect(focused(el)).to.equal(shadow(el).querySelector('.notice'));
    expect(shadow(el).querySelectorAll('#passkeys li')).to.have.length(1);
    const removal = api.requests.find((r) => r.method === 'DELETE')!;
    expect(removal.path).to.equal('/api/coordinator/passkeys/pk-1');
    expect(removal.csrf).to.equal('csrf-123');
    await expect(el).to.be.accessible();
  });

  it('says in Swedish when a removal fails, and keeps the passkey', async () => {
    api.answer('DELETE /api/coordinator/passkeys/pk-1', () => problem(500, 'Down.'));
    const el = await passkeys('sv');
    button(el, 'li[data-passkey-id="pk-1"] button.remove').click();
    await el.updateComplete;
    button(el, 'button.confirm').click();
    await waitFor(
      () => text(el, '.notice') === 'Passkeyn ”Work laptop” kunde inte tas bort. Försök igen.',
    );
    expect(shadow(el).querySelectorAll('#passkeys li')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('tells the page when adding finds the session ended', async () => {
    const el = await passkeys('en');
    setTimeout(() => button(el, 'form button[type="submit"]').click());
    await oneEvent(el, 'mk-session-ended');
  });

  it('says beside the name why a passkey could not be added, in both languages', async () => {
    // Known by the problem's type, whatever its detail says.
    api.answer('POST /api/coordinator/passkeys/options', () =>
      json(
        {
          type: 'https://mentorkit.example/problems/passkey-registered',
          title: 'Known passkey',
          detail: 'Worded otherwise by this server.',
        },
        409,
      ),
    );
    const el = await passkeys('sv');
    const input = shadow(el).querySelector<HTMLInputElement>('#passkey-name')!;
    button(el, 'form button[type="submit"]').click();
    await waitFor(() => text(el, '#error-name') === 'Den här passkeyn är redan tillagd.');
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(focused(el)).to.equal(input);
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await waitFor(() => text(el, '#error-name') === 'This passkey is registered already.');
    await expect(el).to.be.accessible();
  });
});

describe('<mk-page-intro>', () => {
  for (const [lang, heading, title] of [
    ['sv', 'Samordnarvyn', 'Samordnarvyn · Mentorkits referensserver'],
    ['en', 'Coordinator view', 'Coordinator view · Mentorkit reference backend'],
  ] as const) {
    it(`is the page's heading and the tab's title in ${lang}`, async () => {
      document.title = 'Before';
      const el = await fixture<MkPageIntro>(html`<mk-page-intro lang=${lang}></mk-page-intro>`);
      await waitFor(() => text(el, 'h1') === heading, `the heading in ${lang}`);
      expect(document.title).to.equal(title);
      expect(text(el, '.lead')).to.contain(
        lang === 'sv' ? 'påhittade personer' : 'fictional people',
      );
      await expect(el).to.be.accessible();
    });
  }
});
