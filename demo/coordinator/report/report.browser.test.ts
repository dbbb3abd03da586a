// <mk-report> in a real browser against a fake coordinator API (testing/fake-report-api.ts):
// every figure in words in Swedish and English (programmes by name, denominators said, hidden
// counts as such, numbers, shares and months in the page's language), tables with captions and
// header cells, the chart's description, loading, empty and failed states with Try again,
// Refresh and the CSV downloads with the focus where it was, and axe in every state.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { a11yPasses } from '../../../widgets/src/shared/testing/a11y-passes.ts';
import { afterEach, beforeEach, describe, it } from '../../../widgets/src/shared/testing/mocha.ts';
import { waitFor } from '../../../widgets/src/shared/testing/wait.ts';
import './define-report.ts';
import type { MkReport } from './report.ts';
import { fakeReportApi } from './testing/fake-report-api.ts';
import type { FakeReportApi } from './testing/fake-report-api.ts';
import { EMPTY_REPORT, HOSTILE_NAME, PROGRAMMES, REPORT } from './testing/report-fixtures.ts';

let api: FakeReportApi;
const downloads: string[] = [];
/** Keeps the CSV links from downloading; the test reads the file name they carry. */
const catchDownload = (event: MouseEvent) => {
  const link = event.target;
  if (link instanceof HTMLAnchorElement && link.download) {
    event.preventDefault();
    downloads.push(link.download);
  }
};

beforeEach(() => {
  api = fakeReportApi(REPORT, PROGRAMMES);
  downloads.length = 0;
  document.addEventListener('click', catchDownload, true);
});
afterEach(() => {
  api.restore();
  document.removeEventListener('click', catchDownload, true);
});

const root = (el: MkReport) => el.shadowRoot!;
/** Text as read, with Intl's no-break spaces ("67 %", "1 234") as plain ones. */
const squash = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const text = (el: MkReport, selector: string) =>
  squash(root(el).querySelector(selector)?.textContent);
const all = (el: MkReport, selector: string) =>
  [...root(el).querySelectorAll(selector)].map((node) => squash(node.textContent));
const article = (el: MkReport, programme: string) =>
  root(el).querySelector<HTMLElement>(`article[data-programme="${programme}"]`)!;
const cell = (scope: ParentNode, selector: string) =>
  squash(scope.querySelector(selector)?.textContent);
const focused = (el: MkReport) => root(el).activeElement;
/** Chooses the option labelled `label`, as a keyboard or a pointer would (a change event). */
function choose(select: HTMLSelectElement, label: string): void {
  const option = [...select.options].find((candidate) => squash(candidate.textContent) === label);
  select.value = option!.value;
  select.dispatchEvent(new Event('change'));
}

async function settled(el: MkReport): Promise<MkReport> {
  await waitFor(
    () => root(el).querySelector('.report-content, .mk-state__error'),
    'the report or a failure',
  );
  await el.updateComplete;
  return el;
}

async function report(lang: string): Promise<MkReport> {
  const el = await fixture<MkReport>(html`<mk-report lang=${lang}></mk-report>`);
  return settled(el);
}

a11yPasses('<mk-report> filled, in Swedish', () => report('sv'));
a11yPasses('<mk-report> filled, in English', () => report('en'));

describe('<mk-report>', () => {
  it('shows each programme by name with the headline, its denominator in Swedish words', async () => {
    const el = await report('sv');
    expect(text(el, 'h2')).to.equal('Rapport');
    expect(all(el, 'article h3')).to.deep.equal([
      'Akademikerförbundets mentorprogram',
      `${HOSTILE_NAME} Demo`,
      'Utan program',
      'Program gone-2025',
    ]);
    const union = article(el, 'union-2026');
    expect(cell(union, '.report-headline')).to.equal(
      '67 % av de 15 adepter som svarade efter 12 månader har ett kvalificerat jobb',
    );
    expect(squash(union.textContent)).not.to.contain('union-2026');
    expect(text(el, '.report-as-of')).to.equal('Siffrorna gäller 23 nov. 2026 10:00.');
    // Programmes without follow-ups say so, and have no headline.
    const none = article(el, '');
    expect(cell(none, '.report-no-rounds')).to.equal('Inga uppföljningar har skickats än.');
    expect(none.querySelector('.report-headline')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('counts the matches by cohort in Swedish: month names, hidden counts, numbers', async () => {
    const el = await report('sv');
    const union = article(el, 'union-2026');
    const table = union.querySelector('table.report-cohorts')!;
    expect(squash(table.querySelector('caption')?.textContent)).to.equal(
      'Matchningar per kohort, den månad de föreslogs (svensk tid): Akademikerförbundets mentorprogram',
    );
    expect(
      [...table.querySelectorAll('thead th')].map((th) => squash(th.textContent)),
    ).to.deep.equal([
      'Kohort',
      'Föreslagna',
      'Väntar på svar',
      'Accepterade av båda',
      'Pågår nu',
      'Pausade',
      'Avslutade',
      'Stängda',
      'varav avböjda',
      'Genomförda träffar',
    ]);
    const row = table.querySelector('tr[data-cohort="2026-01"]')!;
    expect(cell(row, 'th[scope="row"]')).to.equal('januari 2026');
    expect(cell(row, '[data-measure="proposed"]')).to.equal('20');
    expect(cell(row, '[data-measure="waiting"]')).to.equal('dolt');
    expect(cell(row, '[data-measure="meetingsHeld"]')).to.equal('1 234');
    // The denominators in words, which the table names as its description.
    const note = root(el).getElementById(table.getAttribute('aria-describedby')!);
    expect(squash(note?.textContent)).to.contain('av dem som föreslogs den månaden');
    // A count that stands alone under 5 says so; the demo programme is apart, with its badge.
    const demo = article(el, 'welders-demo');
    expect(demo.dataset['demo']).to.equal('yes');
    expect(cell(demo, '[data-measure="proposed"]')).to.equal('färre än 5');
    expect(cell(demo, '[data-measure="closed"]')).to.equal('dolt');
    expect(cell(demo, 'th[scope="row"]')).to.equal('november 2026');
  });

  it('shows the follow-ups by round in Swedish, "how much it helped" in the form’s words', async () => {
    const el = await report('sv');
    const table = article(el, 'union-2026').querySelector('table.report-rounds')!;
    expect(squash(table.querySelector('caption')?.textContent)).to.equal(
      'Adepternas uppföljningar per omgång, antal (andel av dem som svarade): Akademikerförbundets mentorprogram',
    );
    expect(
      [...table.querySelectorAll('thead th')].map((th) => squash(th.textContent)),
    ).to.deep.equal([
      'Månader efter start',
      'Tillfrågade',
      'Svarade',
      'Kvalificerat jobb',
      'Annat jobb',
      'Studier',
      'Söker arbete',
      'Annat',
      'Hjälpte: mycket',
      'Hjälpte: en del',
      'Hjälpte: lite',
      'Hjälpte: inte alls',
    ]);
    for (const th of table.querySelectorAll('thead th'))
      expect(th.getAttribute('scope')).to.equal('col');
    const twelve = table.querySelector('tr[data-round="12"]')!;
    expect(cell(twelve, 'th[scope="row"]')).to.equal('12 månader');
    expect(cell(twelve, '[data-measure="asked"]')).to.equal('20');
    expect(cell(twelve, '[data-measure="answered"]')).to.equal('15');
    expect(cell(twelve, '[data-value="qualified-job"]')).to.equal('10 (67 %)');
    expect(cell(twelve, '[data-value="a-lot"]')).to.equal('9 (60 %)');
    expect(cell(twelve, '[data-value="other-job"]')).to.equal('dolt');
    const three = table.querySelector('tr[data-round="3"]')!;
    expect(cell(three, '[data-measure="answered"]')).to.equal('färre än 5');
    expect(cell(three, '[data-value="qualified-job"]')).to.equal('för få svar');
    const note = root(el).getElementById(table.getAttribute('aria-describedby')!);
    expect(squash(note?.textContent)).to.contain('av dem som svarade, inte av de tillfrågade');
  });

  it('speaks English: the headline, cohorts, rounds and the chart described in words', async () => {
    const el = await report('en');
    expect(text(el, 'h2')).to.equal('Report');
    const union = article(el, 'union-2026');
    expect(cell(union, '.report-headline')).to.equal(
      '67% of the 15 mentees who answered after 12 months are in qualified jobs',
    );
    expect(cell(union, 'tr[data-cohort="2026-01"] th')).to.equal('January 2026');
    expect(cell(union, 'tr[data-cohort="2026-01"] [data-measure="meetingsHeld"]')).to.equal(
      '1,234',
    );
    expect(cell(union, 'tr[data-round="12"] [data-value="qualified-job"]')).to.equal('10 (67%)');
    expect(cell(union, 'tr[data-round="3"] [data-value="qualified-job"]')).to.equal(
      'too few answers',
    );
    expect(cell(union, '.report-rounds thead th:last-child')).to.equal('Helped: not at all');
    expect(cell(article(el, ''), 'h3')).to.equal('No programme');
    expect(cell(article(el, 'gone-2025'), 'h3')).to.equal('Programme gone-2025');
    // The chart: one image named and described in words, a pattern per situation, labels.
    const chart = union.querySelector('svg[role="img"]')!;
    const title = root(el).getElementById(chart.getAttribute('aria-labelledby')!);
    const desc = root(el).getElementById(chart.getAttribute('aria-describedby')!);
    expect(squash(title?.textContent)).to.equal(
      'Mentees’ work situation at each follow-up: Akademikerförbundets mentorprogram',
    );
    expect(squash(desc?.textContent)).to.equal(
      '3 months: fewer than 5 answered, too few to show shares. 12 months: 15 answered; Qualified job 67%, Hidden 33%.',
    );
    expect(chart.querySelectorAll('pattern')).to.have.length(6);
    const labels = [...chart.querySelectorAll('text')].map((node) => squash(node.textContent));
    expect(labels).to.include('Qualified job 67%');
    expect(labels).to.include('fewer than 5 answered: no shares shown');
    // Each segment filled with its own pattern, found in the element's own tree.
    const fill = chart.querySelector('.report-segment-qualified-job')!.getAttribute('fill')!;
    const patternId = /^url\(#(.+)\)$/.exec(fill)![1]!;
    expect(root(el).getElementById(patternId)?.localName).to.equal('pattern');
  });

  it('describes the chart in Swedish too', async () => {
    const el = await report('sv');
    const chart = article(el, 'union-2026').querySelector('svg[role="img"]')!;
    const desc = root(el).getElementById(chart.getAttribute('aria-describedby')!);
    expect(squash(desc?.textContent)).to.equal(
      '3 månader: färre än 5 svarade, för få för att visa andelar. 12 månader: 15 svarade; Kvalificerat jobb 67 %, Dolt 33 %.',
    );
  });

  it('shows no code and runs no markup from a programme’s name', async () => {
    const el = await report('en');
    const shown = squash(root(el).textContent);
    for (const code of ['qualified-job', 'a-lot', 'not-at-all', 'union-2026', 'welders-demo']) {
      expect(shown, code).not.to.contain(code);
    }
    expect(root(el).querySelector('img')).to.equal(null);
    expect((window as { __reportHacked?: number }).__reportHacked).to.equal(undefined);
    expect(text(el, 'article[data-demo="yes"] h3')).to.contain(HOSTILE_NAME);
  });

  for (const [lang, said] of [
    ['sv', 'Inga matchningar ännu: det finns inget att rapportera.'],
    ['en', 'No matches yet: nothing to report.'],
  ] as const) {
    it(`says when there is nothing to report (${lang})`, async () => {
      api.report = EMPTY_REPORT;
      const el = await report(lang);
      expect(text(el, '.report-empty-state')).to.equal(said);
      expect(root(el).querySelector('article')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it(`says it is loading until the report arrives (${lang})`, async () => {
      api.hold();
      const el = await fixture<MkReport>(html`<mk-report lang=${lang}></mk-report>`);
      await waitFor(() => root(el).querySelector('[role="status"].mk-state__loading'), 'loading');
      expect(text(el, '.mk-state__loading')).to.equal(lang === 'sv' ? 'Laddar …' : 'Loading …');
      await expect(el).to.be.accessible();
      api.release();
      await settled(el);
      expect(root(el).querySelectorAll('article')).to.have.length(4);
    });
  }

  for (const [lang, title, body] of [
    ['sv', 'Rapporten kunde inte laddas', 'Servern svarade med ett fel (500).'],
    ['en', 'The report could not be loaded', 'The server answered with an error (500).'],
  ] as const) {
    it(`says a failed load in words, and Try again loads it with the focus on the heading (${lang})`, async () => {
      api.failNext(500);
      const el = await report(lang);
      expect(text(el, '[role="alert"] .mk-state__title')).to.equal(title);
      expect(text(el, '[role="alert"]')).to.contain(body);
      await expect(el).to.be.accessible();
      const retry = root(el).querySelector<HTMLButtonElement>('.mk-state__error button')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => root(el).querySelector('article'), 'Try again did not load the report');
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('report-heading');
      expect(root(el).querySelector('.mk-state__error')).to.equal(null);
    });
  }

  it('tells the page when the session has ended', async () => {
    api.failNext(401);
    const el = fixture<MkReport>(html`<mk-report lang="en"></mk-report>`);
    const ended = await oneEvent(document, 'mk-report-session-ended');
    expect(ended.composed).to.equal(true);
    await settled(await el);
    expect(text(await el, '[role="alert"] .mk-state__title')).to.equal(
      'Your session has ended. Sign in again to go on.',
    );
  });

  it('refreshes with the figures kept meanwhile, then says from when they are', async () => {
    const el = await report('sv');
    const refresh = root(el).querySelector<HTMLButtonElement>('#report-refresh')!;
    api.hold();
    api.report = { ...REPORT, generatedAt: '2026-11-24T13:30:00.000Z' };
    refresh.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => text(el, '.report-content[aria-busy="true"]'), 'no busy state');
    expect(root(el).querySelectorAll('article')).to.have.length(4);
    await expect(el).to.be.accessible();
    api.release();
    await waitFor(() => text(el, '.notice'), 'no notice after the refresh');
    expect(text(el, '.notice')).to.equal(
      'Rapporten är uppdaterad: siffrorna gäller 24 nov. 2026 14:30.',
    );
    expect(text(el, '.report-as-of')).to.equal('Siffrorna gäller 24 nov. 2026 14:30.');
    expect(focused(el)).to.equal(refresh);
    expect(
      api.requests.filter((request) => request === 'GET /api/coordinator/report'),
    ).to.have.length(2);
  });

  it('downloads the report as CSV and for Swedish Excel, the focus staying on the button', async () => {
    const el = await report('en');
    const csv = root(el).querySelector<HTMLButtonElement>('#report-csv')!;
    csv.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => text(el, '.notice'), 'no notice after the download');
    expect(downloads).to.deep.equal(['report-2026-11-23.csv']);
    expect(text(el, '.notice')).to.equal(
      'The report was downloaded as CSV (report-2026-11-23.csv).',
    );
    expect(focused(el)).to.equal(csv);
    root(el).querySelector<HTMLButtonElement>('#report-csv-excel')!.click();
    await waitFor(() => downloads.length === 2, 'no second download');
    expect(downloads[1]).to.equal('report-2026-11-23-excel.csv');
    expect(api.requests).to.include('GET /api/coordinator/report.csv?dialect=excel-sv');
    await expect(el).to.be.accessible();
  });

  it('says a failed download in words, and a session that ended to the page', async () => {
    const el = await report('sv');
    api.failNext(500, 'csv');
    root(el).querySelector<HTMLButtonElement>('#report-csv')!.click();
    await waitFor(() => root(el).querySelector('p.error[role="alert"]'), 'no failure said');
    expect(text(el, 'p.error')).to.equal(
      'Rapporten kunde inte laddas ner. Försök igen om en stund.',
    );
    expect(downloads).to.deep.equal([]);
    await expect(el).to.be.accessible();
    api.failNext(401, 'csv');
    setTimeout(() => root(el).querySelector<HTMLButtonElement>('#report-csv')!.click());
    await oneEvent(el, 'mk-report-session-ended');
    await waitFor(() => text(el, 'p.error').includes('inloggning'), 'no session ended said');
  });

  it('lets an administrator narrow the report to one programme, or to no programme', async () => {
    const el = await report('sv');
    const select = root(el).querySelector<HTMLSelectElement>('#report-programme')!;
    expect(text(el, 'label[for="report-programme"]')).to.equal('Program');
    expect([...select.options].map((option) => squash(option.textContent))).to.deep.equal([
      'Alla program',
      'Akademikerförbundets mentorprogram',
      HOSTILE_NAME,
      'Utan program',
    ]);
    select.focus();
    choose(select, 'Akademikerförbundets mentorprogram');
    await waitFor(() => root(el).querySelectorAll('article').length === 1, 'not narrowed');
    expect(article(el, 'union-2026')).to.not.equal(null);
    expect(api.requests).to.include('GET /api/coordinator/report?programme=union-2026');
    expect(focused(el)).to.equal(select);
    // The CSV is of what is shown.
    root(el).querySelector<HTMLButtonElement>('#report-csv')!.click();
    await waitFor(() => downloads.length === 1, 'no download');
    expect(api.requests).to.include(
      'GET /api/coordinator/report.csv?dialect=rfc4180&programme=union-2026',
    );
    choose(select, 'Utan program');
    await waitFor(() => article(el, ''), 'no programme not shown');
    expect(root(el).querySelectorAll('article')).to.have.length(1);
    expect(api.requests).to.include('GET /api/coordinator/report?programme=');
    await expect(el).to.be.accessible();
  });

  it('lets a coordinator of two programmes see the second, and says a refused one beside the choice', async () => {
    api.restore();
    const theirs = ['union-2026', 'welders-demo'];
    api = fakeReportApi(REPORT, PROGRAMMES, theirs);
    const el = await report('en');
    const select = root(el).querySelector<HTMLSelectElement>('#report-programme')!;
    select.focus();
    // Their first by default (the server's), no "All programmes": that is not what they see.
    expect([...select.options].map((option) => squash(option.textContent))).to.deep.equal([
      'Akademikerförbundets mentorprogram',
      HOSTILE_NAME,
    ]);
    expect(all(el, 'article h3')).to.deep.equal(['Akademikerförbundets mentorprogram']);
    choose(select, HOSTILE_NAME);
    await waitFor(() => article(el, 'welders-demo'), 'the second programme not shown');
    expect(root(el).querySelectorAll('article')).to.have.length(1);
    // The programme is no longer theirs when they come back to it.
    choose(select, 'Akademikerförbundets mentorprogram');
    await waitFor(() => article(el, 'union-2026'), 'the first programme not shown');
    theirs.pop();
    choose(select, HOSTILE_NAME);
    await waitFor(() => root(el).querySelector('#error-report-programme'), 'no refusal said');
    expect(text(el, '#error-report-programme')).to.equal(
      'This programme cannot be shown. Choose another.',
    );
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(select.getAttribute('aria-describedby')).to.equal('error-report-programme');
    // No figures of another programme under this one's name.
    expect(root(el).querySelector('article')).to.equal(null);
    await expect(el).to.be.accessible();
    choose(select, 'Akademikerförbundets mentorprogram');
    await waitFor(() => article(el, 'union-2026'), 'the first programme not shown again');
    expect(root(el).querySelector('#error-report-programme')).to.equal(null);
    // Theirs is one programme now: no choice left, and the focus on the report's heading.
    expect(root(el).querySelector('#report-programme')).to.equal(null);
    expect(focused(el)?.id).to.equal('report-heading');
  });

  it('clears the refusal beside the choice once a programme shows', async () => {
    api.restore();
    api = fakeReportApi(REPORT, PROGRAMMES, ['union-2026', 'welders-demo']);
    const el = await report('sv');
    const select = root(el).querySelector<HTMLSelectElement>('#report-programme')!;
    api.failNext(404);
    choose(select, HOSTILE_NAME);
    await waitFor(() => root(el).querySelector('#error-report-programme'), 'no refusal said');
    expect(text(el, '#error-report-programme')).to.equal(
      'Det här programmet går inte att visa. Välj ett annat.',
    );
    await expect(el).to.be.accessible();
    choose(select, HOSTILE_NAME);
    await waitFor(() => article(el, 'welders-demo'), 'the programme not shown');
    expect(root(el).querySelector('#error-report-programme')).to.equal(null);
    expect(select.getAttribute('aria-invalid')).to.equal('false');
  });

  it('offers no choice to a coordinator of one programme', async () => {
    api.restore();
    api = fakeReportApi(REPORT, PROGRAMMES, ['union-2026']);
    const el = await report('sv');
    expect(root(el).querySelector('#report-programme')).to.equal(null);
    expect(all(el, 'article h3')).to.deep.equal(['Akademikerförbundets mentorprogram']);
  });

  it('with manual, asks for nothing until the page calls reload()', async () => {
    const el = await fixture<MkReport>(html`<mk-report lang="en" manual></mk-report>`);
    await el.updateComplete;
    expect(api.requests).to.deep.equal([]);
    expect(root(el).querySelector('article')).to.equal(null);
    await el.reload();
    expect(root(el).querySelectorAll('article')).to.have.length(4);
    expect(api.requests).to.have.members([
      'GET /api/coordinator/report',
      'GET /api/coordinator/programmes',
    ]);
  });
});
