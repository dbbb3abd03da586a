// The glossary that ships with Mentorkit: one JSON data file per domain, validated against the
// core schema the first time it is asked for (not at import, so that loading the module costs
// nothing until the glossary is used).
import { GLOSSARY_DOMAINS, GlossaryTermSchema } from '@mentorkit/core';
import type { GlossaryDomain, GlossaryTerm } from '@mentorkit/core';
import { BUNDLED_DATA_FILES } from './bundled-data.ts';

export { BUNDLED_DATA_FILES };

export interface BundledTermProblem {
  domain: GlossaryDomain;
  /** Position in the data file. */
  index: number;
  message: string;
}

export interface BundledGlossary {
  terms: readonly GlossaryTerm[];
  /** Terms left out because they failed validation; empty unless a data file is broken. */
  problems: readonly BundledTermProblem[];
}

let loaded: BundledGlossary | undefined;

/**
 * Every bundled term, validated, in domain order. A term that fails validation is left out
 * and reported in `problems` (a test keeps that list empty), so one bad entry cannot take the
 * whole glossary down in the extension.
 */
export function loadBundledGlossary(): BundledGlossary {
  if (loaded) return loaded;
  const terms: GlossaryTerm[] = [];
  const problems: BundledTermProblem[] = [];
  for (const domain of GLOSSARY_DOMAINS) {
    for (const [index, raw] of BUNDLED_DATA_FILES[domain].entries()) {
      const result = GlossaryTermSchema.safeParse(raw);
      if (result.success) terms.push(result.data);
      else problems.push({ domain, index, message: result.error.message });
    }
  }
  loaded = { terms, problems };
  return loaded;
}

/** The validated bundled terms (see {@link loadBundledGlossary}). */
export function getBundledTerms(): readonly GlossaryTerm[] {
  return loadBundledGlossary().terms;
}
