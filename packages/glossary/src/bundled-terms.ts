// The glossary that ships with Mentorkit: one JSON data file per domain. The files are our own
// data and bundled-terms.test.ts holds every term to the core schema (and checks that parsing
// changes nothing), so the extension uses them as they are: validating all of them with zod at
// every service-worker start cost as much as building the search (decision 0009). Imported
// packs are user data and are validated where they come in (import.ts, the extension's store).
import { GLOSSARY_DOMAINS, GlossaryTermSchema } from '@mentorkit/core';
import type { GlossaryDomain, GlossaryTerm } from '@mentorkit/core';
import { BUNDLED_DATA_FILES } from './bundled-data.ts';
import { BUNDLED_REVIEWS } from './review/bundled-reviews.ts';
import { applyReviews } from './review/reviews.ts';

export { BUNDLED_DATA_FILES };

export interface BundledTermProblem {
  domain: GlossaryDomain;
  /** Position in the data file. */
  index: number;
  message: string;
}

export interface BundledGlossary {
  terms: readonly GlossaryTerm[];
  /** Terms that failed validation; a test keeps this empty. */
  problems: readonly BundledTermProblem[];
}

let bundledTerms: readonly GlossaryTerm[] | undefined;

/**
 * Every bundled term, in domain order, as the data files have it (checked by the tests), with the
 * translations a person reviewed (reviews/<language>.json) marked reviewed.
 */
export function getBundledTerms(): readonly GlossaryTerm[] {
  bundledTerms ??= applyReviews(
    GLOSSARY_DOMAINS.flatMap((domain) => BUNDLED_DATA_FILES[domain] as readonly GlossaryTerm[]),
    BUNDLED_REVIEWS,
  );
  return bundledTerms;
}

/**
 * Every bundled term validated against GlossaryTermSchema, in domain order; a term that fails is
 * left out and reported in `problems`. For tests and tools: the extension does not pay for it.
 */
export function validateBundledGlossary(): BundledGlossary {
  const terms: GlossaryTerm[] = [];
  const problems: BundledTermProblem[] = [];
  for (const domain of GLOSSARY_DOMAINS) {
    for (const [index, raw] of BUNDLED_DATA_FILES[domain].entries()) {
      const result = GlossaryTermSchema.safeParse(raw);
      if (result.success) terms.push(result.data);
      else problems.push({ domain, index, message: result.error.message });
    }
  }
  return { terms, problems };
}
