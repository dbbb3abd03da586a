// <mk-people-list> in a real browser against the test runner's people API
// (testing/people-test-routes.mjs): words for every code in Swedish and English, paging,
// filters, search, a refused filter beside its control, loading, empty and failed states, the
// bulk withdrawal and its undo, keyboard focus after each, and axe in each state.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { a11yPasses } from '../../../widgets/src/shared/testing/a11y-passes.ts';
import { describe, it } from '../../../widgets/src/shared/testing/mocha.ts';
import { waitFor } from '../../../widgets/src/shared/testing/wait.ts';
import './define-people-list.ts';
import type { MkPeopleList } from './people-list.ts';
import type { PersonActionDetail } from './list-types.ts';

/** A fresh set of people on the test server for each list. */
const freshSrc = (query = '') => `/__mk-test/people/list-${crypto.randomUUID()}/signups${query}`;

async function list(lang: string, query = ''): Promise<MkPeopleList> {
  const el = await fixture<MkPeopleList>(
    html`<mk-people-list lang=${lang} src=${freshSrc(query)}></mk-people-list>`,
  );
  await waitFor(
    () => el.shadowRoot?.querySelector('tbody tr, .mk-state__error, .clear'),
    'the list did not load',
  );
  await el.updateComplete;
  return el;
}

const root = (el: MkPeopleList) => el.shadowRoot!;
const text = (el: MkPeopleList, selector: string) =>
  root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const names = (el: MkPeopleList) =>
  [...root(el).querySelectorAll('tbody a')].map((link) => link.textContent?.trim());
const cellsOf = (el: MkPeopleList, column: number) =>
  [...root(el).querySelectorAll(`tbody tr td:nth-child(${column})`)].map((cell) =>
    cell.textContent?.trim(),
  );
const focused = (el: MkPeopleList) => root(el).activeElement;

async function loaded(el: MkPeopleList, predicate: () => unknown, message: string) {
  await waitFor(predicate, message);
  await el.updateComplete;
}

function choose(el: MkPeopleList, name: string, value: string): void {
  const select = root(el).querySelector<HTMLSelectElement>(`#filter-${name}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

describe('<mk-people-list>', () => {
  it('shows the first page newest first, every code as words, names as links to the person', async () => {
    const el = await list('en');
    expect(names(el)).to.deep.equal([
      'Lina Said',
      'Karin Ek',
      'Jamal Osman',
      'Ida Berg',
      'Hassan Ali',
    ]);
    expect(root(el).querySelector('tbody a')?.getAttribute('href')).to.equal('#person=su-12');
    expect(cellsOf(el, 3)).to.deep.equal(['Mentee', 'Mentor', 'Mentee', 'Mentor', 'Mentee']);
    expect(cellsOf(el, 4)).to.deep.equal(['Matched', 'Contacted', 'Confirmed', 'New', 'Matched']);
    expect(text(el, 'tbody tr:nth-child(2) td.occupation')).to.contain('Electricians');
    expect(text(el, 'tbody tr:nth-child(5) td.occupation')).to.contain('Unclassified');
    expect(text(el, '.count')).to.equal('12 people');
    expect(text(el, 'nav')).to.contain('Page 1 of 3');
    expect(text(el, 'h2')).to.equal('People');
  });

  it('speaks Swedish: statuses, roles, occupation groups, counts and pages', async () => {
    const el = await list('sv');
    expect(cellsOf(el, 3)).to.deep.equal(['Adept', 'Mentor', 'Adept', 'Mentor', 'Adept']);
    expect(cellsOf(el, 4)).to.deep.equal(['Matchad', 'Kontaktad', 'Bekräftad', 'Ny', 'Matchad']);
    expect(text(el, 'tbody tr:nth-child(2) td.occupation')).to.contain(
      'Installations- och serviceelektriker',
    );
    expect(text(el, '.count')).to.equal('12 personer');
    expect(text(el, 'nav')).to.contain('Sida 1 av 3');
    expect(text(el, 'h2')).to.equal('Personer');
    expect(root(el).querySelector('label[for="filter-status"]')?.textContent).to.equal('Status');
  });

  it('pages forward and back; the focus stays on the pager, on the other button at an end', async () => {
    const el = await list('en');
    const next = root(el).querySelector<HTMLButtonElement>('button.next')!;
    next.focus();
    await sendKeys({ press: 'Enter' });
    await loaded(el, () => text(el, 'nav').includes('Page 2 of 3'), 'page 2 did not load');
    expect(names(el)[0]).to.equal('Greta Nilsson');
    expect(focused(el)).to.have.class('next');
    await sendKeys({ press: 'Enter' });
    await loaded(el, () => text(el, 'nav').includes('Page 3 of 3'), 'page 3 did not load');
    expect(names(el)).to.deep.equal(['Björn Lind', 'Amal Haddad']);
    // The last page: Next is disabled, so the focus is on Previous.
    expect(focused(el)).to.have.class('previous');
    // The demo people are marked.
    expect(text(el, 'tbody tr:nth-child(1) td:nth-child(2)')).to.contain('Demo');
  });

  it('filters by role, status, occupation group and unclassified, and clears the selection', async () => {
    const el = await list('en');
    choose(el, 'role', 'mentor');
    await loaded(el, () => text(el, '.count') === '5 people', 'the role filter did not apply');
    expect(cellsOf(el, 3).every((role) => role === 'Mentor')).to.equal(true);
    choose(el, 'status', 'contacted');
    await loaded(el, () => text(el, '.count') === '3 people', 'the status filter did not apply');
    choose(el, 'role', '');
    choose(el, 'status', '');
    choose(el, 'occupation', 'unclassified');
    await loaded(el, () => text(el, '.count') === '2 people', 'unclassified did not apply');
    expect(names(el)).to.deep.equal(['Hassan Ali', 'Dawit Tesfaye']);
    choose(el, 'occupation', '2211');
    await loaded(el, () => text(el, '.count') === '3 people', 'the group did not apply');
    const options = [...root(el).querySelectorAll('#filter-occupation option')].map((o) =>
      o.textContent?.trim(),
    );
    expect(options).to.include('Specialist physicians');
    expect(options).to.include('Unclassified');
  });

  it('searches without caring for case or accents, on Enter at once', async () => {
    const el = await list('en');
    const search = root(el).querySelector<HTMLInputElement>('#search')!;
    search.focus();
    await sendKeys({ type: 'LAKARE' });
    await sendKeys({ press: 'Enter' });
    await loaded(el, () => text(el, '.count') === '3 people', 'the search did not apply');
    expect(names(el)).to.deep.equal(['Jamal Osman', 'Cecilia Öberg', 'Amal Haddad']);
    expect(focused(el)).to.equal(search);
  });

  it('says when no one matches, and clears the filters with the focus on the search', async () => {
    const el = await list('en');
    const search = root(el).querySelector<HTMLInputElement>('#search')!;
    search.focus();
    await sendKeys({ type: 'nobody at all' });
    await sendKeys({ press: 'Enter' });
    await loaded(el, () => root(el).querySelector('button.clear'), 'no empty state');
    expect(text(el, '[aria-busy]')).to.contain('No one matches these filters.');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('button.clear')!.click();
    await loaded(el, () => text(el, '.count') === '12 people', 'the filters were not cleared');
    expect(search.value).to.equal('');
    expect(focused(el)).to.equal(search);
  });

  it('says a refused filter in words beside it', async () => {
    const el = await list('sv');
    el.query = { ...el.query, status: 'unknown' };
    await el.reload();
    const error = root(el).querySelector('#error-status');
    expect(error?.textContent).to.contain('förstods inte');
    const select = root(el).querySelector('#filter-status')!;
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(select.getAttribute('aria-describedby')).to.equal('error-status');
    // The page shown before stays.
    expect(names(el)).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('shows a failure with Try again, which loads the list', async () => {
    const el = await list('en', '?fail=1');
    expect(text(el, '.mk-state__error')).to.contain('503');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.mk-state__error button')!.click();
    await loaded(el, () => names(el).length === 5, 'Try again did not load the list');
  });

  it('shows loading until the answer arrives', async () => {
    const hold = `people-loading-${crypto.randomUUID()}`;
    const el = await fixture<MkPeopleList>(
      html`<mk-people-list lang="sv" src=${freshSrc(`?hold=${hold}`)}></mk-people-list>`,
    );
    await waitFor(() => root(el).querySelector('[role="status"].mk-state__loading'), 'no loading');
    await expect(el).to.be.accessible();
    await fetch(`/__mk-test/release/${hold}`, { method: 'POST' });
    await loaded(el, () => names(el).length === 5, 'the list did not load after the release');
  });

  it('withdraws the selected people, and Undo takes it back, the focus following', async () => {
    const el = await list('en');
    const boxes = root(el).querySelectorAll<HTMLInputElement>('tbody input[type="checkbox"]');
    boxes[0]!.focus();
    await sendKeys({ press: ' ' }); // Space
    boxes[2]!.click();
    await el.updateComplete;
    expect(text(el, '.bar .muted')).to.equal('2 selected');
    root(el).querySelector<HTMLButtonElement>('button.withdraw')!.click();
    await loaded(el, () => root(el).querySelector('button.undo'), 'no Undo');
    expect(cellsOf(el, 4)).to.deep.equal(['Withdrawn', 'Contacted', 'Withdrawn', 'New', 'Matched']);
    expect(text(el, '.notice')).to.equal('2 people withdrawn.');
    expect(focused(el)).to.have.class('undo');
    expect(text(el, '.bar .muted')).to.equal('0 selected');
    await sendKeys({ press: 'Enter' });
    await loaded(el, () => text(el, '.notice').startsWith('Undone'), 'Undo did not reinstate them');
    expect(cellsOf(el, 4)).to.deep.equal(['Matched', 'Contacted', 'Confirmed', 'New', 'Matched']);
    expect(text(el, '.notice')).to.equal('Undone: 2 people are back.');
    expect(focused(el)).to.have.class('notice');
  });

  for (const [lang, said] of [
    ['en', 'The data of Ida Berg was erased for good, with their matches.'],
    ['sv', 'Uppgifterna om Ida Berg raderades för gott, med deras matchningar.'],
  ] as const) {
    it(`says whose data the page erased, with the focus there (${lang})`, async () => {
      const el = await list(lang);
      await el.announceErased('Ida Berg');
      expect(text(el, '.notice')).to.equal(said);
      expect(focused(el)).to.have.class('notice');
      expect(root(el).querySelector('button.undo')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('selects a whole page at once', async () => {
    const el = await list('en');
    root(el).querySelector<HTMLInputElement>('thead input[type="checkbox"]')!.click();
    await el.updateComplete;
    expect(text(el, '.bar .muted')).to.equal('5 selected');
  });

  it('asks the page to find a mentor or classify, with the person', async () => {
    const el = await list('en');
    const find = root(el).querySelector<HTMLButtonElement>(
      'button[aria-label="Find a mentor for Jamal Osman"]',
    )!;
    setTimeout(() => find.click());
    const found = await oneEvent(el, 'mk-people-find-mentor');
    expect((found as CustomEvent<PersonActionDetail>).detail).to.deep.equal({
      id: 'su-10',
      name: 'Jamal Osman',
    });
    // A matched mentee is not offered another mentor.
    expect(text(el, 'tbody tr:nth-child(1) td:last-child')).to.equal('');
    const classify = root(el).querySelector<HTMLButtonElement>(
      'button[aria-label="Classify the occupation of Hassan Ali"]',
    )!;
    setTimeout(() => classify.click());
    const classified = await oneEvent(el, 'mk-people-classify');
    expect((classified as CustomEvent<PersonActionDetail>).detail.id).to.equal('su-08');
  });

  it('with manual, asks for nothing until the page calls reload()', async () => {
    const key = `manual-${crypto.randomUUID()}`;
    const el = await fixture<MkPeopleList>(
      html`<mk-people-list
        lang="en"
        manual
        src="/__mk-test/people/${key}/signups"
      ></mk-people-list>`,
    );
    await el.updateComplete;
    const log = async () =>
      (await (await fetch(`/__mk-test/people-log/${key}`)).json()) as string[];
    expect(await log()).to.deep.equal([]);
    expect(names(el)).to.deep.equal([]);
    await el.reload();
    expect(names(el)).to.have.length(5);
    expect(await log()).to.deep.equal(['GET /signups?page=1&facets=1']);
  });

  for (const lang of ['sv', 'en']) {
    it(`passes axe with people listed (${lang})`, async () => {
      const el = await list(lang);
      await expect(el).to.be.accessible();
    });
  }
});

// Forced colours, dark and target size, as for the widgets.
a11yPasses('<mk-people-list> filled', () => list('en'));
