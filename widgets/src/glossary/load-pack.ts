// A partner's own glossary from `src`: JSON, a pack as the extension exports it (`{ name, terms }`)
// or an array of terms, each held to the glossary's schema (core's GlossaryTermSchema, as the
// extension's pack import does), all or nothing: one bad term refuses the file. A lazy chunk of
// its own, so that a page with the bundled glossary never loads the schemas. (JSON only: the
// pack import's CSV reader brings papaparse, which the widgets never bundle.)
import { GlossaryTermSchema } from '@mentorkit/core';
import type { GlossaryTerm } from '@mentorkit/core';
import { indexTerms } from './load-glossary.ts';
import type { LoadedGlossary } from './load-glossary.ts';

/** Most terms a partner's glossary may have (as an imported pack). */
export const MAX_PARTNER_TERMS = 5_000;

export function glossaryFromText(text: string, url: string): LoadedGlossary {
  const body: unknown = JSON.parse(text);
  const list: unknown =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as { terms?: unknown }).terms
      : body;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_PARTNER_TERMS)
    throw new Error(`${url}: expected 1–${MAX_PARTNER_TERMS} terms, as a list or a pack's "terms"`);
  const terms: GlossaryTerm[] = [];
  const ids = new Set<string>();
  for (const [index, raw] of list.entries()) {
    const result = GlossaryTermSchema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(
        `${url}: term ${index + 1}, ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
      );
    }
    if (ids.has(result.data.id)) throw new Error(`${url}: term ${index + 1}: the id appears twice`);
    ids.add(result.data.id);
    terms.push(result.data);
  }
  return indexTerms(terms);
}
