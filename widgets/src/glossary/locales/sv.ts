import { plural } from '@mentorkit/core/i18n';
import type { SourceCatalogue } from '@mentorkit/core/i18n';

/**
 * `<mk-glossary>`'s messages, Swedish source; every other language is typed against it. Written
 * for a newcomer reading Swedish as a second language: short sentences, common words.
 */
export const glossarySv = {
  glossaryTitle: 'Ord i arbetslivet',
  glossaryIntro: 'Sök ett ord från jobbet. Du får en förklaring på lätt svenska och på ditt språk.',
  glossarySearchLabel: 'Sök ett ord',
  glossarySearchHint: 'Skriv ordet som du har sett det, till exempel ”kollektivavtalet”.',
  glossaryResults: ({ count }: { count: number }): string =>
    plural('sv', count, { one: `${count} ord hittades`, other: `${count} ord hittades` }),
  glossaryNoResults: ({ query }: { query: string }): string =>
    `Inga ord hittades för ”${query}”. Kontrollera stavningen eller sök ett annat ord.`,
  glossaryTermMissing: 'Ordet finns inte i ordlistan. Sök ett annat ord.',
  glossaryPlainSwedish: 'På lätt svenska',
  glossaryEnglish: 'På engelska',
  glossaryReaderLanguage: 'På ditt språk',
  glossaryMachine: 'Maskinstödd översättning, ännu inte granskad av en människa.',
  glossaryReviewed: 'Översättningen är granskad av en människa.',
  glossaryExample: 'Exempel',
  glossaryRelated: 'Ord som hör ihop med det här',
  glossarySource: 'Läs mer hos källan',
  glossaryChecked: ({ date }: { date: string }): string =>
    `Förklaringen är kontrollerad mot källan ${date}.`,
  glossaryNotChecked: 'Förklaringen är inte kontrollerad mot källan än.',
} satisfies SourceCatalogue;

export type GlossaryMessages = typeof glossarySv;
