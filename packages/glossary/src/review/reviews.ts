// A person's review of the bundled glossary's translations, kept apart from the terms
// (reviews/<language>.json beside data/): the data files are the machine-assisted text, a review
// file says which of those texts a person checked, in what wording, and against which Swedish.
// The term card says "reviewed" only for a translation whose review still stands. Written by
// `npm run xliff -w @mentorkit/glossary -- import` (docs/decisions/0021).
import { GLOSSARY_TRANSLATION_LOCALES } from '@mentorkit/core';
import type { GlossaryTerm, GlossaryTranslation, GlossaryTranslationLocale } from '@mentorkit/core';

/** One term's translation as a person reviewed it. */
export interface TermReview {
  /** The Swedish it was reviewed against: the lemma and the plain-Swedish explanation. */
  source: { term: string; explanation: string };
  /** The reviewed text (the reviewer may have corrected the machine-assisted one). */
  target: { term: string; explanation?: string };
  /** The day of the import that recorded the review (YYYY-MM-DD). */
  reviewedOn: string;
}

/** reviews/<language>.json: the reviewed translations into one language, by term id. */
export interface ReviewFile {
  language: GlossaryTranslationLocale;
  terms: Record<string, TermReview>;
}

export type Reviews = Partial<Record<GlossaryTranslationLocale, ReviewFile>>;

/**
 * Whether `review` still applies to `term`: the Swedish it was checked against is the term's
 * Swedish now. A changed lemma or explanation makes the translation machine-assisted again until
 * someone reviews it anew, rather than calling a translation of other words "reviewed".
 */
export function reviewStands(term: GlossaryTerm, review: TermReview | undefined): boolean {
  return (
    review !== undefined &&
    review.source.term === term.lemma &&
    review.source.explanation === term.explanation.sv
  );
}

/** The review of `termId` in `file`, if any (own keys only: ids come from files). */
export function reviewOf(file: ReviewFile | undefined, termId: string): TermReview | undefined {
  return file && Object.hasOwn(file.terms, termId) ? file.terms[termId] : undefined;
}

/**
 * `terms` with each standing review applied: the reviewed text, `reviewed: true`. Every other
 * translation is shown as the data has it, machine-assisted (`reviewed: false` in the data files
 * until a person reviews it here). Terms without a review are returned as they are (same objects).
 */
export function applyReviews<Term extends GlossaryTerm>(
  terms: readonly Term[],
  reviews: Reviews,
): Term[] {
  const files = GLOSSARY_TRANSLATION_LOCALES.flatMap((language) => {
    const file = reviews[language];
    return file && Object.keys(file.terms).length > 0 ? [[language, file] as const] : [];
  });
  if (files.length === 0) return [...terms];
  return terms.map((term) => {
    let translations: GlossaryTerm['translations'] | undefined;
    for (const [language, file] of files) {
      const review = reviewOf(file, term.id);
      if (!review || !reviewStands(term, review)) continue;
      translations ??= { ...term.translations };
      const translation: GlossaryTranslation = { text: review.target.term, reviewed: true };
      if (review.target.explanation !== undefined)
        translation.explanation = review.target.explanation;
      translations[language] = translation;
    }
    return translations ? { ...term, translations } : term;
  });
}
