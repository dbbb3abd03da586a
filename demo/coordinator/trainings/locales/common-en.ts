import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { CommonMessages } from './common-sv.ts';

export const commonEn: CatalogueOf<CommonMessages> = {
  programmeLabel: 'Programme',
  programmeWholeOrganisation: 'The whole organisation (every programme)',
  programmeOf: ({ name }) => `Programme: ${name}`,
  programmeNone: 'Programme: the whole organisation',
  programmeMissing: 'Choose the programme it belongs to.',
  keepIt: 'Keep it',
  changeFailed: ({ status }) =>
    `That did not work: the server answered with error ${status}. Try again in a while.`,
  changeUnreachable: 'That did not work: the server could not be reached. Try again in a while.',
};
