// The glossary's cold path in node, step by step (`npm run bench -- cold path`): what the service
// worker does before it can answer the popup's first search. Node runs each step many times, so
// these are JIT-warm figures; popup-search.bench.ts measures the real cold path in Chromium.
import {
  GlossarySearch,
  TermIndex,
  createGlossary,
  getBundledTerms,
  validateBundledGlossary,
} from '../../packages/glossary/src/index.ts';
import { defineBenchmarks } from './benchmark.ts';

const terms = getBundledTerms();
const index = new TermIndex(terms);
const warmSearch = new GlossarySearch(terms, index);
let freshSearch = warmSearch;

const WARM_SEARCH = 'glossary cold path: the same search, warm (baseline)';

export default defineBenchmarks([
  {
    name: `glossary cold path: zod-validate the ${terms.length} bundled terms (tests only now)`,
    run: () => validateBundledGlossary(),
    runs: 20,
    baseline: WARM_SEARCH,
  },
  {
    name: 'glossary cold path: build the lookup index (TermIndex)',
    run: () => new TermIndex(terms),
    runs: 20,
    baseline: WARM_SEARCH,
  },
  {
    name: 'glossary cold path: build the search (MiniSearch, 4 fields)',
    run: () => new GlossarySearch(terms, index),
    runs: 20,
    baseline: WARM_SEARCH,
  },
  {
    name: 'glossary cold path: first search in a just-built search (kolektivavtal)',
    beforeEach: () => {
      freshSearch = new GlossarySearch(terms, index);
    },
    run: () => freshSearch.search('kolektivavtal'),
    runs: 20,
    baseline: WARM_SEARCH,
  },
  {
    name: 'glossary cold path: createGlossary() (index + search, no packs)',
    run: () => createGlossary(),
    runs: 20,
    baseline: WARM_SEARCH,
  },
  {
    name: WARM_SEARCH,
    run: () => warmSearch.search('kolektivavtal'),
    runs: 500,
  },
]);
