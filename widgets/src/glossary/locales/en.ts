import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { glossarySv } from './sv.ts';

export const glossaryEn: CatalogueOf<typeof glossarySv> = {
  glossaryTitle: 'Words of Swedish working life',
  glossaryIntro:
    'Search for a word from work. You get it explained in plain Swedish and in your language.',
  glossarySearchLabel: 'Search for a word',
  glossarySearchHint: 'Type the word as you saw it, for example “kollektivavtalet”.',
  glossaryResults: ({ count }) =>
    plural('en', count, { one: `${count} word found`, other: `${count} words found` }),
  glossaryNoResults: ({ query }) =>
    `No words found for “${query}”. Check the spelling or search for another word.`,
  glossaryTermMissing: 'That word is not in the glossary. Search for another word.',
  glossaryPlainSwedish: 'In plain Swedish',
  glossaryEnglish: 'In English',
  glossaryReaderLanguage: 'In your language',
  glossaryMachine: 'Machine-assisted translation, not yet reviewed by a person.',
  glossaryReviewed: 'This translation has been reviewed by a person.',
  glossaryExample: 'Example',
  glossaryRelated: 'Related words',
  glossarySource: 'Read more at the source',
  glossaryChecked: ({ date }) => `Explanation checked against the source on ${date}.`,
  glossaryNotChecked: 'Explanation not yet checked against the source.',
};
