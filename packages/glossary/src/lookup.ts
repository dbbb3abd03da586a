// `@mentorkit/glossary/lookup`: what a web page needs to look words up in the glossary and show
// them, without the pack import (its CSV reader brings papaparse, which the widgets never
// bundle) or the bundled data files all at once: the search, the lookup, the data by domain and
// the review status.
export { GlossarySearch, MAX_QUERY_LENGTH, type SearchHit, type SearchOptions } from './search.ts';
export { TermIndex, type LookupOptions, type TermMatch } from './term-index.ts';
export { isGlossaryDomain, loadDomainTerms, type LoadDomainsOptions } from './load-domains.ts';
export {
  applyReviews,
  reviewOf,
  reviewStands,
  type ReviewFile,
  type Reviews,
  type TermReview,
} from './review/reviews.ts';
