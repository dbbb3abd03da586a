/**
 * A Swedish workplace term in the glossary: the lemma and its inflected forms (so that
 * "kollektivavtalet" finds "kollektivavtal"), a plain-Swedish and an English explanation, and
 * translations into the mentees' languages, each marked reviewed or not.
 */
import * as z from 'zod/mini';
import {
  IdentifierSchema,
  IsoDateSchema,
  TEXT_LIMITS,
  WebUrlSchema,
  boundedList,
  boundedText,
} from './common.ts';

export const PARTS_OF_SPEECH = [
  'noun',
  'verb',
  'adjective',
  'adverb',
  'phrase',
  'abbreviation',
] as const;

export const GLOSSARY_DOMAINS = [
  'employment',
  'pay',
  'unions',
  'culture',
  'safety',
  'authorities',
  'foundry',
  'wood',
  'cleaning',
  'care',
  'office',
] as const;

/** The mentees' languages; Swedish and English are the explanation, not translations. */
export const GLOSSARY_TRANSLATION_LOCALES = ['ar', 'fa', 'prs', 'so', 'ti', 'uk'] as const;

export const GlossaryTranslationSchema = z.object({
  /** The term in the mentee's language. */
  text: boundedText(TEXT_LIMITS.short),
  /** The explanation in the mentee's language, where a translated term alone would not help. */
  explanation: z.optional(boundedText(TEXT_LIMITS.medium)),
  /** False for machine-assisted text, which is shown as such until a person reviews it. */
  reviewed: z.boolean(),
});

export const GlossaryTermSchema = z.object({
  id: IdentifierSchema,
  lemma: boundedText(100),
  /** Inflected forms (`kollektivavtalet`, `kollektivavtalen`); the lemma need not repeat. */
  forms: boundedList(boundedText(100)),
  partOfSpeech: z.enum(PARTS_OF_SPEECH),
  domain: z.enum(GLOSSARY_DOMAINS),
  explanation: z.object({
    /** Plain Swedish (lätt svenska): short sentences, common words. */
    sv: boundedText(TEXT_LIMITS.medium),
    en: boundedText(TEXT_LIMITS.medium),
  }),
  translations: z.partialRecord(z.enum(GLOSSARY_TRANSLATION_LOCALES), GlossaryTranslationSchema),
  /**
   * False when the term, as the last part of a longer compound, names something else: a
   * handläggare is a case officer at an authority, an orderhandläggare an office job in a company.
   * The scanner then finds the term alone and as a first part, never as a compound's last part.
   */
  matchesAsTail: z.optional(z.boolean()),
  /** A Swedish example sentence. */
  example: z.optional(boundedText(TEXT_LIMITS.medium)),
  /** Ids of related terms. */
  related: z.optional(boundedList(IdentifierSchema)),
  /** The page the explanation rests on: the statute's text or the authority's own page. */
  source: z.optional(WebUrlSchema),
  /** The law paragraph it rests on, where a law decides it ("6 § lagen (1982:80) om anställningsskydd"). */
  basis: z.optional(boundedText(TEXT_LIMITS.short)),
  /**
   * The day the explanation was checked, YYYY-MM-DD; absent means not yet checked, and cards say so.
   * Set only with `checkedAgainst`, what it was compared with (docs/decisions/0020).
   */
  checked: z.optional(IsoDateSchema),
  /**
   * What the explanation was checked against: for the bundled glossary, the statute's text kept in
   * the repository ("corpus/sfs/1977-1160.txt"), which a test holds `basis` to; or a page a person read.
   */
  checkedAgainst: z.optional(boundedText(TEXT_LIMITS.short)),
});

export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];
export type GlossaryDomain = (typeof GLOSSARY_DOMAINS)[number];
export type GlossaryTranslationLocale = (typeof GLOSSARY_TRANSLATION_LOCALES)[number];
export type GlossaryTranslation = z.infer<typeof GlossaryTranslationSchema>;
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
