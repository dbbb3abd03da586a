// The glossary's hot paths: a selection lookup with deinflection over the whole glossary, the
// popup's fuzzy search, and scanning a 1 MB page of Swedish text for every known term (what the
// highlighter does on a page the mentor turned on).
import { GlossarySearch } from '../../packages/glossary/src/search.ts';
import { TermIndex } from '../../packages/glossary/src/term-index.ts';
import { readTerms } from '../../packages/glossary/src/testing/data.ts';
import { defineBenchmarks } from './benchmark.ts';

// Read from disk rather than through the bundled module: the same terms, and the benchmark
// still runs while a domain's file is being written.
const terms = readTerms();
const index = new TermIndex(terms);
const search = new GlossarySearch(terms, index);

const paragraph =
  'Enligt kollektivavtalet får du OB-tillägg på kvällar och helger. Under provanställningen ' +
  'gäller lagen om anställningsskydd, och uppsägningstiden står i anställningsavtalet. Om du ' +
  'blir sjuk gör du en sjukanmälan till din närmaste chef; karensavdraget syns sedan på ' +
  'lönespecifikationen. Skyddsombudet och arbetsmiljön diskuteras på arbetsplatsträffen, och ' +
  'efter fikan går vi igenom veckoschemat, semesterersättningen och lönekollektivavtalet. ' +
  'Kontrasten mellan de olika avdelningarna är stor, men alla har rätt till rast och semester. ';
const megabyteOfText = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));

export default defineBenchmarks([
  {
    name: `glossary: look up an inflected word (${terms.length} terms)`,
    run: () => index.lookup('semesterersättningarnas'),
    runs: 5_000,
  },
  {
    name: 'glossary: look up a compound (lönekollektivavtalet)',
    run: () => index.lookup('lönekollektivavtalet'),
    runs: 5_000,
  },
  {
    name: 'glossary: fuzzy search for a typo (kolektivavtal)',
    run: () => search.search('kolektivavtal'),
    runs: 2_000,
  },
  {
    name: 'glossary: find all terms in 1 MB of Swedish text',
    run: () => index.findTermsInText(megabyteOfText),
    runs: 20,
  },
  {
    name: 'glossary: build the index and the search (one index, shared as createGlossary does)',
    run: () => {
      const built = new TermIndex(terms);
      return new GlossarySearch(terms, built);
    },
    runs: 50,
  },
]);
