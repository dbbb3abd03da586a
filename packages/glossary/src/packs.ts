// Imported glossary packs: an organisation's own trade terms next to the bundled glossary.
// Pure functions over plain data; where packs are stored (extension storage) is the caller's.
import type { GlossaryTerm } from '@mentorkit/core';

export interface GlossaryPack {
  /** Stable id (from the pack's name); importing a pack with the same id replaces it. */
  id: string;
  name: string;
  /** ISO 8601 date-time of the import. */
  importedAt: string;
  terms: GlossaryTerm[];
}

/** A term as the lookup shows it: bundled, or from an imported pack (named on the card). */
export type GlossaryEntry = GlossaryTerm & {
  readonly pack?: { readonly id: string; readonly name: string };
};

/**
 * Pack terms first (packs in the order given), then the bundled ones. The index keeps that
 * order on ties, so an imported term wins over a bundled term of the same lemma, and both are
 * shown: `new TermIndex(mergeTerms(bundled, packs)).lookup('OB-tillägg')` returns the pack's
 * term and then the bundled one.
 */
export function mergeTerms(
  bundled: readonly GlossaryTerm[],
  packs: readonly GlossaryPack[],
): GlossaryEntry[] {
  const fromPacks = packs.flatMap((pack) =>
    pack.terms.map((term) => ({ ...term, pack: { id: pack.id, name: pack.name } })),
  );
  return [...fromPacks, ...bundled];
}

/** The packs with `pack` added, replacing an earlier import of the same id in its place. */
export function upsertPack(packs: readonly GlossaryPack[], pack: GlossaryPack): GlossaryPack[] {
  const position = packs.findIndex((existing) => existing.id === pack.id);
  if (position === -1) return [...packs, pack];
  return packs.map((existing, index) => (index === position ? pack : existing));
}

/** The packs without the one of this id. */
export function removePack(packs: readonly GlossaryPack[], id: string): GlossaryPack[] {
  return packs.filter((pack) => pack.id !== id);
}

/** ASCII slug for ids: "Gjuteri AB:s ordlista" → "gjuteri-ab-s-ordlista". */
export function slugify(text: string, maxLength = 60): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/ø/g, 'o')
      .replace(/æ/g, 'ae')
      .replace(/ß/g, 'ss')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, maxLength)
      .replace(/-+$/, '') || 'term'
  );
}
