// <mk-classify-dialog> in a real browser: a native modal dialog that loads the person, searches
// the job titles with their own words in the page's language, names titles and groups (never
// an SSYK code), stores the one chosen by keyboard and says so; Escape closes it and the focus
// goes back to the button that opened it; loading, no results, failures in words; axe in each
// state, in Swedish and English.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { a11yPasses } from '../../../widgets/src/shared/testing/a11y-passes.ts';
import { afterEach, beforeEach, describe, it } from '../../../widgets/src/shared/testing/mocha.ts';
import { waitFor } from '../../../widgets/src/shared/testing/wait.ts';
import { MENTEE, MENTOR } from '../people/testing/person-fixtures.ts';
import type { MkClassifyDialog } from './classify-dialog.ts';
import './define-classify-dialog.ts';
import type { ClassifiedDetail } from './dialog-events.ts';
import { fakeDialogApi } from './testing/fake-dialog-api.ts';
import type { FakeDialogApi } from './testing/fake-dialog-api.ts';

let api: FakeDialogApi;
beforeEach(() => {
  api = fakeDialogApi([MENTEE, MENTOR]);
});
afterEach(() => api.restore());

interface Page {
  el: MkClassifyDialog;
  opener: HTMLButtonElement;
}

/** A page with the button that opens the dialog, focused, as the list's or the view's is. */
async function page(lang: string): Promise<Page> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <button type="button" id="opener">Open</button>
      <mk-classify-dialog></mk-classify-dialog>
    </div>`,
  );
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  opener.focus();
  const el = wrapper.querySelector('mk-classify-dialog')!;
  await el.updateComplete;
  return { el, opener };
}

const root = (el: MkClassifyDialog) => el.shadowRoot!;
const dialog = (el: MkClassifyDialog) => root(el).querySelector('dialog')!;
const text = (el: MkClassifyDialog, selector = 'dialog') =>
  root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const choices = (el: MkClassifyDialog) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('ul button')].map((button) =>
    button.textContent?.replace(/\s+/g, ' ').trim(),
  );

async function searched(el: MkClassifyDialog, status: RegExp | string) {
  await waitFor(
    () => {
      const said = text(el, '[role="status"]');
      return typeof status === 'string' ? said === status : status.test(said);
    },
    `the status did not become ${String(status)}`,
  );
  await el.updateComplete;
}

describe('<mk-classify-dialog>', () => {
  it('opens modal on the person, searches their words and names every group (en)', async () => {
    const { el, opener } = await page('en');
    await el.open('su-amal');
    await searched(el, '3 job titles found.');
    expect(dialog(el).open).to.equal(true);
    expect(dialog(el).matches(':modal')).to.equal(true);
    expect(text(el, 'h2')).to.equal('Classify the occupation of Amal Haddad');
    expect(text(el, '#explanation')).to.contain(
      'In their words: “läkare”. Now: Specialist physicians.',
    );
    const query = root(el).querySelector<HTMLInputElement>('#query')!;
    expect(root(el).activeElement).to.equal(query);
    expect(query.value).to.equal('läkare');
    expect(api.requests.map((r) => r.path)).to.deep.equal([
      '/api/coordinator/signups/su-amal/person',
      '/api/coordinator/occupations?q=l%C3%A4kare&locale=en',
    ]);
    expect(choices(el)).to.deep.equal([
      'Specialist physician · Specialist physicians',
      'General practitioner (found as “allmänläkare”) · Specialist physicians',
      'Junior doctor · Physicians in training',
    ]);
    // No SSYK code anywhere on screen.
    expect(text(el)).not.to.match(/\d{4}/);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog(el).open, 'Escape did not close the dialog');
    expect(document.activeElement).to.equal(opener);
  });

  it('speaks Swedish, and stores the title chosen by keyboard, the focus back on the opener', async () => {
    const { el, opener } = await page('sv');
    await el.open('su-amal');
    await searched(el, '3 yrkesbenämningar hittades.');
    expect(text(el, 'h2')).to.equal('Klassificera yrket för Amal Haddad');
    expect(text(el, '#explanation')).to.contain('Med egna ord: ”läkare”. Nu: Specialistläkare.');
    expect(root(el).querySelector('label[for="query"]')?.textContent?.trim()).to.equal('Sök yrke');
    expect(api.requests[1]?.path).to.equal('/api/coordinator/occupations?q=l%C3%A4kare&locale=sv');
    await expect(el).to.be.accessible();

    const second = root(el).querySelectorAll<HTMLButtonElement>('ul button')[1]!;
    second.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const done = await oneEvent<CustomEvent<ClassifiedDetail>>(el, 'mk-classify-done');
    expect(done.detail.said).to.equal(
      'Amal Haddad klassificerades som Specialistläkare i allmänmedicin (Specialistläkare).',
    );
    expect(done.detail.signup.id).to.equal('su-amal');
    const put = api.requests.find((r) => r.method === 'PUT');
    expect(put).to.deep.include({
      method: 'PUT',
      path: '/api/coordinator/signups/su-amal/occupation',
      body: { ssyk: '2211', titleId: 'title-allman' },
    });
    await waitFor(() => !dialog(el).open, 'the dialog stayed open');
    expect(document.activeElement).to.equal(opener);
  });

  it('says an unclassified person is so, and when no title is found (en and sv)', async () => {
    for (const [lang, none, noneFound] of [
      ['en', 'Now: not classified.', 'No job title found. Try fewer or other words.'],
      [
        'sv',
        'Nu: inte klassificerat.',
        'Ingen yrkesbenämning hittades. Försök med färre eller andra ord.',
      ],
    ] as const) {
      const { el } = await page(lang);
      await el.open('su-bashir');
      await searched(el, /\d/);
      expect(text(el, '#explanation')).to.contain(none);
      const query = root(el).querySelector<HTMLInputElement>('#query')!;
      query.value = '';
      query.focus();
      await sendKeys({ type: 'snickare' });
      await sendKeys({ press: 'Enter' });
      await searched(el, noneFound);
      expect(choices(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
      el.close();
    }
  });

  for (const [lang, words] of [
    [
      'en',
      {
        searchFailed: 'The search could not be made. Try again.',
        found: '3 job titles found.',
        saveFailed: 'The choice could not be saved. Try again.',
        unknown: 'That job title is no longer known. Search again and choose another.',
      },
    ],
    [
      'sv',
      {
        searchFailed: 'Sökningen gick inte att göra. Försök igen.',
        found: '3 yrkesbenämningar hittades.',
        saveFailed: 'Valet kunde inte sparas. Försök igen.',
        unknown: 'Den yrkesbenämningen finns inte längre. Sök igen och välj en annan.',
      },
    ],
  ] as const) {
    it(`says a failed search and a failed save in words, and trying again works (${lang})`, async () => {
      const { el } = await page(lang);
      api.failNext('/occupations', 500);
      await el.open('su-amal');
      await waitFor(() => text(el, '[role="alert"]'), 'no failure said');
      await el.updateComplete;
      expect(text(el, '[role="alert"]')).to.equal(words.searchFailed);
      const query = root(el).querySelector<HTMLInputElement>('#query')!;
      expect(query.getAttribute('aria-invalid')).to.equal('true');
      expect(query.getAttribute('aria-describedby')).to.equal('error-q');
      await expect(el).to.be.accessible();

      root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await searched(el, words.found);
      expect(query.getAttribute('aria-invalid')).to.equal('false');
      api.failNext('/occupation', 500);
      root(el).querySelector<HTMLButtonElement>('ul button')!.click();
      await waitFor(() => text(el, '[role="alert"]'), 'no save failure said');
      await el.updateComplete;
      expect(text(el, '[role="alert"]')).to.equal(words.saveFailed);
      expect(dialog(el).open).to.equal(true);
      await expect(el).to.be.accessible();
      api.failNext('/occupation', 422);
      root(el).querySelector<HTMLButtonElement>('ul button')!.click();
      await waitFor(() => text(el, '[role="alert"]') === words.unknown, 'no refusal said');
    });
  }

  for (const [lang, words] of [
    ['sv', { heading: 'Klassificera yrket', notFound: 'Personen finns inte', found: /hittades/ }],
    [
      'en',
      { heading: 'Classify the occupation', notFound: 'This person was not found', found: /found/ },
    ],
  ] as const) {
    it(`shows loading, then a person not found, or a failure with Try again (${lang})`, async () => {
      const { el } = await page(lang);
      api.hold('/person');
      const opening = el.open('su-amal');
      await waitFor(() => root(el).querySelector('.mk-state__loading'), 'no loading');
      expect(text(el, 'h2')).to.equal(words.heading);
      await expect(el).to.be.accessible();
      api.release();
      await opening;
      await searched(el, words.found);
      el.close();

      await el.open('su-nobody');
      await waitFor(() => root(el).querySelector('.mk-state__error'), 'no failure');
      expect(text(el, '.mk-state__error')).to.contain(words.notFound);
      await expect(el).to.be.accessible();
      el.close();

      api.failNext('/person', 500);
      await el.open('su-amal');
      await waitFor(() => root(el).querySelector('.mk-state__error button'), 'no Try again');
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('.mk-state__error button')!.click();
      await searched(el, words.found);
      expect(root(el).activeElement).to.equal(root(el).querySelector('#query'));
    });
  }

  it('closes and tells the page when the session has ended', async () => {
    const { el } = await page('en');
    api.failNext('/person', 401);
    setTimeout(() => void el.open('su-amal'));
    await oneEvent(el, 'mk-dialog-session-ended');
    await waitFor(() => !dialog(el).open, 'the dialog stayed open');
  });
});

// Forced colours, dark and target size, as for the widgets: the dialog open with its results.
a11yPasses('<mk-classify-dialog> open', async () => {
  const { el } = await page('en');
  await el.open('su-amal');
  await searched(el, '3 job titles found.');
  return el;
});
