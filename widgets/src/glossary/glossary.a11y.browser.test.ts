/** Forced colours, dark and target size (issue 24) for the glossary with results and a card. */
import { a11yPasses } from '../shared/testing/a11y-passes.ts';
import { waitFor } from '../shared/testing/wait.ts';
import { PARTNER_PACK, cardTerm, jsonUrl, loaded, mount, search } from './testing/fixtures.ts';

a11yPasses('<mk-glossary> results and a card', async () => {
  const el = await loaded(
    await mount({ lang: 'ar', src: jsonUrl(PARTNER_PACK), withoutHash: true }),
  );
  el.term = 'kokill';
  await search(el, 'kokill');
  await waitFor(() => cardTerm(el) === 'kokill', 'the card did not open');
  return el;
});
