import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { ProgrammeChoiceMessages } from './programme-sv.ts';

export const programmeChoiceEn: CatalogueOf<ProgrammeChoiceMessages> = {
  programmeLabel: 'Programme',
  programmeWholeOrganisation: 'The whole organisation (every programme)',
  programmeOf: ({ name }) => `Programme: ${name}`,
  programmeNone: 'Programme: the whole organisation',
  programmeMissing: 'Choose the programme it belongs to.',
  programmeRefused: 'Choose one of your programmes.',
};
