import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { AccountMessages } from './sv.ts';

export const accountEn: CatalogueOf<AccountMessages> = {
  pageTitle: 'Coordinator view',
  pageDocumentTitle: 'Coordinator view · Mentorkit reference backend',
  pageLead: 'Signups, matches and trainings stored by the reference backend. Rows marked',
  pageLeadEnd: 'are fictional people added on first start.',
  pageDemo: 'Demo',

  accountSignedIn: ({ name, email, role }) =>
    `Signed in as ${name}${email ? ` (${email})` : ''}, ${role}.`,
  accountAdministrator: 'administrator',
  accountCoordinator: 'coordinator',
  accountCoordinatorOf: ({ programmes }) => `coordinator of ${programmes}`,
  accountNoProgramme: 'coordinator of no programme yet',
  accountSignOut: 'Sign out',

  passkeysHeading: 'Your passkeys',
  passkeysIntro:
    'A passkey signs you in on this device (or with your phone) without a mail. It works for this address of the coordinator view only.',
  passkeysNone: 'No passkeys yet.',
  passkeysListLabel: 'Your passkeys',
  passkeyDates: ({ added }) => `Added ${added}; not used yet.`,
  passkeyDatesUsed: ({ added, used }) => `Added ${added}; last used ${used}.`,
  passkeyRemove: ({ name }) => `Remove passkey ${name}`,
  passkeyConfirm: ({ name }) =>
    `Remove ${name}? This cannot be undone: it will no longer sign you in, though you can add a new one.`,
  passkeyConfirmRemove: ({ name }) => `Yes, remove ${name}`,
  passkeyKeep: 'Keep it',
  passkeyRemoved: ({ name }) => `The passkey "${name}" was removed.`,
  passkeyRemoveFailed: ({ name }) => `The passkey "${name}" could not be removed. Try again.`,
  passkeyAddHeading: 'Add a passkey',
  passkeyName: 'Name of the passkey (optional, like "Work laptop")',
  passkeyAdd: 'Add a passkey',
  passkeyAdding: 'Waiting for your passkey…',
  passkeyAdded: ({ name }) => `The passkey "${name}" was added. Next time, sign in with it.`,
};
