// The extension's side of highlighting a page the mentor turned on: the content script sends the
// page's text nodes to the service worker in batches (at most MAX_FIND_TERMS_CHARS characters
// per `find-terms` message) and gets offsets back. This measures the service worker's part for
// a 1 MB page cut into paragraph-sized text nodes; the content script's Range work is measured
// in the browser by tests/e2e/extension/lookup-sites.spec.ts.
import { createLookupService } from '../../extension/src/features/lookup/glossary.ts';
import { createGlossary } from '../../packages/glossary/src/glossary.ts';
import { MAX_FIND_TERMS_CHARS, MAX_FIND_TERMS_TEXTS } from '../../extension/src/shared/messages.ts';
import { cycle, defineBenchmarks } from './benchmark.ts';

const service = createLookupService();

const paragraphs = [
  'Enligt kollektivavtalet får du OB-tillägg på kvällar och helger.',
  'Under provanställningen gäller lagen om anställningsskydd, och uppsägningstiden står i anställningsavtalet.',
  'Om du blir sjuk gör du en sjukanmälan till din närmaste chef; karensavdraget syns sedan på lönespecifikationen.',
  'Skyddsombudet och arbetsmiljön diskuteras på arbetsplatsträffen.',
  'Efter fikan går vi igenom veckoschemat, semesterersättningen och lönekollektivavtalet.',
];
const textNodes: string[] = [];
for (let chars = 0, i = 0; chars < 1_000_000; i++) {
  const text = cycle(paragraphs, i);
  textNodes.push(text);
  chars += text.length;
}

/** The batches the highlighter sends for that page. */
const batches: string[][] = [];
let batch: string[] = [];
let batchChars = 0;
for (const text of textNodes) {
  const full =
    batchChars + text.length > MAX_FIND_TERMS_CHARS || batch.length >= MAX_FIND_TERMS_TEXTS;
  if (full && batch.length > 0) {
    batches.push(batch);
    batch = [];
    batchChars = 0;
  }
  batch.push(text);
  batchChars += text.length;
}
if (batch.length > 0) batches.push(batch);

// The baseline (issue 23): one offsets-only scan of the same page's text, joined as the service
// worker joins a batch, with the index the service uses. What the highlight costs beyond it is
// the batching, the joining and handing the offsets back piece by piece.
const { index } = createGlossary();
const wholePage = textNodes.join('\n');
const OFFSETS_ONLY_SCAN = 'highlight: baseline, an offsets-only scan of the same 1 MB of text';

export default defineBenchmarks([
  {
    name: `highlight: service worker finds terms in a 1 MB page (${textNodes.length} text nodes, ${batches.length} messages)`,
    run: () => {
      for (const texts of batches) service.findTerms(texts);
    },
    baseline: OFFSETS_ONLY_SCAN,
    runs: 10,
  },
  {
    name: OFFSETS_ONLY_SCAN,
    run: () =>
      index.findTermOffsets(wholePage, {
        maxLength: wholePage.length,
        maxMatches: wholePage.length,
      }),
    runs: 10,
  },
  {
    name: 'highlight: service worker answers one selection lookup (card for kollektivavtalet)',
    run: () => service.lookup('kollektivavtalet', 'ar'),
    runs: 2_000,
  },
]);
