// An organisation's own glossary imported on the options page: errors by line and nothing
// stored for a bad file; a good file's terms answer lookups before the bundled ones of the same
// lemma; export; remove with undo.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, OPTIONS_PATH, type WithChrome } from '../../support/extension.ts';

const HEADER = 'id,lemma,forms,partOfSpeech,domain,explanation_sv,explanation_en,related';
const GOOD = `${HEADER}
ob-tillagg,OB-tillägg,OB-tillägget,noun,pay,Hos oss: 40 kronor extra per timme på kvällar.,With us: 40 kronor extra per hour in the evenings.,lon
skankvagn,skänkvagn,skänkvagnen|skänkvagnar,noun,foundry,En vagn som bär skänken med smält metall.,A cart that carries the ladle of molten metal.,
`;
const BAD = `${HEADER}
ok-term,gjutlåda,,noun,foundry,En låda för formen.,A moulding box.,
bad-term,,,noun,nowhere,Saknar ord.,Missing lemma.,
`;

async function lookUp(page: Page, text: string): Promise<unknown> {
  return page.evaluate(async (text) => {
    const { chrome } = globalThis as unknown as WithChrome;
    return chrome.runtime.sendMessage({ type: 'lookup-term', text });
  }, text);
}

test('imports an organisation glossary whose terms come first; bad files change nothing', async ({
  context,
  extensionUrl,
}) => {
  const options = await context.newPage();
  await options.goto(extensionUrl(OPTIONS_PATH));
  const section = options.locator('section.packs');
  await expect(section.getByText('No glossaries imported yet.')).toBeVisible();
  const file = section.getByLabel('Import a glossary file (CSV or JSON)');

  await file.setInputFiles({ name: 'gjuteri.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD) });
  const alert = section.getByRole('alert');
  await expect(alert).toContainText('Nothing was imported from gjuteri.csv');
  await expect(alert.getByRole('listitem').first()).toContainText('Line 3');
  await expect(section.getByText('No glossaries imported yet.')).toBeVisible();

  await file.setInputFiles({
    name: 'Gjuteri AB.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(GOOD),
  });
  await expect(section.getByRole('status')).toContainText('(terms: 2)');
  await expect(section.getByRole('listitem')).toHaveCount(1);
  expect(
    (await new AxeBuilder({ page: options }).include('section.packs').analyze()).violations,
  ).toEqual([]);

  // The pack's term first, then the bundled one of the same lemma, each named.
  await expect
    .poll(async () => {
      const answer = (await lookUp(options, 'OB-tillägget')) as {
        data?: { entries: { lemma: string; pack?: string }[] };
      };
      return answer.data?.entries.map((entry) => [entry.lemma, entry.pack ?? 'bundled']);
    })
    .toEqual([
      ['OB-tillägg', expect.stringMatching(/Gjuteri AB/)],
      ['OB-tillägg', 'bundled'],
    ]);

  // Export gives the pack back in the import format.
  const [csv] = await Promise.all([
    options.waitForEvent('download'),
    section.getByRole('button', { name: /Export .* as CSV/ }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);

  // Remove, then undo.
  await section.getByRole('button', { name: /^Remove / }).click();
  await expect(section.getByText('No glossaries imported yet.')).toBeVisible();
  await expect
    .poll(
      async () =>
        ((await lookUp(options, 'skänkvagnen')) as { data?: { entries: [] } }).data?.entries.length,
    )
    .toBe(0);
  await section.getByRole('button', { name: 'Undo' }).click();
  await expect(section.getByRole('listitem')).toHaveCount(1);
  await expect
    .poll(async () => {
      const answer = (await lookUp(options, 'skänkvagnen')) as {
        data?: { entries: { lemma: string }[] };
      };
      return answer.data?.entries[0]?.lemma;
    })
    .toBe('skänkvagn');
});
