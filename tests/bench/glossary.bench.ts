// The glossary's hot paths: a selection lookup with deinflection over the whole glossary, the
// popup's fuzzy search, and scanning a 1 MB page of Swedish text for every known term (what the
// highlighter does on a page the mentor turned on), with the offsets-only scan as the baseline;
// and the scanner's recall and precision on the annotated corpus of real text.
import { GlossarySearch } from '../../packages/glossary/src/search.ts';
import { TermIndex } from '../../packages/glossary/src/term-index.ts';
import { readCorpus, scoreCorpus } from '../../packages/glossary/src/testing/corpus.ts';
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
const unbounded = { maxLength: megabyteOfText.length, maxMatches: megabyteOfText.length };
const allMatches = index.findTermOffsets(megabyteOfText, unbounded).length / 2;
const OFFSETS_ONLY =
  'glossary: the same terms in 1 MB as offsets only (what the highlighter needs)';

// Recall and precision on real text (packages/glossary/corpus), printed in the benchmark's name so
// that the README's figure comes from the same run as the timings.
const corpus = readCorpus();
const corpusScore = scoreCorpus(index, corpus);
// The job ads (corpus/job-ads), marked by hand alone, measured on their own.
const ads = readCorpus('job-ads');
const adsScore = scoreCorpus(index, ads);
const percent = (share: number) => `${(100 * share).toFixed(1)} %`;

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
  // Every term of the megabyte, not the first 20,000 (the default maxMatches, 56 % of the text):
  // the figure is the whole page a highlighter would scan.
  {
    name: `glossary: find all ${allMatches.toLocaleString('en')} terms in 1 MB of Swedish text (match objects)`,
    run: () => index.findTermsInText(megabyteOfText, unbounded),
    baseline: OFFSETS_ONLY,
    runs: 20,
  },
  {
    name: OFFSETS_ONLY,
    run: () => index.findTermOffsets(megabyteOfText, unbounded),
    runs: 20,
  },
  {
    name: `glossary: scan the annotated corpus (${corpusScore.words} words; in-scope recall ${percent(corpusScore.recall)}, precision ${percent(corpusScore.precision)})`,
    run: () => scoreCorpus(index, corpus),
    runs: 50,
  },
  {
    name: `glossary: scan the job ads marked by hand (${adsScore.words} words; in-scope recall ${percent(adsScore.recall)}, precision ${percent(adsScore.precision)})`,
    run: () => scoreCorpus(index, ads),
    runs: 50,
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
