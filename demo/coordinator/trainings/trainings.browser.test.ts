// <mk-trainings> in a real browser against a fake trainings API (testing/fake-api.ts): every
// code in words in Swedish and English, when in the training's own zone, programmes by name,
// adding with errors beside the fields (the form's and the server's, never its "Invalid input")
// and the focus on the new card or the first field to correct, cancelling after a second
// question, loading, empty and failed states with Try again, keyboard only, axe in each state.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { a11yPasses } from '../../../widgets/src/shared/testing/a11y-passes.ts';
import { afterEach, describe, it } from '../../../widgets/src/shared/testing/mocha.ts';
import { waitFor } from '../../../widgets/src/shared/testing/wait.ts';
import type { SessionView } from '../api-types.ts';
import './define-trainings.ts';
import type { MkTrainings } from './trainings.ts';
import { fakeTrainingsApi } from './testing/fake-api.ts';
import type { FakeTrainingsApi } from './testing/fake-api.ts';
import { signedInAs, signedOut } from './testing/signed-in.ts';
import { HOSTILE, HOSTILE_TITLE, PROGRAMMES, TRAININGS } from './testing/training-fixtures.ts';

let api: FakeTrainingsApi | undefined;

afterEach(() => {
  api?.restore();
  api = undefined;
  signedOut();
});

async function trainings(
  lang: string,
  list = TRAININGS,
  role: SessionView['role'] = 'coordinator',
): Promise<MkTrainings> {
  signedInAs(role);
  api = fakeTrainingsApi(list, PROGRAMMES);
  const el = await fixture<MkTrainings>(html`<mk-trainings lang=${lang}></mk-trainings>`);
  await settled(el);
  return el;
}

async function settled(el: MkTrainings): Promise<void> {
  await waitFor(
    () => el.shadowRoot?.querySelector('form, .mk-state__title'),
    'the trainings or a failure',
  );
  await el.updateComplete;
}

const root = (el: MkTrainings) => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const card = (el: MkTrainings, uid: string) =>
  root(el).querySelector(`li[data-training-uid="${uid}"]`);
const input = (el: MkTrainings, name: string) =>
  root(el).querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
const focused = (el: MkTrainings) => root(el).activeElement;
const posts = () => api!.requests.filter((request) => request.method === 'POST');

/** Fills the add form's required fields (dates and times as values: their pickers vary). */
async function fillRequired(el: MkTrainings, title: string): Promise<void> {
  input(el, 'title').focus();
  await sendKeys({ type: title });
  input(el, 'date').value = '2027-05-04';
  input(el, 'startTime').value = '17:00';
  input(el, 'endTime').value = '18:30';
}

async function submitByKeyboard(el: MkTrainings): Promise<void> {
  input(el, 'title').focus();
  await sendKeys({ press: 'Enter' });
}

a11yPasses('<mk-trainings> in Swedish', () => trainings('sv'));
a11yPasses('<mk-trainings> in English', () => trainings('en'));
a11yPasses('<mk-trainings> empty', () => trainings('sv', []));

describe('<mk-trainings>', () => {
  it('lists the trainings in Swedish words, each in its own time zone, never codes', async () => {
    const el = await trainings('sv');
    expect(text(root(el).querySelector('h2'))).to.equal('Utbildningstillfällen');
    const cafe = text(card(el, 'cafe@mentorkit.test'));
    expect(cafe).to.contain('Språkcafé Demo');
    expect(cafe).to.contain('tisdag 1 december 2026 kl. 17:30–19:00');
    expect(cafe).to.contain('Återkommer varje vecka, 12 gånger');
    expect(cafe).to.contain('Stadsbiblioteket, Storgatan 1');
    expect(cafe).to.contain('30 platser');
    expect(cafe).to.contain('Program: Akademikerförbundets mentorprogram');
    expect(cafe).to.contain('Status: Planerad');
    const visit = text(card(el, 'visit@mentorkit.test'));
    // Helsinki's own time (09:00 in Stockholm), with its zone said.
    expect(visit).to.contain('kl. 10:00–12:00 (Europe/Helsinki)');
    expect(visit).to.contain('Program: Gjuteriets yrkesmentorer');
    expect(visit).to.contain('Status: Preliminär');
    const off = text(card(el, 'off@mentorkit.test'));
    expect(off).to.contain('Program: hela organisationen');
    expect(off).to.contain('Status: Inställd');
    // A cancelled training cannot be cancelled again.
    expect(card(el, 'off@mentorkit.test')!.querySelector('button')).to.equal(null);
    for (const code of ['FREQ=', 'confirmed', 'tentative', 'cancelled', 'academics', 'foundry']) {
      expect(text(root(el).querySelector('ul')), code).not.to.contain(code);
    }
    await expect(el).to.be.accessible();
  });

  it('speaks English, and changes language with the page', async () => {
    const el = await trainings('en');
    const cafe = text(card(el, 'cafe@mentorkit.test'));
    expect(cafe).to.contain('Tuesday, 1 December 2026, 17:30–19:00');
    expect(cafe).to.contain('Repeats weekly, 12 times');
    expect(cafe).to.contain('Programme: Akademikerförbundets mentorprogram');
    expect(cafe).to.contain('Status: Scheduled');
    expect(text(card(el, 'off@mentorkit.test'))).to.contain('Programme: the whole organisation');
    expect(
      card(el, 'cafe@mentorkit.test')!.querySelector('button')!.getAttribute('aria-label'),
    ).to.equal('Cancel training: Språkcafé');
    expect(root(el).querySelector('label[for="training-startTime"]')!.textContent).to.equal(
      'Starts (Stockholm time)',
    );
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'sv');
    await waitFor(() => text(root(el).querySelector('h2')) === 'Utbildningstillfällen', 'Swedish');
    await expect(el).to.be.accessible();
  });

  it('labels every field of the add form, and offers the coordinator their programmes only', async () => {
    const el = await trainings('sv');
    for (const control of root(el).querySelectorAll('form input, form select, form textarea')) {
      const label = root(el).querySelector(`label[for="${control.id}"]`);
      expect(text(label), control.id).not.to.equal('');
    }
    const options = [...(input(el, 'programme') as HTMLSelectElement).options];
    expect(options.map((option) => option.textContent?.trim())).to.deep.equal([
      'Akademikerförbundets mentorprogram',
      'Gjuteriets yrkesmentorer',
    ]);
  });

  it('offers an administrator the whole organisation too', async () => {
    const el = await trainings('en', TRAININGS, 'administrator');
    const options = [...(input(el, 'programme') as HTMLSelectElement).options];
    expect(options[0]!.textContent?.trim()).to.equal('The whole organisation (every programme)');
    expect(options[0]!.value).to.equal('');
  });

  it('adds a training by keyboard: the new card shows, with the focus on it', async () => {
    const el = await trainings('en');
    await fillRequired(el, 'Kvällskurs');
    input(el, 'weeklyCount').value = '3';
    (input(el, 'programme') as HTMLSelectElement).value = 'foundry';
    await submitByKeyboard(el);
    await waitFor(() => card(el, 'added-1@mentorkit.test'), 'the new training');
    expect(posts()[0]!.body).to.deep.include({
      title: 'Kvällskurs',
      programme: 'foundry',
      date: '2027-05-04',
      startTime: '17:00',
      endTime: '18:30',
      weeklyCount: 3,
    });
    const added = text(card(el, 'added-1@mentorkit.test'));
    expect(added).to.contain('Repeats weekly, 3 times');
    expect(added).to.contain('Programme: Gjuteriets yrkesmentorer');
    await waitFor(() => focused(el)?.id === 'training-added-1_mentorkit_test', 'focus on the card');
    expect(text(root(el).querySelector('.notice'))).to.equal(
      '"Kvällskurs" was added to the feeds.',
    );
    // The form is empty again, its programme the one just used.
    expect(input(el, 'title').value).to.equal('');
    expect(input(el, 'programme').value).to.equal('foundry');
    await expect(el).to.be.accessible();
  });

  it('says what is missing beside each field, focuses the first, and no longer says the last add worked', async () => {
    const el = await trainings('sv');
    await fillRequired(el, 'Första');
    await submitByKeyboard(el);
    await waitFor(() => root(el).querySelector('.notice')?.textContent, 'the first was added');
    expect(posts()).to.have.length(1);

    input(el, 'title').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root(el).querySelector('#error-title'), 'the errors');
    expect(posts()).to.have.length(1);
    expect(text(root(el).querySelector('.notice'))).to.equal('');
    expect(text(root(el).querySelector('[role="alert"]'))).to.equal(
      'Utbildningstillfället lades inte till. Rätta det som står vid fälten.',
    );
    expect(text(root(el).querySelector('#error-title'))).to.equal(
      'Skriv en titel (högst 200 tecken).',
    );
    expect(text(root(el).querySelector('#error-date'))).to.equal(
      'Skriv datumet, till exempel 2027-05-04.',
    );
    const title = input(el, 'title');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(title.getAttribute('aria-describedby')).to.equal('error-title');
    expect(focused(el)).to.equal(title);
    await expect(el).to.be.accessible();
  });

  it('says an end before the start, and a week count out of range, in words', async () => {
    const el = await trainings('en');
    await fillRequired(el, 'Backwards');
    input(el, 'endTime').value = '16:00';
    input(el, 'weeklyCount').value = '60';
    await submitByKeyboard(el);
    await waitFor(() => root(el).querySelector('#error-endTime'), 'the errors');
    expect(text(root(el).querySelector('#error-endTime'))).to.equal(
      'Enter the time it ends, after it starts, like 18:30.',
    );
    expect(text(root(el).querySelector('#error-weeklyCount'))).to.equal(
      'Enter how many weeks it repeats, from 1 to 52.',
    );
    expect(input(el, 'weeklyCount').getAttribute('aria-describedby')).to.equal(
      'training-weeklyCount-hint error-weeklyCount',
    );
    expect(focused(el)).to.equal(input(el, 'endTime'));
    expect(posts()).to.have.length(0);
  });

  it('says the server’s refusal in the form’s words, never "Invalid input"', async () => {
    const el = await trainings('en');
    api!.refuseNextAdd([{ field: 'title', detail: 'Invalid input' }]);
    await fillRequired(el, 'Refused');
    await submitByKeyboard(el);
    await waitFor(() => root(el).querySelector('#error-title'), 'the refusal');
    expect(text(root(el).querySelector('#error-title'))).to.equal(
      'Enter a title (at most 200 characters).',
    );
    expect(text(root(el))).not.to.contain('Invalid input');
    expect(text(root(el))).not.to.contain('title:');
    expect(focused(el)).to.equal(input(el, 'title'));
    // What was typed stays, to be corrected.
    expect(input(el, 'title').value).to.equal('Refused');
  });

  it('says a failed add in words when the server fails', async () => {
    const el = await trainings('sv');
    api!.failNextChange(500);
    await fillRequired(el, 'Serverfel');
    await submitByKeyboard(el);
    await waitFor(() => text(root(el).querySelector('[role="alert"]')), 'the failure');
    expect(text(root(el).querySelector('[role="alert"]'))).to.equal(
      'Det gick inte: servern svarade med fel 500. Försök igen om en stund.',
    );
  });

  it('cancels a training only after asking, by keyboard; Keep it goes back', async () => {
    const el = await trainings('en');
    const cancel = () =>
      card(el, 'cafe@mentorkit.test')!.querySelector<HTMLButtonElement>('button.cancel')!;
    cancel().focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root(el).querySelector('.confirm'), 'the question');
    expect(text(root(el).querySelector('.confirm p'))).to.equal(
      'Cancel "Språkcafé"? Calendars that show it will learn that it is off. This cannot be undone.',
    );
    await waitFor(() => focused(el)?.classList.contains('keep'), 'focus on Keep it');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => focused(el) === cancel(), 'focus back on Cancel');
    expect(posts()).to.have.length(0);

    await sendKeys({ press: 'Enter' });
    await waitFor(() => root(el).querySelector('.confirm-cancel'), 'the question again');
    root(el).querySelector<HTMLButtonElement>('.confirm-cancel')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(
      () => text(card(el, 'cafe@mentorkit.test')).includes('Status: Cancelled'),
      'cancelled',
    );
    expect(posts().map((request) => request.path)).to.deep.equal([
      '/api/coordinator/trainings/cafe%40mentorkit.test/cancel',
    ]);
    expect(text(root(el).querySelector('.notice'))).to.equal(
      '"Språkcafé" was cancelled; the feeds say so now.',
    );
    await waitFor(() => focused(el)?.id === 'training-cafe_mentorkit_test', 'focus on the card');
    await expect(el).to.be.accessible();
  });

  it('says a failed cancel in words, and the training stays as it was', async () => {
    const el = await trainings('sv');
    api!.failNextChange(503);
    card(el, 'cafe@mentorkit.test')!.querySelector<HTMLButtonElement>('button.cancel')!.click();
    await waitFor(() => root(el).querySelector('.confirm-cancel'), 'the question');
    root(el).querySelector<HTMLButtonElement>('.confirm-cancel')!.click();
    await waitFor(() => text(root(el).querySelector('[role="alert"]')), 'the failure');
    expect(text(root(el).querySelector('[role="alert"]'))).to.contain('fel 503');
    expect(text(card(el, 'cafe@mentorkit.test'))).to.contain('Status: Planerad');
  });

  it('says so while loading, and when there are none', async () => {
    signedInAs('coordinator');
    api = fakeTrainingsApi([], PROGRAMMES);
    api.hold();
    const el = await fixture<MkTrainings>(html`<mk-trainings lang="sv"></mk-trainings>`);
    await waitFor(() => root(el).querySelector('[role="status"]'), 'loading');
    expect(text(root(el))).to.contain('Laddar');
    await expect(el).to.be.accessible();
    api.release();
    await settled(el);
    expect(text(root(el).querySelector('.empty'))).to.equal('Inga utbildningstillfällen än.');
    await expect(el).to.be.accessible();
  });

  for (const lang of ['sv', 'en']) {
    it(`says a failed load in words with Try again (${lang}), which loads`, async () => {
      signedInAs('coordinator');
      api = fakeTrainingsApi(TRAININGS, PROGRAMMES);
      api.failNextList(500);
      const el = await fixture<MkTrainings>(html`<mk-trainings lang=${lang}></mk-trainings>`);
      await settled(el);
      expect(root(el).querySelector('form')).to.equal(null);
      expect(text(root(el))).to.contain('500');
      await expect(el).to.be.accessible();
      const retry = root(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => card(el, 'cafe@mentorkit.test'), 'the trainings');
    });
  }

  it('says an unreachable server in words', async () => {
    signedInAs('coordinator');
    api = fakeTrainingsApi(TRAININGS, PROGRAMMES);
    api.dropNextList();
    const el = await fixture<MkTrainings>(html`<mk-trainings lang="en"></mk-trainings>`);
    await settled(el);
    expect(root(el).querySelector('[part="retry-button"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('tells the page when the session has ended', async () => {
    signedInAs('coordinator');
    api = fakeTrainingsApi(TRAININGS, PROGRAMMES);
    api.failNextList(401);
    const ended = new Promise<unknown>((resolve) =>
      document.addEventListener('mk-trainings-failure', (event) => resolve(event.detail.error), {
        once: true,
      }),
    );
    await fixture<MkTrainings>(html`<mk-trainings lang="en"></mk-trainings>`);
    expect(await ended).to.be.instanceOf(Error);
  });

  it('renders a hostile title as text', async () => {
    const el = await trainings('en', [HOSTILE]);
    expect(text(card(el, 'hostile@mentorkit.test')!.querySelector('h3'))).to.equal(HOSTILE_TITLE);
    expect(root(el).querySelector('img, script')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
