import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { CommonMessages } from './sv.ts';

export const en: CatalogueOf<CommonMessages> = {
  loading: 'Loading …',
  errorNetworkTitle: 'No connection',
  errorNetworkBody:
    'The information could not be fetched. Check your internet connection and try again.',
  errorUnreachableTitle: 'The server could not be reached',
  errorUnreachableBody:
    'The server with this information could not be reached. Please try again later.',
  errorTimeoutTitle: 'This took too long',
  errorTimeoutBody: 'The server did not respond in time. Please try again in a moment.',
  errorHttpTitle: 'Something went wrong on the server',
  errorHttpBody: ({ status }) =>
    `The server responded with error code ${status}. Please try again later.`,
  errorInvalidTitle: 'The information could not be read',
  errorInvalidBody:
    'The information received is in the wrong format. If the problem continues, contact whoever runs this website.',
  misconfiguredTitle: 'This part of the page is not set up correctly',
  misconfiguredBody: 'Please contact whoever runs this website.',
  retry: 'Try again',
  tryAgainLater: 'Please try again later.',

  close: 'Close',
  cancel: 'Cancel',
  required: 'required',
  optional: 'optional',
  opensInNewWindow: 'opens in a new window',
};
