// What the glossary's XLIFF 2.0 files look like, shared by the export and the import: one file
// per target language (XLIFF 2.0 has one trgLang per document), Swedish as the source, one
// <unit> per term (its id), a "term" segment (lemma → the term in the language) and, where the
// translation has one, an "explanation" segment (plain Swedish → the explanation). Segment
// states are XLIFF's own: "translated" with subState "mentorkit:machine-assisted" for the text
// as it ships, "reviewed" or "final" once a person checked it (docs/decisions/0021).
export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
export const XLIFF_SOURCE_LANGUAGE = 'sv';
/** The <file> that holds the glossary's terms. */
export const GLOSSARY_FILE_ID = 'glossary';
export const MACHINE_ASSISTED = 'mentorkit:machine-assisted';

export const SEGMENT_STATES = ['initial', 'translated', 'reviewed', 'final'] as const;
export type SegmentState = (typeof SEGMENT_STATES)[number];

/** A segment state that means a person has checked the target. */
export function isReviewedState(state: SegmentState): boolean {
  return state === 'reviewed' || state === 'final';
}

/** Largest XLIFF file the import reads (a full language is about 0.5 MB). */
export const MAX_XLIFF_CHARS = 8 * 1024 * 1024;
export const MAX_XLIFF_ELEMENTS = 200_000;
/** xliff > file > unit > segment > target > (refused markup): deeper is not XLIFF we wrote. */
export const MAX_XLIFF_DEPTH = 12;

/** Escapes text for element content and attribute values alike. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
