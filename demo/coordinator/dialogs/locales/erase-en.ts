import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { EraseMessages } from './erase-sv.ts';

export const eraseEn: CatalogueOf<EraseMessages> = {
  eraseHeading: "Erase this person's data",
  eraseExplanation: ({ name }) =>
    `Everything about ${name} is deleted for good: every signup with the same e-mail address, and their matches.`,
  eraseCannotUndo: 'This cannot be undone.',
  eraseLabel: 'E-mail address',
  eraseHint: ({ email }) => `Type ${email} to confirm.`,
  eraseSubmit: 'Erase for good',
  eraseBusy: 'Erasing…',
  eraseCancel: 'Cancel',
  eraseEmpty: "Type the person's e-mail address to confirm.",
  eraseMismatch: 'Type the e-mail address exactly as shown.',
  eraseNotFound: 'This person is no longer here: their data may already have been erased.',
  eraseFailed: 'The data could not be erased. Nothing was deleted; try again.',
  eraseDone: ({ email, signups, matches }) =>
    `The data of ${email} was erased: ${plural('en', signups, {
      one: `${signups} signup`,
      other: `${signups} signups`,
    })}, ${plural('en', matches, { one: `${matches} match`, other: `${matches} matches` })}.`,
};
