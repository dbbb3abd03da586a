export { compactTerm, deinflect, normaliseTerm, MAX_WORD_LENGTH } from './deinflect.ts';
export {
  TermIndex,
  MAX_SELECTION_LENGTH,
  type FindInTextOptions,
  type IndexableTerm,
  type LookupOptions,
  type MatchKind,
  type TermMatch,
  type TextMatch,
} from './term-index.ts';
export {
  BUNDLED_DATA_FILES,
  getBundledTerms,
  validateBundledGlossary,
  type BundledGlossary,
  type BundledTermProblem,
} from './bundled-terms.ts';
export { GlossarySearch, MAX_QUERY_LENGTH, type SearchHit, type SearchOptions } from './search.ts';
export {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_TERMS,
  importGlossary,
  type ImportError,
  type ImportErrorCode,
  type ImportOptions,
  type ImportResult,
} from './import.ts';
export { CSV_COLUMNS, LIST_SEPARATOR } from './import-csv.ts';
export { packToCsv, packToJson } from './export.ts';
export {
  mergeTerms,
  removePack,
  slugify,
  upsertPack,
  type GlossaryEntry,
  type GlossaryPack,
} from './packs.ts';
export { createGlossary, type Glossary } from './glossary.ts';
// What a page needs without the pack import (the data by domain, the review status).
export * from './lookup.ts';
