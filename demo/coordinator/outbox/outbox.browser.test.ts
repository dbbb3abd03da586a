// <mk-outbox> in a real browser: every mail's kind, language, dates and state in Swedish and in
// English words (never codes), loading, empty and failed states with Try again, an ended
// session told to the page, hostile strings as text, and axe in every state in both languages.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { a11yPasses } from '../../../widgets/src/shared/testing/a11y-passes.ts';
import { afterEach, beforeEach, describe, it } from '../../../widgets/src/shared/testing/mocha.ts';
import { waitFor } from '../../../widgets/src/shared/testing/wait.ts';
import './define-outbox.ts';
import type { MkOutbox } from './outbox.ts';
import { fakeOutboxApi } from './testing/fake-outbox-api.ts';
import type { FakeOutboxApi } from './testing/fake-outbox-api.ts';
import { HOSTILE_OUTBOX, HOSTILE_TEXT, OUTBOX } from './testing/outbox-fixtures.ts';

let api: FakeOutboxApi;
beforeEach(() => {
  api = fakeOutboxApi(OUTBOX);
});
afterEach(() => {
  api.restore();
  document.documentElement.lang = 'en';
});

async function outbox(lang: string): Promise<MkOutbox> {
  const el = await fixture<MkOutbox>(html`<mk-outbox lang=${lang}></mk-outbox>`);
  await settle(el);
  return el;
}

async function settle(el: MkOutbox): Promise<void> {
  await waitFor(
    () => el.shadowRoot?.querySelector('#outbox-intro, .mk-state__error'),
    'the outbox or a failure',
  );
  await el.updateComplete;
}

const text = (root: ParentNode | null | undefined) =>
  (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
const card = (el: MkOutbox, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[data-outbox-id="${id}"]`)!;

a11yPasses('<mk-outbox> mails in Swedish', () => outbox('sv'));
a11yPasses('<mk-outbox> mails in English', () => outbox('en'));

describe('<mk-outbox>', () => {
  for (const lang of ['sv', 'en']) {
    it(`is accessible in every state (${lang})`, async () => {
      api.hold();
      const el = await fixture<MkOutbox>(html`<mk-outbox lang=${lang}></mk-outbox>`);
      await waitFor(() => el.shadowRoot?.querySelector('[role="status"]'), 'loading');
      await expect(el).to.be.accessible();
      api.release();
      await settle(el);
      await expect(el).to.be.accessible();

      api.answer({ smtpConfigured: false, mails: [] });
      await el.reload();
      await waitFor(() => !el.shadowRoot!.querySelector('#outbox'), 'empty');
      await expect(el).to.be.accessible();

      api.failNext(500);
      await el.reload();
      await waitFor(() => el.shadowRoot!.querySelector('.mk-state__error'), 'failed');
      await expect(el).to.be.accessible();
    });
  }

  it('shows each mail in Swedish words: kind, language, when, and whether it was sent', async () => {
    const el = await outbox('sv');
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Utkorg');
    expect(text(el.shadowRoot!.querySelector('#outbox-intro'))).to.equal(
      'Ingen SMTP-server är inställd (MENTORKIT_SMTP_URL), så mejlen sparas här och skickas inte.',
    );
    const confirmation = card(el, 'ob-1');
    expect(text(confirmation.querySelector('h3'))).to.equal('أكّد تسجيلك');
    expect(confirmation.querySelector('h3')!.lang).to.equal('ar');
    expect(text(confirmation)).to.contain(
      'Till samira@example.org, skrivet 2 nov. 2026 12:00 (bekräftelse av en anmälan, på arabiska).',
    );
    expect(text(confirmation)).to.contain('Sparat här: ingen SMTP-server är inställd.');
    expect(text(card(el, 'ob-2'))).to.contain('meddelande om en ny anmälan, på svenska');
    expect(text(card(el, 'ob-2'))).to.contain('Skickat 2 nov. 2026 12:05.');
    expect(text(card(el, 'ob-3'))).to.contain(
      'Inte skickat än (2 försök): connect ECONNREFUSED 127.0.0.1:25. Ett nytt försök görs senare.',
    );
    expect(text(card(el, 'ob-3'))).to.contain('påminnelse om en träff, på engelska');
    // A kind of mail it has no words for is a mail, never its code.
    expect(text(card(el, 'ob-4'))).to.contain('(mejl, på svenska)');
    expect(text(el.shadowRoot)).not.to.contain('partner-newsletter');
    expect(text(el.shadowRoot)).not.to.contain('signup-');
  });

  it('shows each mail in English words, and both parts as text behind their summaries', async () => {
    const el = await outbox('en');
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Outbox');
    const confirmation = card(el, 'ob-1');
    expect(text(confirmation)).to.contain(
      'To samira@example.org, written 2 Nov 2026, 12:00 (confirmation of a signup, in Arabic).',
    );
    expect(text(confirmation)).to.contain('Kept here: no SMTP server is configured.');
    expect(text(card(el, 'ob-3'))).to.contain(
      'Not sent yet (2 tries): connect ECONNREFUSED 127.0.0.1:25. It is tried again later.',
    );
    const [plain, source] = confirmation.querySelectorAll('details');
    expect(text(plain!.querySelector('summary'))).to.equal('Plain text');
    expect(text(source!.querySelector('summary'))).to.equal('HTML part (source)');
    // Opened by keyboard: the summary is a control of its own.
    plain!.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(plain!.open).to.equal(true);
    expect(confirmation.querySelector('.mail-text')!.textContent).to.contain('مرحبًا سميرة');
    expect(confirmation.querySelector('.mail-html')!.textContent).to.equal(
      '<html lang="ar" dir="rtl"><p>مرحبًا</p></html>',
    );
  });

  it('switches language when the page does', async () => {
    document.documentElement.lang = 'sv';
    const el = await fixture<MkOutbox>(html`<mk-outbox></mk-outbox>`);
    await settle(el);
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Utkorg');
    document.documentElement.lang = 'en';
    await waitFor(() => text(el.shadowRoot!.querySelector('h2')) === 'Outbox', 'English');
    expect(text(card(el, 'ob-2'))).to.contain('notice of a new signup, in Swedish');
  });

  it('says when there is no mail yet, and when SMTP sends it', async () => {
    api.answer({ smtpConfigured: true, mails: [] });
    const el = await outbox('en');
    expect(text(el.shadowRoot)).to.contain('No mail yet.');
    expect(text(el.shadowRoot)).to.contain(
      'Mail is sent through the SMTP server the backend was started with.',
    );
  });

  it('offers Try again after a failure, and then shows the mails', async () => {
    api.failNext(500);
    const el = await outbox('en');
    expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.contain('500');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.shadowRoot!.querySelector('#outbox'), 'the mails');
    expect(el.shadowRoot!.querySelectorAll('#outbox > li')).to.have.length(4);
    expect(api.loads).to.equal(2);
  });

  it('keeps the mails on screen while they load again', async () => {
    const el = await outbox('en');
    api.hold();
    const loading = el.reload();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#outbox')!.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
    api.release();
    await loading;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#outbox')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('tells the page when the session ended, and says so', async () => {
    api.failNext(401);
    const el = document.createElement('mk-outbox');
    el.lang = 'en';
    el.manual = true;
    document.body.append(el);
    try {
      setTimeout(() => void el.reload());
      await oneEvent(el, 'mk-outbox-session-ended');
      await settle(el);
      expect(text(el.shadowRoot)).to.contain('Your session has ended. Sign in again to go on.');
    } finally {
      el.remove();
    }
  });

  it('loads only when asked, with manual', async () => {
    const el = await fixture<MkOutbox>(html`<mk-outbox lang="en" manual></mk-outbox>`);
    await el.updateComplete;
    expect(api.loads).to.equal(0);
    await el.reload();
    await settle(el);
    expect(api.loads).to.equal(1);
  });

  it('renders hostile strings as text', async () => {
    api.answer(HOSTILE_OUTBOX);
    const el = await outbox('en');
    const mail = card(el, 'ob-x');
    expect(text(mail.querySelector('h3'))).to.equal(HOSTILE_TEXT);
    expect(text(mail)).to.contain(`To ${HOSTILE_TEXT}`);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
