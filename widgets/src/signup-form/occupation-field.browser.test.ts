import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitFor } from '../shared/testing/wait.ts';
import { afterEach, beforeEach, describe, it } from '../shared/testing/mocha.ts';
import './define.ts';
import { MkSignupForm } from './signup-form.ts';
import { loadChecks } from './load-checks.ts';
import type { Checks } from './load-checks.ts';
import type { LoadOccupationSearch } from './occupation-field.ts';
import { loadOccupationSearch } from './occupation-search.ts';
import { MENTEE_VALUES } from './testing/fixtures.ts';
import { control, errorOf, fill, root, submitButton, text } from './testing/browser-helpers.ts';

const PROFESSION = 'profile.profession';

/** Where the test form's occupation lookup comes from (held back or failing). */
let testSearch: LoadOccupationSearch = (esco) => loadOccupationSearch(esco);

/** The real form, whose occupation picker takes its lookup from `testSearch`. */
class FormWithTestSearch extends MkSignupForm {
  protected override async loadChecks(): Promise<Checks> {
    const checks = await loadChecks();
    return {
      ...checks,
      renderFormField: (spec, context) =>
        checks.renderFormField(spec, {
          ...context,
          loadOccupationSearch: (esco) => testSearch(esco),
        }),
    };
  }
}
customElements.define('mk-test-search-form', FormWithTestSearch);

async function form(lang = 'sv', id?: string): Promise<MkSignupForm> {
  const el = await fixture<MkSignupForm>(
    html`<mk-test-search-form
      id=${id ?? 'picker'}
      kind="mentee"
      lang=${lang}
      privacy-url="https://partner.example/integritet"
      .minFillTime=${0}
    ></mk-test-search-form>`,
  );
  // Checks.ts (with the picker's template) and the matching fields' messages.
  await waitFor(
    () => root(el).querySelector(`[role="combobox"]`) !== null,
    'the occupation picker did not render',
  );
  return el;
}

const combobox = (el: MkSignupForm) => control(el, PROFESSION);
const listbox = (el: MkSignupForm) => root(el).querySelector<HTMLElement>('[role="listbox"]')!;
const options = (el: MkSignupForm) => [...root(el).querySelectorAll('[role="option"]')];
const optionLabels = (el: MkSignupForm) =>
  options(el).map((option) => text(option.querySelector('.occupation__label')));
const liveRegion = (el: MkSignupForm) =>
  text(root(el).querySelector(`[data-field="${PROFESSION}"] [role="status"]:not([part])`));

function dataRequested(): boolean {
  return performance
    .getEntriesByType('resource')
    .some((entry) => entry.name.includes('/occupations/data/occupations'));
}

/** Types as a person does, into the focused combobox, and waits for its list. */
async function typeAndWaitForOptions(el: MkSignupForm, words: string): Promise<void> {
  combobox(el).focus();
  await sendKeys({ type: words });
  await waitFor(() => options(el).length > 0, `no options for "${words}"`);
  await el.updateComplete;
}

async function press(el: MkSignupForm, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

const activeOption = (el: MkSignupForm) => {
  const id = combobox(el).getAttribute('aria-activedescendant');
  return id ? root(el).getElementById(id) : null;
};

/** Chooses the option labelled `label` by the keyboard (Down to it, Enter). */
async function chooseByKeyboard(el: MkSignupForm, label: string): Promise<void> {
  const index = optionLabels(el).indexOf(label);
  expect(index, `"${label}" among ${optionLabels(el).join(', ')}`).to.be.greaterThan(-1);
  for (let step = 0; step <= index; step++) await press(el, 'ArrowDown');
  expect(text(activeOption(el)?.querySelector('.occupation__label'))).to.equal(label);
  await press(el, 'Enter');
}

async function submitted(el: MkSignupForm, values = MENTEE_VALUES) {
  const rest = Object.fromEntries(Object.entries(values).filter(([path]) => path !== PROFESSION));
  await fill(el, rest);
  const event = oneEvent<HTMLElementEventMap['mk-signup-submit']>(el, 'mk-signup-submit');
  submitButton(el).click();
  return (await event).detail.submission;
}

describe('<mk-signup-form> occupation picker', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    localStorage.clear();
    testSearch = (esco) => loadOccupationSearch(esco);
  });

  // First in this file: the data is loaded once per page.
  it('loads the data only when the field is first used, and is accessible meanwhile', async () => {
    const el = await form();
    expect(dataRequested(), 'occupation data requested before the field was used').to.equal(false);
    expect(combobox(el).getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
    combobox(el).focus();
    await waitFor(() => dataRequested(), 'focusing the field did not load the data');
    await waitFor(() => text(root(el).querySelector('[part="attribution"]')) !== '', 'no sources');
    expect(text(root(el).querySelector('[part="attribution"]'))).to.match(
      /^Yrkena kommer från: Källa: Arbetsförmedlingen, JobTech Taxonomy · SSYK 2012/,
    );
  });

  it('finds "Lakare" by keyboard: arrows, Home, End, Escape, Enter, and stores the codes', async () => {
    const el = await form();
    await typeAndWaitForOptions(el, 'Lakare');
    expect(combobox(el).getAttribute('role')).to.equal('combobox');
    expect(combobox(el).getAttribute('aria-expanded')).to.equal('true');
    expect(combobox(el).getAttribute('aria-controls')).to.equal(listbox(el).id);
    expect(listbox(el).hidden).to.equal(false);
    expect(optionLabels(el), `for "${combobox(el).value}"`).to.include('Läkare');
    expect(liveRegion(el)).to.equal(`${options(el).length} yrken hittades.`);
    await expect(el).to.be.accessible();

    await press(el, 'ArrowDown');
    expect(activeOption(el)).to.equal(options(el)[0]);
    expect(options(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    await press(el, 'ArrowUp');
    expect(activeOption(el)).to.equal(options(el).at(-1));
    await press(el, 'Home');
    expect(activeOption(el)).to.equal(options(el)[0]);
    await press(el, 'End');
    expect(activeOption(el)).to.equal(options(el).at(-1));
    await press(el, 'Escape');
    expect(combobox(el).getAttribute('aria-expanded')).to.equal('false');
    expect(combobox(el).hasAttribute('aria-activedescendant')).to.equal(false);
    expect(combobox(el).value).to.equal('Lakare');

    await chooseByKeyboard(el, 'Läkare');
    expect(combobox(el).value).to.equal('Läkare');
    expect(combobox(el).getAttribute('aria-expanded')).to.equal('false');
    const note = root(el).querySelector(`#${combobox(el).id}-note`);
    expect(text(note)).to.match(/^Yrkesgrupp: 22\d\d /);
    expect(combobox(el).getAttribute('aria-describedby')).to.contain(note!.id);
    await expect(el).to.be.accessible();

    const submission = await submitted(el);
    const occupation = submission.profile.occupation!;
    expect(occupation.text).to.equal('Läkare');
    expect(submission.profile.profession).to.equal('Läkare');
    expect(occupation.titleId).to.be.a('string');
    expect(occupation.ssyk).to.match(/^22\d\d$/);
    expect(occupation.isco08![0]).to.match(/^22\d\d$/);
  });

  it('keeps a job that is not found, calmly, as an unclassified signup', async () => {
    const el = await form();
    combobox(el).focus();
    await sendKeys({ type: 'Qwxz Pfrrk' });
    await waitFor(() => liveRegion(el) === 'Inga yrken hittades.', 'nothing announced');
    expect(combobox(el).getAttribute('aria-expanded')).to.equal('false');
    expect(text(root(el).querySelector(`#${combobox(el).id}-note`))).to.contain(
      'en samordnare placerar det åt dig',
    );
    await expect(el).to.be.accessible();
    const submission = await submitted(el);
    expect(submission.profile.occupation).to.deep.equal({ text: 'Qwxz Pfrrk' });
  });

  it('restores a choice from the draft, codes included', async () => {
    const first = await form('sv', 'draft');
    await typeAndWaitForOptions(first, 'Lakare');
    await chooseByKeyboard(first, 'Läkare');
    first.remove();

    const second = await form('sv', 'draft');
    expect(combobox(second).value).to.equal('Läkare');
    expect(text(root(second).querySelector(`#${combobox(second).id}-note`))).to.match(
      /^Yrkesgrupp: 22/,
    );
    const submission = await submitted(second);
    expect(submission.profile.occupation?.ssyk).to.match(/^22\d\d$/);
  });

  it('when the data cannot be loaded: says so with Try again, and the person can still type', async () => {
    testSearch = () => Promise.reject(new Error('the network is down'));
    const el = await form();
    combobox(el).focus();
    const field = () => root(el).querySelector(`[data-field="${PROFESSION}"]`)!;
    await waitFor(() => field().querySelector('[part="retry-button"]') !== null, 'no error state');
    expect(text(field().querySelector('[role="alert"]'))).to.not.equal('');
    await expect(el).to.be.accessible();

    combobox(el).focus();
    await sendKeys({ type: 'Svetsare' });
    await el.updateComplete;
    expect(
      combobox(el).value,
      `focus on ${root(el).activeElement?.outerHTML.slice(0, 60)}`,
    ).to.equal('Svetsare');
    expect(options(el)).to.have.length(0);

    testSearch = (esco) => loadOccupationSearch(esco);
    field().querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitFor(() => field().querySelector('[part="retry-button"]') === null, 'still failing');
    await waitFor(() => liveRegion(el) !== '', 'the typed words were not searched after Try again');
    const submission = await submitted(el);
    expect(submission.profile.occupation).to.deep.equal({ text: 'Svetsare' });
  });

  it('works right to left, in Arabic, with ESCO’s Arabic names', async () => {
    const el = await form('ar');
    expect(el.getAttribute('dir')).to.equal('rtl');
    await typeAndWaitForOptions(el, 'طبيب');
    expect(options(el)[0]!.getAttribute('lang')).to.equal('ar');
    await expect(el).to.be.accessible();
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(combobox(el).value).to.not.equal('طبيب');
    expect(text(root(el).querySelector(`#${combobox(el).id}-note`))).to.match(
      /^مجموعة المهن: \d{4}/,
    );
    await expect(el).to.be.accessible();
  });

  it('asks when and how the person can meet, and sends the choices', async () => {
    const el = await form('en');
    const withoutSlots = Object.fromEntries(
      Object.entries(MENTEE_VALUES).filter(([path]) => path !== 'profile.availabilitySlots'),
    );
    await fill(el, { ...withoutSlots, [PROFESSION]: 'Civil engineer' });
    submitButton(el).click();
    await waitFor(() => errorOf(el, 'profile.availabilitySlots') !== '', 'no error at the slots');
    expect(errorOf(el, 'profile.availabilitySlots')).to.equal('Choose at least one option.');
    await expect(el).to.be.accessible();
    const legend = root(el).querySelector('[data-field="profile.availabilitySlots"] legend');
    expect(text(legend)).to.equal('When can you meet?');
    const submission = await submitted(el, { 'profile.availabilitySlots': ['weekend'] });
    expect(submission.profile).to.deep.include({
      availabilitySlots: ['weekend'],
      meetingModes: ['remote'],
      availability: 'weekend',
    });
  });
});
