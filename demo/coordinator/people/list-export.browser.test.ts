// <mk-people-list>'s export control in a real browser: "Export these N as CSV" (and the
// Swedish Excel variant) asks the CSV route for the list's filters, search and sort; with rows
// selected, "Export the N selected" asks for their ids; the file is saved under the server's
// name and the notice says so, or says why not (in words, in Swedish and English); no button
// when no one is listed; axe in each state.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { afterEach, beforeEach, describe, it } from '../../../widgets/src/shared/testing/mocha.ts';
import { waitFor } from '../../../widgets/src/shared/testing/wait.ts';
import './define-people-list.ts';
import type { MkPeopleList } from './people-list.ts';
import { fakeCsv } from './testing/fake-csv.ts';
import type { FakeCsv } from './testing/fake-csv.ts';

let csv: FakeCsv;
const downloads: string[] = [];
/** Keeps the export's link from downloading; the test reads the file name it carries. */
const catchDownload = (event: MouseEvent) => {
  const link = event.target;
  if (link instanceof HTMLAnchorElement && link.download) {
    event.preventDefault();
    downloads.push(link.download);
  }
};

beforeEach(() => {
  csv = fakeCsv();
  downloads.length = 0;
  document.addEventListener('click', catchDownload, true);
});
afterEach(() => {
  csv.restore();
  document.removeEventListener('click', catchDownload, true);
});

async function list(lang: string): Promise<MkPeopleList> {
  const src = `/__mk-test/people/export-${crypto.randomUUID()}/signups`;
  const el = await fixture<MkPeopleList>(
    html`<mk-people-list lang=${lang} src=${src}></mk-people-list>`,
  );
  await waitFor(() => el.shadowRoot?.querySelector('tbody tr'), 'the list did not load');
  await el.updateComplete;
  return el;
}

const root = (el: MkPeopleList) => el.shadowRoot!;
const text = (el: MkPeopleList, selector: string) =>
  root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (el: MkPeopleList, name: 'export-csv' | 'export-excel') =>
  root(el).querySelector<HTMLButtonElement>(`button.${name}`);
const asked = (index: number) => Object.fromEntries(csv.asked[index]!);

async function settled(el: MkPeopleList, predicate: () => unknown, message: string) {
  await waitFor(predicate, message);
  await el.updateComplete;
}

function choose(el: MkPeopleList, name: string, value: string): void {
  const select = root(el).querySelector<HTMLSelectElement>(`#filter-${name}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

describe("<mk-people-list>'s export", () => {
  it('exports the filtered list with its filters and sort, by keyboard, the focus staying', async () => {
    const el = await list('en');
    expect(text(el, 'button.export-csv')).to.equal('Export these 12 as CSV');
    choose(el, 'role', 'mentor');
    await settled(el, () => text(el, '.count') === '5 people', 'the role filter did not apply');
    choose(el, 'sort', 'name');
    await settled(el, () => el.query.sort === 'name' && text(el, '.count'), 'no sort');
    expect(text(el, 'button.export-csv')).to.equal('Export these 5 as CSV');
    expect(text(el, 'button.export-excel')).to.equal('Export these 5 as CSV for Swedish Excel');

    button(el, 'export-csv')!.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el, () => downloads.length === 1, 'no file was saved');
    expect(asked(0)).to.deep.equal({ role: 'mentor', sort: 'name' });
    expect(downloads).to.deep.equal(['signups-2026-12-03.csv']);
    await settled(el, () => text(el, '.notice').includes('downloaded'), 'no notice');
    expect(text(el, '.notice')).to.equal('The file signups-2026-12-03.csv was downloaded.');
    expect(root(el).activeElement).to.equal(button(el, 'export-csv'));

    button(el, 'export-excel')!.click();
    await settled(el, () => downloads.length === 2, 'no Excel file was saved');
    expect(asked(1)).to.deep.equal({ role: 'mentor', sort: 'name', dialect: 'excel-sv' });
    expect(downloads[1]).to.equal('signups-2026-12-03-excel.csv');
    await expect(el).to.be.accessible();
  });

  it('exports the search as typed', async () => {
    const el = await list('en');
    const search = root(el).querySelector<HTMLInputElement>('#search')!;
    search.focus();
    await sendKeys({ type: 'lakare' });
    await sendKeys({ press: 'Enter' });
    await settled(el, () => text(el, '.count') === '3 people', 'the search did not apply');
    button(el, 'export-csv')!.click();
    await settled(el, () => downloads.length === 1, 'no file was saved');
    expect(asked(0)).to.deep.equal({ q: 'lakare' });
  });

  it('exports the people selected, by their ids, in Swedish', async () => {
    const el = await list('sv');
    expect(text(el, 'button.export-csv')).to.equal('Exportera dessa 12 som CSV');
    const boxes = root(el).querySelectorAll<HTMLInputElement>('tbody input[type="checkbox"]');
    boxes[0]!.click();
    await el.updateComplete;
    expect(text(el, 'button.export-csv')).to.equal('Exportera den valda som CSV');
    boxes[2]!.click();
    await el.updateComplete;
    expect(text(el, 'button.export-csv')).to.equal('Exportera de 2 valda som CSV');
    expect(text(el, 'button.export-excel')).to.equal(
      'Exportera de 2 valda som CSV för svenska Excel',
    );
    button(el, 'export-excel')!.click();
    await settled(el, () => downloads.length === 1, 'no file was saved');
    expect(asked(0)).to.deep.equal({ ids: 'su-12,su-10', dialect: 'excel-sv' });
    await settled(el, () => text(el, '.notice').startsWith('Filen'), 'no notice');
    expect(text(el, '.notice')).to.equal('Filen signups-2026-12-03-excel.csv laddades ner.');
    await expect(el).to.be.accessible();
  });

  for (const [lang, failed, tooMany] of [
    [
      'en',
      'The file could not be downloaded. Try again.',
      'At most 500 selected people can be exported at once. Select fewer, or clear the selection and export the whole list.',
    ],
    [
      'sv',
      'Filen kunde inte laddas ner. Försök igen.',
      'Högst 500 valda kan exporteras åt gången. Välj färre, eller avmarkera alla och exportera hela listan.',
    ],
  ] as const) {
    it(`says in words why no file came (${lang})`, async () => {
      const el = await list(lang);
      csv.failNext(500);
      button(el, 'export-csv')!.click();
      await settled(el, () => text(el, '.notice') === failed, 'no failure said');
      expect(downloads).to.deep.equal([]);
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLInputElement>('tbody input[type="checkbox"]')!.click();
      await el.updateComplete;
      csv.failNext(400);
      button(el, 'export-csv')!.click();
      await settled(el, () => text(el, '.notice') === tooMany, 'the refusal not said');
      // Trying again works.
      button(el, 'export-csv')!.click();
      await settled(el, () => downloads.length === 1, 'trying again saved nothing');
    });
  }

  for (const lang of ['en', 'sv']) {
    it(`offers no export when no one is listed (${lang})`, async () => {
      const el = await list(lang);
      const search = root(el).querySelector<HTMLInputElement>('#search')!;
      search.focus();
      await sendKeys({ type: 'nobody at all' });
      await sendKeys({ press: 'Enter' });
      await settled(el, () => root(el).querySelector('button.clear'), 'no empty state');
      expect(button(el, 'export-csv')).to.equal(null);
      expect(button(el, 'export-excel')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});
