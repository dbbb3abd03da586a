// The glossary as the extension uses it: bundled terms plus imported packs, behind one lookup,
// one text scanner and one search box. Rebuild it when the packs change.
import { getBundledTerms } from './bundled-terms.ts';
import type { GlossaryEntry, GlossaryPack } from './packs.ts';
import { mergeTerms } from './packs.ts';
import { GlossarySearch } from './search.ts';
import { TermIndex } from './term-index.ts';

export interface Glossary {
  /** Pack terms first, then the bundled ones. */
  readonly terms: readonly GlossaryEntry[];
  readonly index: TermIndex<GlossaryEntry>;
  readonly search: GlossarySearch<GlossaryEntry>;
}

/** Builds the lookup index and the search over the bundled terms and `packs`. */
export function createGlossary(packs: readonly GlossaryPack[] = []): Glossary {
  const terms = mergeTerms(getBundledTerms(), packs);
  const index = new TermIndex(terms);
  return { terms, index, search: new GlossarySearch(terms, index) };
}
