// The lazy part of <mk-glossary>: the chosen domains' terms (a JSON chunk each), the review file
// of the reader's language, and the search the extension's popup uses (@mentorkit/glossary:
// inflected forms, compounds, typos, the reader's language). Never in the widget's entry.
import type { GlossaryDomain, GlossaryTerm } from '@mentorkit/core';
import type { Locale } from '@mentorkit/core/i18n';
import { GlossarySearch, isGlossaryDomain, loadDomainTerms } from '@mentorkit/glossary/lookup';
import { translationLocale } from './reader-language.ts';

export interface LoadedGlossary {
  readonly terms: readonly GlossaryTerm[];
  readonly byId: ReadonlyMap<string, GlossaryTerm>;
  readonly search: GlossarySearch<GlossaryTerm>;
}

/** The domains named in `domains` (space- or comma-separated); unknown names are left out. */
export function parseDomains(value: string): GlossaryDomain[] {
  return value.split(/[\s,]+/).filter(isGlossaryDomain);
}

/** The terms of `domains` (every domain when none is named) with the reviews of `lang`. */
export async function loadGlossary(domains: string, lang: Locale): Promise<LoadedGlossary> {
  const language = translationLocale(lang);
  return indexTerms(await loadDomainTerms(parseDomains(domains), { language }));
}

/** The terms with the lookup by id (the first of an id wins) and the search. */
export function indexTerms(terms: readonly GlossaryTerm[]): LoadedGlossary {
  const byId = new Map<string, GlossaryTerm>();
  for (const term of terms) if (!byId.has(term.id)) byId.set(term.id, term);
  return { terms, byId, search: new GlossarySearch(terms) };
}
