// <mk-person-view> in a real browser: everything a person gave, in Swedish and in English and
// in words (never codes), axe in every state, hostile strings as text, and its actions:
// withdraw with Undo, the exports, and the events the page's dialogs answer.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { a11yPasses } from '../../../widgets/src/shared/testing/a11y-passes.ts';
import { afterEach, beforeEach, describe, it } from '../../../widgets/src/shared/testing/mocha.ts';
import { waitFor } from '../../../widgets/src/shared/testing/wait.ts';
import { installFetch, json } from '../shared/testing/fake-fetch.ts';
import './define-person-view.ts';
import type { PersonEvent } from './person-events.ts';
import type { MkPersonView } from './person-view.ts';
import { fakeApi } from './testing/fake-api.ts';
import type { FakeApi } from './testing/fake-api.ts';
import { HOSTILE_TEXT, MENTEE, MENTOR, hostilePerson } from './testing/person-fixtures.ts';

let api: FakeApi;
const downloads: string[] = [];
/** Keeps the exports' links from downloading; the test reads the file name they carry. */
const catchDownload = (event: MouseEvent) => {
  const link = event.target;
  if (link instanceof HTMLAnchorElement && link.download) {
    event.preventDefault();
    downloads.push(link.download);
  }
};

beforeEach(() => {
  api = fakeApi([MENTEE, MENTOR, hostilePerson()].map((p, i) => (i === 2 ? withId(p, 'su-x') : p)));
  downloads.length = 0;
  document.addEventListener('click', catchDownload, true);
});
afterEach(() => {
  api.restore();
  document.removeEventListener('click', catchDownload, true);
  document.documentElement.lang = 'en';
});

function withId<P extends typeof MENTEE>(person: P, id: string): P {
  return { ...person, signup: { ...person.signup, id } };
}

async function view(id: string, lang = 'sv'): Promise<MkPersonView> {
  const el = await fixture<MkPersonView>(
    html`<div lang=${lang}><mk-person-view person-id=${id}></mk-person-view></div>`,
  );
  const host = el.querySelector('mk-person-view')!;
  await settle(host);
  return host;
}

async function settle(el: MkPersonView): Promise<void> {
  await waitFor(
    () => el.shadowRoot?.querySelector('#person-heading, [role="alert"] .mk-state__title'),
    'the person or a failure',
  );
  await el.updateComplete;
}

const text = (el: MkPersonView) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (el: MkPersonView, id: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`#${id}`)!;
/** The value a label has in the view's description lists. */
function valueOf(el: MkPersonView, label: string): string {
  const term = [...el.shadowRoot!.querySelectorAll('dt')].find(
    (dt) => dt.textContent?.trim() === label,
  );
  return (term?.nextElementSibling?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

a11yPasses('<mk-person-view> a mentee in Swedish', () => view('su-amal', 'sv'));
a11yPasses('<mk-person-view> a mentee in English', () => view('su-amal', 'en'));
a11yPasses('<mk-person-view> a mentor in English', () => view('su-bashir', 'en'));
a11yPasses('<mk-person-view> not found', () => view('su-nobody', 'sv'));

describe('<mk-person-view>', () => {
  it('is accessible while loading, and says so', async () => {
    api.hold();
    const el = await fixture<MkPersonView>(
      html`<mk-person-view lang="sv" person-id="su-amal"></mk-person-view>`,
    );
    await waitFor(() => el.shadowRoot?.querySelector('[role="status"]'), 'loading');
    expect(text(el)).to.contain('Laddar');
    await expect(el).to.be.accessible();
    api.release();
    await settle(el);
  });

  it('shows everything a mentee gave, in Swedish words, never codes', async () => {
    const el = await view('su-amal', 'sv');
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent).to.equal('Amal Haddad');
    expect(text(el)).to.contain('Adept i Akademikerförbundets mentorprogram');
    expect(text(el)).to.contain('Status: Matchad');
    expect(valueOf(el, 'E-post')).to.equal('amal@example.org');
    expect(valueOf(el, 'Telefon')).to.equal('+46 70 123 45 67');
    expect(valueOf(el, 'Svenska')).to.equal('B1 (självständig)');
    expect(valueOf(el, 'Vill ha hjälp med')).to.equal('Validering av utbildning och Språkträning');
    expect(valueOf(el, 'Yrkesgrupp')).to.contain('Specialistläkare');
    expect(valueOf(el, 'Yrkesgrupp')).to.contain('klassificerat av en samordnare');
    expect(valueOf(el, 'Yrkesgrupp')).to.contain('Personens ord: ”läkare”');
    expect(valueOf(el, 'Språk')).to.equal('arabiska: modersmål och engelska: C1 (avancerad)');
    expect(valueOf(el, 'Tider')).to.equal('Vardagar, kvällstid');
    expect(valueOf(el, 'Sätt att ses')).to.equal('På distans');
    expect(valueOf(el, 'Födelseland')).to.equal('Syrien');
    expect(valueOf(el, 'Modersmål')).to.equal('arabiska');
    expect(valueOf(el, 'Kan ses')).to.equal('Tisdagar efter fem');
    expect(valueOf(el, 'Formulärets språk')).to.equal('arabiska');
    expect(valueOf(el, 'Samtycke')).to.contain('Lämnat 2 nov. 2026');
    expect(valueOf(el, 'Bekräftad e-post')).to.equal('3 nov. 2026');
    expect(valueOf(el, 'needs-interpreter')).to.equal('Nej');
    // The match, with the other person as a link to their view, and the training.
    const other = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="#person=su-bashir"]');
    expect(other?.textContent).to.equal('Bashir Karimi');
    expect(text(el)).to.contain('Pågår');
    expect(text(el)).to.contain('Skriv ett svenskt CV');
    expect(text(el)).to.contain('varje vecka, 12 gånger');
    expect(text(el)).to.contain('Valt tillfälle: 10 nov. 2026');
    expect(text(el)).to.contain('3 nov. 2026 18:00–19:30');
    for (const code of ['sfi-', 'weekday-evening', 'degree-validation', 'FREQ=', '2211', 'SY']) {
      expect(text(el), code).not.to.contain(code);
    }
  });

  it('shows a mentor in English, and what they left out as not given', async () => {
    const el = await view('su-bashir', 'en');
    expect(text(el)).to.contain('Mentor in no programme');
    expect(text(el)).to.contain('Status: New');
    expect(valueOf(el, 'Workplace')).to.equal('Akademiska sjukhuset');
    expect(valueOf(el, 'Years in the profession')).to.equal('22');
    expect(valueOf(el, 'Can help with')).to.equal('Professional network and CV');
    expect(valueOf(el, 'Mentees at a time')).to.equal('2');
    expect(valueOf(el, 'Motivation')).to.equal('Jag vill hjälpa nya kollegor. Och lära mig själv.');
    expect(valueOf(el, 'Occupation group')).to.contain('Not classified');
    expect(valueOf(el, 'Country of birth')).to.equal('Not given');
    expect(valueOf(el, 'E-mail confirmed')).to.equal('Not confirmed yet');
    expect(text(el)).to.contain('No matches yet.');
    expect(text(el)).to.contain('No training signups.');
    // Proposing is for mentees.
    expect(el.shadowRoot!.querySelector('#propose')).to.equal(null);
  });

  it('switches language when the page does', async () => {
    document.documentElement.lang = 'sv';
    const el = await fixture<MkPersonView>(
      html`<mk-person-view person-id="su-amal"></mk-person-view>`,
    );
    await settle(el);
    expect(valueOf(el, 'Svenska')).to.equal('B1 (självständig)');
    document.documentElement.lang = 'en';
    await waitFor(() => valueOf(el, 'Swedish') !== '', 'English words');
    expect(valueOf(el, 'Swedish')).to.equal('B1 (intermediate)');
    expect(valueOf(el, 'Occupation group')).to.contain('Specialist physicians');
    expect(text(el)).to.contain('Back to the people list');
  });

  it('renders hostile strings as text, and no javascript: link', async () => {
    const el = await view('su-x', 'en');
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal(HOSTILE_TEXT);
    expect(root.querySelector('img, script')).to.equal(null);
    expect(root.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(valueOf(el, 'Region')).to.equal(HOSTILE_TEXT);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('says a person of another programme (404) is not found, in words', async () => {
    const el = await view('su-nobody', 'en');
    expect(text(el)).to.contain('No such person');
    expect(el.shadowRoot!.querySelector('#person-heading')).to.equal(null);
  });

  it('offers Try again after a failure, and then shows the person', async () => {
    api.failNext(500);
    const el = await view('su-amal', 'en');
    expect(text(el)).not.to.contain('Amal Haddad');
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    retry.click();
    await waitFor(() => el.shadowRoot!.querySelector('#person-heading'), 'the person');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Amal Haddad');
  });

  it('withdraws a person, and Undo takes it back, by keyboard', async () => {
    const el = await view('su-amal', 'en');
    const withdraw = button(el, 'withdraw');
    expect(withdraw.textContent?.trim()).to.equal('Mark as withdrawn');
    withdraw.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => text(el).includes('Status: Withdrawn'), 'withdrawn');
    expect(api.requests.filter((r) => r.method === 'POST').map((r) => r.path)).to.deep.equal([
      '/api/coordinator/signups/su-amal/withdraw',
    ]);
    expect(text(el)).to.contain('Amal Haddad is marked withdrawn and no longer proposed.');
    expect(button(el, 'withdraw').textContent?.trim()).to.equal('Undo the withdrawal');
    // The focus stayed on the button that was pressed.
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'withdraw'));
    // Withdrawn mentees are not proposed.
    expect(el.shadowRoot!.querySelector('#propose')).to.equal(null);

    button(el, 'undo').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => text(el).includes('Status: Matched'), 'reinstated');
    expect(api.requests.filter((r) => r.method === 'POST').map((r) => r.path)).to.deep.equal([
      '/api/coordinator/signups/su-amal/withdraw',
      '/api/coordinator/signups/su-amal/reinstate',
    ]);
    expect(text(el)).to.contain('Amal Haddad is no longer marked withdrawn.');
    expect(el.shadowRoot!.querySelector('#undo')).to.equal(null);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'withdraw'));
  });

  it('exports the person as JSON and as CSV', async () => {
    const el = await view('su-amal', 'en');
    button(el, 'export-json').click();
    await waitFor(() => downloads.length === 1, 'the JSON file');
    button(el, 'export-csv').click();
    await waitFor(() => downloads.length === 2, 'the CSV file');
    expect(downloads).to.deep.equal(['mentorkit-su-amal.json', 'mentorkit-su-amal.csv']);
    expect(api.requests.map((r) => r.path)).to.include.members([
      '/api/coordinator/signups/su-amal/export',
      '/api/coordinator/signups/su-amal/export?format=csv',
    ]);
    await waitFor(() => text(el).includes('The export was downloaded: mentorkit-su-amal.csv.'));
  });

  it('says in words when an action fails, and when the session ended', async () => {
    const el = await view('su-amal', 'en');
    api.restore();
    let status = 401;
    const failing = installFetch(() => json({}, status));
    try {
      setTimeout(() => button(el, 'withdraw').click());
      await oneEvent(el, 'mk-person-session-ended');
      await waitFor(() => text(el).includes('Your session has ended. Sign in again to go on.'));
      status = 500;
      button(el, 'export-json').click();
      await waitFor(() => text(el).includes('That did not work. Try again in a moment.'));
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
        'That did not work',
      );
    } finally {
      failing.restore();
    }
  });

  it('asks the page to classify, propose and erase, with the signup', async () => {
    const el = await view('su-amal', 'en');
    for (const [id, name] of [
      ['classify', 'mk-person-classify'],
      ['propose', 'mk-person-propose'],
      ['erase', 'mk-person-erase'],
    ] as const) {
      setTimeout(() => button(el, id).click());
      const event = await oneEvent<PersonEvent>(el, name);
      expect(event.detail.signup.id, name).to.equal('su-amal');
      expect(event.detail.signup.email, name).to.equal('amal@example.org');
    }
  });

  it('moves focus to the person’s name when asked, once it has loaded', async () => {
    api.hold();
    const el = await fixture<MkPersonView>(
      html`<mk-person-view lang="en" person-id="su-amal"></mk-person-view>`,
    );
    el.focusHeading();
    api.release();
    await settle(el);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('person-heading');
  });
});
