// Issue 21: the term card says "Reviewed by a person" only for a translation a person reviewed,
// and "Machine-assisted translation" for every other. An organisation's pack marks its own
// translations reviewed or not; the bundled glossary's come from packages/glossary/reviews/.
import { expect, test, OPTIONS_PATH, POPUP_PATH } from '../../support/extension.ts';
import { setMenteeLanguage } from './lookup-helpers.ts';

const term = (id: string, lemma: string, text: string, reviewed: boolean) => ({
  id,
  lemma,
  forms: [],
  partOfSpeech: 'noun',
  domain: 'foundry',
  explanation: { sv: `Ett ord i gjuteriet: ${lemma}.`, en: `A foundry word: ${lemma}.` },
  translations: { ar: { text, reviewed } },
});
const PACK = {
  name: 'Gjuteriets ord',
  terms: [
    term('kokill', 'kokill', 'قالب معدني', true),
    term('gjutlada', 'gjutlåda', 'صندوق القالب', false),
  ],
};

test('the card says "reviewed" for a reviewed translation only', async ({
  context,
  extensionUrl,
  serviceWorker,
}) => {
  const options = await context.newPage();
  await options.goto(extensionUrl(OPTIONS_PATH));
  const section = options.locator('section.packs');
  await section.getByLabel('Import a glossary file (CSV or JSON)').setInputFiles({
    name: 'gjuteri.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(PACK)),
  });
  await expect(section.getByRole('status')).toContainText('(terms: 2)');
  await setMenteeLanguage(serviceWorker, 'ar');

  const popup = await context.newPage();
  await popup.goto(extensionUrl(POPUP_PATH));
  const search = popup.locator('#glossary-search');
  const card = popup.locator('article.card');

  await search.fill('kokill');
  await search.press('Enter');
  await expect(card.locator('.mentee-term')).toHaveText('قالب معدني');
  await expect(card.locator('.reviewed')).toHaveText('Reviewed by a person.');
  await expect(card.locator('.machine')).toHaveCount(0);

  await search.fill('gjutlåda');
  await search.press('Enter');
  await expect(card.locator('.mentee-term')).toHaveText('صندوق القالب');
  await expect(card.locator('.machine')).toContainText('Machine-assisted translation');
  await expect(card.locator('.reviewed')).toHaveCount(0);
});
