import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { ClassifyMessages } from './classify-sv.ts';

export const classifyEn: CatalogueOf<ClassifyMessages> = {
  classifyHeading: 'Classify the occupation',
  classifyHeadingOf: ({ name }) => `Classify the occupation of ${name}`,
  classifyWords: ({ words }) => `In their words: “${words}”.`,
  classifyNow: ({ group }) => `Now: ${group}.`,
  classifyNowNone: 'Now: not classified.',
  classifyIntro:
    'Search the job titles (from Arbetsförmedlingen, SCB and ESCO) and choose the one that fits. Their own words are kept.',
  classifySearch: 'Search occupations',
  classifySearchButton: 'Search',
  classifyCancel: 'Cancel',
  classifyTypeToSearch: 'Type a job title to search.',
  classifySearching: 'Searching…',
  classifyFound: ({ count }) =>
    count === 0
      ? 'No job title found. Try fewer or other words.'
      : plural('en', count, {
          one: `${count} job title found.`,
          other: `${count} job titles found.`,
        }),
  classifyResults: 'Occupations found',
  classifyFoundAs: ({ name }) => `(found as “${name}”)`,
  classifySearchFailed: 'The search could not be made. Try again.',
  classifySaveFailed: 'The choice could not be saved. Try again.',
  classifyUnknown: 'That job title is no longer known. Search again and choose another.',
  classifyNotFoundTitle: 'This person was not found',
  classifyNotFoundBody: 'Their data may have been erased.',
  classifyDone: ({ name, title, group }) => `${name} was classified as ${title} (${group}).`,
};
