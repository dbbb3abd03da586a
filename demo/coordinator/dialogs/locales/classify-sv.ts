// The classification dialog's words, Swedish source. Occupations are named, never coded.
import { plural } from '@mentorkit/core/i18n';
import type { SourceCatalogue } from '@mentorkit/core/i18n';

export const classifySv = {
  classifyHeading: 'Klassificera yrket',
  classifyHeadingOf: ({ name }: { name: string }): string => `Klassificera yrket för ${name}`,
  classifyWords: ({ words }: { words: string }): string => `Med egna ord: ”${words}”.`,
  classifyNow: ({ group }: { group: string }): string => `Nu: ${group}.`,
  classifyNowNone: 'Nu: inte klassificerat.',
  classifyIntro:
    'Sök bland yrkesbenämningarna (från Arbetsförmedlingen, SCB och ESCO) och välj den som passar. Personens egna ord sparas.',
  classifySearch: 'Sök yrke',
  classifySearchButton: 'Sök',
  classifyCancel: 'Avbryt',
  classifyTypeToSearch: 'Skriv en yrkesbenämning för att söka.',
  classifySearching: 'Söker…',
  classifyFound: ({ count }: { count: number }): string =>
    count === 0
      ? 'Ingen yrkesbenämning hittades. Försök med färre eller andra ord.'
      : plural('sv', count, {
          one: `${count} yrkesbenämning hittades.`,
          other: `${count} yrkesbenämningar hittades.`,
        }),
  classifyResults: 'Yrken som hittades',
  classifyFoundAs: ({ name }: { name: string }): string => `(hittad som ”${name}”)`,
  classifySearchFailed: 'Sökningen gick inte att göra. Försök igen.',
  classifySaveFailed: 'Valet kunde inte sparas. Försök igen.',
  classifyUnknown: 'Den yrkesbenämningen finns inte längre. Sök igen och välj en annan.',
  classifyNotFoundTitle: 'Personen finns inte',
  classifyNotFoundBody: 'Uppgifterna kan ha raderats.',
  classifyDone: ({ name, title, group }: { name: string; title: string; group: string }): string =>
    `${name} klassificerades som ${title} (${group}).`,
} satisfies SourceCatalogue;

export type ClassifyMessages = typeof classifySv;
