// <mk-erase-dialog> in a real browser: a native modal dialog that says plainly what goes and
// that it cannot be undone, asks for the e-mail address, says a wrong or empty one (and a
// person already gone, or a failure) in words beside the field with the focus there, erases
// and tells the page; Escape and Cancel close it, the focus back on the button that opened it;
// axe in each state, in Swedish and English.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { a11yPasses } from '../../../widgets/src/shared/testing/a11y-passes.ts';
import { afterEach, beforeEach, describe, it } from '../../../widgets/src/shared/testing/mocha.ts';
import { waitFor } from '../../../widgets/src/shared/testing/wait.ts';
import { MENTEE } from '../people/testing/person-fixtures.ts';
import './define-erase-dialog.ts';
import type { ErasedDetail } from './dialog-events.ts';
import type { MkEraseDialog } from './erase-dialog.ts';
import { fakeDialogApi } from './testing/fake-dialog-api.ts';
import type { FakeDialogApi } from './testing/fake-dialog-api.ts';

let api: FakeDialogApi;
beforeEach(() => {
  api = fakeDialogApi([MENTEE]);
});
afterEach(() => api.restore());

const AMAL = { id: 'su-amal', name: 'Amal Haddad', email: 'amal@example.org' };

async function page(lang: string) {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <button type="button" id="opener">Open</button>
      <mk-erase-dialog></mk-erase-dialog>
    </div>`,
  );
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  opener.focus();
  const el = wrapper.querySelector('mk-erase-dialog')!;
  await el.updateComplete;
  return { el, opener };
}

const root = (el: MkEraseDialog) => el.shadowRoot!;
const dialog = (el: MkEraseDialog) => root(el).querySelector('dialog')!;
const input = (el: MkEraseDialog) => root(el).querySelector<HTMLInputElement>('#confirm')!;
const text = (el: MkEraseDialog, selector = 'dialog') =>
  root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function submitWith(el: MkEraseDialog, typed: string) {
  input(el).value = '';
  input(el).focus();
  if (typed) await sendKeys({ type: typed });
  await sendKeys({ press: 'Enter' });
}

async function refused(el: MkEraseDialog, said: string) {
  await waitFor(() => text(el, '[role="alert"]') === said, `not said: ${said}`);
  await el.updateComplete;
  expect(input(el).getAttribute('aria-invalid')).to.equal('true');
  expect(input(el).getAttribute('aria-describedby')).to.equal('confirm-hint error-confirm');
  expect(root(el).activeElement).to.equal(input(el));
}

describe('<mk-erase-dialog>', () => {
  for (const [lang, words] of [
    [
      'en',
      {
        heading: "Erase this person's data",
        explanation:
          'Everything about Amal Haddad is deleted for good: every signup with the same e-mail address, and their matches. This cannot be undone.',
        hint: 'Type amal@example.org to confirm.',
        empty: "Type the person's e-mail address to confirm.",
        mismatch: 'Type the e-mail address exactly as shown.',
        done: 'The data of amal@example.org was erased: 1 signup, 1 match.',
      },
    ],
    [
      'sv',
      {
        heading: 'Radera personens uppgifter',
        explanation:
          'Allt om Amal Haddad raderas för gott: varje anmälan med samma e-postadress, och deras matchningar. Det går inte att ångra.',
        hint: 'Skriv amal@example.org för att bekräfta.',
        empty: 'Skriv personens e-postadress för att bekräfta.',
        mismatch: 'Skriv e-postadressen exakt som den står.',
        done: 'Uppgifterna om amal@example.org raderades: 1 anmälan, 1 matchning.',
      },
    ],
  ] as const) {
    it(`says what goes for good, refuses a wrong address, and erases (${lang})`, async () => {
      const { el, opener } = await page(lang);
      await el.open(AMAL);
      expect(dialog(el).matches(':modal')).to.equal(true);
      expect(root(el).activeElement).to.equal(input(el));
      expect(text(el, 'h2')).to.equal(words.heading);
      expect(text(el, '#explanation')).to.equal(words.explanation);
      expect(text(el, '#confirm-hint')).to.equal(words.hint);
      await expect(el).to.be.accessible();

      await submitWith(el, '');
      await refused(el, words.empty);
      await submitWith(el, 'wrong@example.org');
      await refused(el, words.mismatch);
      await expect(el).to.be.accessible();
      expect(api.requests).to.deep.equal([]);

      setTimeout(() => void submitWith(el, 'AMAL@example.org '));
      const done = await oneEvent<CustomEvent<ErasedDetail>>(el, 'mk-erase-done');
      expect(done.detail).to.deep.equal({
        person: AMAL,
        counts: { signups: 1, matches: 1 },
        said: words.done,
      });
      const asked = api.requests.map(({ method, path, body }) => ({ method, path, body }));
      expect(asked).to.deep.equal([
        {
          method: 'POST',
          path: '/api/coordinator/signups/su-amal/erase',
          body: { confirm: 'AMAL@example.org' },
        },
      ]);
      await waitFor(() => !dialog(el).open, 'the dialog stayed open');
      expect(document.activeElement).to.equal(opener);
    });
  }

  for (const [lang, gone, failed] of [
    [
      'en',
      'This person is no longer here: their data may already have been erased.',
      'The data could not be erased. Nothing was deleted; try again.',
    ],
    [
      'sv',
      'Personen finns inte längre: uppgifterna kan redan ha raderats.',
      'Uppgifterna kunde inte raderas. Inget togs bort; försök igen.',
    ],
  ] as const) {
    it(`says a person already gone and a failure in words, and keeps the dialog open (${lang})`, async () => {
      const { el } = await page(lang);
      await el.open({ ...AMAL, id: 'su-gone' });
      await submitWith(el, AMAL.email);
      await refused(el, gone);
      await expect(el).to.be.accessible();
      el.close();

      api.failNext('/erase', 503);
      await el.open(AMAL);
      // A new opening starts clean: no error, an empty field.
      expect(text(el, '[role="alert"]')).to.equal('');
      expect(input(el).value).to.equal('');
      await submitWith(el, AMAL.email);
      await refused(el, failed);
      expect(dialog(el).open).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('closes on Escape and on Cancel, the focus back on the opener, nothing erased', async () => {
    const { el, opener } = await page('sv');
    await el.open(AMAL);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog(el).open, 'Escape did not close it');
    expect(document.activeElement).to.equal(opener);
    await el.open(AMAL);
    root(el).querySelector<HTMLButtonElement>('button.cancel')!.click();
    await waitFor(() => !dialog(el).open, 'Cancel did not close it');
    expect(document.activeElement).to.equal(opener);
    expect(api.requests).to.deep.equal([]);
  });

  it('closes and tells the page when the session has ended', async () => {
    const { el } = await page('en');
    await el.open(AMAL);
    api.failNext('/erase', 401);
    setTimeout(() => void submitWith(el, AMAL.email));
    await oneEvent(el, 'mk-dialog-session-ended');
    await waitFor(() => !dialog(el).open, 'the dialog stayed open');
  });
});

// Forced colours, dark and target size, as for the widgets: the dialog open with an error.
a11yPasses('<mk-erase-dialog> open', async () => {
  const { el } = await page('en');
  await el.open(AMAL);
  await submitWith(el, 'wrong@example.org');
  await refused(el, 'Type the e-mail address exactly as shown.');
  return el;
});
