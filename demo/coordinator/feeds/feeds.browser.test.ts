// <mk-feeds> in a real browser against a fake feeds API (testing/fake-api.ts): each feed's
// state in words in Swedish and English (working, failing with the copy kept, never fetched),
// programmes by name, adding with errors beside the fields and the focus on the new card or the
// first field to correct, Fetch now, removing after a second question, loading, empty and
// failed with Try again, keyboard only, axe in each state.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { a11yPasses } from '../../../widgets/src/shared/testing/a11y-passes.ts';
import { afterEach, describe, it } from '../../../widgets/src/shared/testing/mocha.ts';
import { waitFor } from '../../../widgets/src/shared/testing/wait.ts';
import type { SessionView } from '../api-types.ts';
import { signedInAs, signedOut } from '../trainings/testing/signed-in.ts';
import './define-feeds.ts';
import type { MkFeeds } from './feeds.ts';
import { fakeFeedsApi } from './testing/fake-api.ts';
import type { FakeFeedsApi } from './testing/fake-api.ts';
import { FEEDS, HOSTILE_NAME, PROGRAMMES, WORKING } from './testing/feed-fixtures.ts';

let api: FakeFeedsApi | undefined;

afterEach(() => {
  api?.restore();
  api = undefined;
  signedOut();
});

async function feeds(
  lang: string,
  list = FEEDS,
  role: SessionView['role'] = 'coordinator',
): Promise<MkFeeds> {
  signedInAs(role);
  api = fakeFeedsApi(list, PROGRAMMES);
  const el = await fixture<MkFeeds>(html`<mk-feeds lang=${lang}></mk-feeds>`);
  await settled(el);
  return el;
}

async function settled(el: MkFeeds): Promise<void> {
  await waitFor(() => el.shadowRoot?.querySelector('form, .mk-state__title'), 'feeds or failure');
  await el.updateComplete;
}

const root = (el: MkFeeds) => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const card = (el: MkFeeds, id: string) => root(el).querySelector(`li[data-feed-id="${id}"]`);
const field = (el: MkFeeds, name: string) =>
  root(el).querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
const focused = (el: MkFeeds) => root(el).activeElement;
const changes = () => api!.requests.filter((request) => request.method !== 'GET');
const notice = (el: MkFeeds) => text(root(el).querySelector('.notice'));
const alert = (el: MkFeeds) => text(root(el).querySelector('[role="alert"]'));

async function type(el: MkFeeds, name: string, value: string): Promise<void> {
  field(el, name).focus();
  await sendKeys({ type: value });
}

a11yPasses('<mk-feeds> in Swedish', () => feeds('sv'));
a11yPasses('<mk-feeds> in English', () => feeds('en'));
a11yPasses('<mk-feeds> empty', () => feeds('en', []));

describe('<mk-feeds>', () => {
  it('says in Swedish whether each feed works, and why not, never codes', async () => {
    const el = await feeds('sv');
    expect(text(root(el).querySelector('h2'))).to.equal('Kalendrar från andra tjänster');
    const working = text(card(el, 'feed-ok'));
    expect(working).to.contain('Program: Akademikerförbundets mentorprogram');
    expect(working).to.contain('Fungerar: 2 händelser, kontrollerad 30 nov. 2026 11:00.');
    expect(working).to.contain(
      `<mk-training-calendar src="${location.origin}/api/feeds/feed-ok.ics"></mk-training-calendar>`,
    );
    const login = text(card(el, 'feed-login'));
    expect(login).to.contain('Program: Gjuteriets yrkesmentorer');
    expect(login).to.contain('till exempel en inloggningssida');
    expect(login).to.contain(
      'Kalendrarna visar kopian från 30 nov. 2026 11:00 (2 händelser) så länge.',
    );
    const never = text(card(el, 'feed-never'));
    expect(never).to.contain('Program: hela organisationen');
    expect(never).to.contain('privat eller lokalt nätverk');
    expect(never).to.contain('säger att den inte går att läsa förrän en hämtning fungerar');
    for (const code of ['not-a-calendar', 'refused-address', 'academics', 'foundry', 'text/html']) {
      expect(text(root(el).querySelector('ul')), code).not.to.contain(code);
    }
    await expect(el).to.be.accessible();
  });

  it('speaks English, with each card’s buttons named by the feed', async () => {
    const el = await feeds('en');
    expect(text(root(el).querySelector('h2'))).to.equal('Calendar feeds from elsewhere');
    expect(text(card(el, 'feed-ok'))).to.contain('Working: 2 events, checked 30 Nov 2026');
    expect(text(card(el, 'feed-login'))).to.contain('is not a calendar, such as a sign-in page');
    expect(text(card(el, 'feed-login'))).to.contain('Calendars show the copy from');
    const buttons = [...card(el, 'feed-ok')!.querySelectorAll('button')];
    expect(buttons.map((button) => button.getAttribute('aria-label'))).to.deep.equal([
      'Fetch now: Facket Vimmerby',
      'Remove feed: Facket Vimmerby',
    ]);
    await expect(el).to.be.accessible();
  });

  it('adds a feed by keyboard: fetched at once, said so, with the focus on its card', async () => {
    const el = await feeds('en');
    (field(el, 'programme') as HTMLSelectElement).value = 'foundry';
    await type(el, 'name', 'Facket Hultsfred');
    await type(el, 'url', 'webcal://outlook.example/hultsfred.ics');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => card(el, 'added-1'), 'the new feed');
    expect(changes()[0]!.body).to.deep.equal({
      name: 'Facket Hultsfred',
      url: 'webcal://outlook.example/hultsfred.ics',
      programme: 'foundry',
    });
    expect(notice(el)).to.equal('"Facket Hultsfred" was added: 2 events.');
    expect(text(card(el, 'added-1'))).to.contain('Programme: Gjuteriets yrkesmentorer');
    await waitFor(() => focused(el)?.id === 'feed-added-1', 'focus on the new card');
    expect(field(el, 'name').value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says in words when a new feed cannot be fetched', async () => {
    const el = await feeds('sv');
    api!.nextFetch = 'not-a-calendar';
    await type(el, 'name', 'Inloggning');
    await type(el, 'url', 'https://calendar.example/login');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => card(el, 'added-1'), 'the new feed');
    expect(notice(el)).to.contain('”Inloggning” lades till, men gick inte att hämta:');
    expect(notice(el)).to.contain('inloggningssida');
    expect(text(card(el, 'added-1'))).to.contain('Fungerar inte sedan');
  });

  it('says what is missing beside each field, focuses the first, and clears the last success', async () => {
    const el = await feeds('sv');
    await type(el, 'name', 'Först');
    await type(el, 'url', 'https://calendar.example/a.ics');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => notice(el), 'the first added');

    field(el, 'name').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root(el).querySelector('#error-name'), 'the errors');
    expect(notice(el)).to.equal('');
    expect(alert(el)).to.equal('Kalendern lades inte till. Rätta det som står vid fälten.');
    expect(text(root(el).querySelector('#error-name'))).to.equal(
      'Ge kalendern ett namn (högst 120 tecken).',
    );
    expect(text(root(el).querySelector('#error-url'))).to.contain('Skriv kalenderns iCal-adress');
    expect(field(el, 'name').getAttribute('aria-describedby')).to.equal('error-name');
    expect(focused(el)).to.equal(field(el, 'name'));
    expect(changes()).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('says an address the backend refuses in words, beside it', async () => {
    const el = await feeds('en');
    api!.refuseNextAdd([{ field: 'url', detail: 'Invalid URL: ftp://x' }]);
    await type(el, 'name', 'Old system');
    await type(el, 'url', 'ftp://x');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root(el).querySelector('#error-url'), 'the refusal');
    expect(text(root(el).querySelector('#error-url'))).to.equal(
      'The address is not one the backend can fetch (http, https or webcal).',
    );
    expect(text(root(el))).not.to.contain('Invalid URL');
    expect(focused(el)).to.equal(field(el, 'url'));
  });

  it('fetches a feed now and says what it found, with the focus kept on its card', async () => {
    const el = await feeds('en');
    api!.nextFetch = 'timeout';
    card(el, 'feed-ok')!.querySelector<HTMLButtonElement>('button.fetch')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => notice(el), 'the answer');
    expect(notice(el)).to.equal(
      '"Facket Vimmerby" could not be fetched: The server did not answer in time.',
    );
    expect(text(card(el, 'feed-ok'))).to.contain('Not working since');
    await waitFor(() => focused(el)?.id === 'feed-feed-ok', 'focus on the card');

    api!.nextFetch = undefined;
    card(el, 'feed-ok')!.querySelector<HTMLButtonElement>('button.fetch')!.click();
    await waitFor(() => notice(el).includes('was fetched'), 'fetched');
    expect(notice(el)).to.equal('"Facket Vimmerby" was fetched: 2 events.');
  });

  it('removes a feed only after asking, by keyboard; Keep it goes back', async () => {
    const el = await feeds('en');
    const remove = () => card(el, 'feed-never')!.querySelector<HTMLButtonElement>('button.remove')!;
    remove().focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => focused(el)?.classList.contains('keep'), 'focus on Keep it');
    expect(text(root(el).querySelector('.confirm p'))).to.equal(
      'Remove "Intranätet"? Pages that show it will say the calendar cannot be loaded. This cannot be undone.',
    );
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => focused(el) === remove(), 'back on Remove');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root(el).querySelector('.confirm-remove'), 'asked again');
    root(el).querySelector<HTMLButtonElement>('.confirm-remove')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !card(el, 'feed-never'), 'removed');
    expect(changes().map((request) => `${request.method} ${request.path}`)).to.deep.equal([
      'DELETE /api/coordinator/feeds/feed-never',
    ]);
    expect(notice(el)).to.equal('"Intranätet" was removed.');
    await waitFor(() => focused(el)?.id === 'feeds-heading', 'focus on the heading');
  });

  it('says a failed removal in words, and the feed stays', async () => {
    const el = await feeds('sv');
    api!.failNextChange(500);
    card(el, 'feed-ok')!.querySelector<HTMLButtonElement>('button.remove')!.click();
    await waitFor(() => root(el).querySelector('.confirm-remove'), 'asked');
    root(el).querySelector<HTMLButtonElement>('.confirm-remove')!.click();
    await waitFor(() => alert(el), 'the failure');
    expect(alert(el)).to.equal(
      'Det gick inte: servern svarade med fel 500. Försök igen om en stund.',
    );
    expect(card(el, 'feed-ok')).not.to.equal(null);
  });

  it('offers an administrator the whole organisation', async () => {
    const el = await feeds('sv', [WORKING], 'administrator');
    const options = [...(field(el, 'programme') as HTMLSelectElement).options];
    expect(options.map((option) => option.textContent?.trim())).to.deep.equal([
      'Hela organisationen (alla program)',
      'Akademikerförbundets mentorprogram',
      'Gjuteriets yrkesmentorer',
    ]);
  });

  it('says so while loading, and when there are none', async () => {
    signedInAs('coordinator');
    api = fakeFeedsApi([], PROGRAMMES);
    api.hold();
    const el = await fixture<MkFeeds>(html`<mk-feeds lang="en"></mk-feeds>`);
    await waitFor(() => root(el).querySelector('[role="status"]'), 'loading');
    expect(text(root(el))).to.contain('Loading');
    await expect(el).to.be.accessible();
    api.release();
    await settled(el);
    expect(text(root(el).querySelector('.empty'))).to.equal(
      'No calendar feeds from elsewhere yet.',
    );
  });

  for (const lang of ['sv', 'en']) {
    it(`says a failed load in words with Try again (${lang}), which loads`, async () => {
      signedInAs('coordinator');
      api = fakeFeedsApi(FEEDS, PROGRAMMES);
      api.failNextList(502);
      const el = await fixture<MkFeeds>(html`<mk-feeds lang=${lang}></mk-feeds>`);
      await settled(el);
      expect(text(root(el))).to.contain('502');
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => card(el, 'feed-ok'), 'the feeds');
    });
  }

  it('renders a hostile name as text', async () => {
    const el = await feeds('en', [{ ...WORKING, name: HOSTILE_NAME }]);
    expect(text(card(el, 'feed-ok')!.querySelector('h3'))).to.equal(HOSTILE_NAME);
    expect(root(el).querySelector('img, script')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
