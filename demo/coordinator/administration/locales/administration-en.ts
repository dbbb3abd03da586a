import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { AuditDeed } from '../audit-deeds.ts';
import type { AdministrationOwnMessages } from './administration-sv.ts';

const DEEDS_EN: Record<AuditDeed, string> = {
  'viewed-people': 'Viewed the people list',
  'viewed-person': 'Viewed the person',
  'viewed-candidates': 'Viewed suggested mentors',
  'viewed-matches': 'Viewed the matches',
  'viewed-shared-sessions': 'Viewed the shared sessions',
  'viewed-outbox': 'Viewed the outbox',
  'viewed-accounts': "Viewed the coordinators' accounts",
  'viewed-audit': 'Viewed the audit log',
  'exported-people-csv': 'Exported the people list as CSV',
  'exported-person': "Exported the person's data",
  'erased-person': "Erased the person's data",
  withdrew: 'Marked as withdrawn',
  reinstated: 'Undid the withdrawal',
  classified: 'Classified the occupation',
  'proposed-match': 'Proposed a match',
  'changed-match': 'Changed the match',
  'added-training': 'Added a training',
  'cancelled-training': 'Cancelled the training',
  'added-feed': 'Added a calendar feed',
  'refreshed-feed': 'Fetched the calendar feed again',
  'removed-feed': 'Removed the calendar feed',
  'added-programme': 'Added a programme',
  'changed-programme': 'Changed a programme',
  invited: 'Invited',
  'invited-again': 'Invited again',
  revoked: 'Revoked the account',
  'removed-account': 'Removed the account',
  'added-passkey': 'Added a passkey',
  'removed-passkey': 'Removed a passkey',
  'signed-in-link': 'Signed in with a link by e-mail',
  'signed-in-passkey': 'Signed in with a passkey',
  'signed-in-token': 'Signed in with the coordinator token',
  'signed-in': 'Signed in',
  'signed-out': 'Signed out',
  viewed: 'Viewed data',
  exported: 'Exported data',
  changed: 'Changed data',
  erased: 'Erased data',
};

export const administrationEn: CatalogueOf<AdministrationOwnMessages> = {
  adminHeading: 'Administration',
  adminSessionEnded: 'Your session has ended. Sign in again to go on.',
  adminActionFailed: 'That did not work. Try again in a moment.',
  adminNoMail: 'This backend sends no mail, so it cannot send invitations.',

  adminProgrammesHeading: 'Programmes',
  adminNoProgrammes: 'No programmes yet.',
  adminProgrammeItem: ({ name, id }) => `${name} (id: ${id})`,
  adminProgrammesHint:
    "Each programme's questions on the signup form are set in the backend's questions file (MENTORKIT_PROGRAMME_QUESTIONS).",
  adminProgrammeCoordinators: ({ names }) => `Coordinators: ${names}`,
  adminProgrammeNoCoordinators: 'No coordinator yet.',
  adminProgrammeQuestions: ({ questions }) => `Its own signup questions: ${questions}`,
  adminProgrammeNoQuestions: 'No signup questions of its own.',
  adminAddProgrammeForm: 'Add a programme',
  adminProgrammeId: "Programme id (the signup form's programme attribute)",
  adminProgrammeName: 'Programme name',
  adminAddProgramme: 'Add programme',
  adminProgrammeIdInvalid:
    "Enter an id of letters, digits and hyphens without spaces, like union-academics: the widgets' programme attribute says it.",
  adminProgrammeNameInvalid: "Enter the programme's name (at most 120 characters).",
  adminProgrammeTaken: 'A programme has this id already.',
  adminProgrammeAdded: ({ name }) => `The programme ${name} was added.`,
  adminProgrammeLanguages: ({ languages }) => `Languages: ${languages}`,
  adminProgrammeAllLanguages: 'Languages: every one',
  adminProgrammeCapacity: ({ count }) =>
    `Mentees per mentor when the mentor does not say: ${count}`,
  adminProgrammeLanguagesLegend: 'Languages the programme works in (none chosen: every language)',
  adminProgrammeLanguagesInvalid: 'Choose from the languages listed.',
  adminProgrammeCapacityLabel: 'Mentees per mentor when the mentor does not say (1–50)',
  adminProgrammeCapacityInvalid: 'Enter a whole number from 1 to 50.',
  adminEditProgramme: ({ name }) => `Edit ${name}`,
  adminEditProgrammeForm: ({ name }) => `Edit the programme ${name}`,
  adminSaveProgramme: 'Save changes',
  adminCancelEdit: 'Cancel',
  adminProgrammeChanged: ({ name }) => `The programme ${name} was changed.`,
  adminProgrammeGone: 'The programme no longer exists. Load the page again.',

  adminAccountsHeading: 'Coordinators',
  adminRoleName: ({ role }) => (role === 'administrator' ? 'administrator' : 'coordinator'),
  adminAccountRole: ({ role, programmes }) =>
    role === 'administrator'
      ? 'Administrator (every programme)'
      : `Coordinator of ${programmes || 'no programme yet'}`,
  adminAccountStatus: ({ status, bootstrap, when }) => {
    if (bootstrap) return 'Signs in with the coordinator token.';
    if (status === 'revoked') return 'Revoked: cannot sign in.';
    if (status === 'invited') {
      return when ? `Invited ${when}; has not accepted yet.` : 'Invited; has not accepted yet.';
    }
    return when ? `Active; last signed in ${when}.` : 'Active.';
  },
  adminInviteAgain: ({ name }) => `Invite ${name} again`,
  adminRevoke: ({ name }) => `Revoke ${name}`,
  adminRemove: ({ name }) => `Remove ${name}`,
  adminSentAgain: ({ name }) =>
    `A new invitation was sent to ${name}; the earlier link no longer works.`,
  adminRevoked: ({ name }) => `${name} can no longer sign in. Invite them again to let them back.`,
  adminRemoved: ({ name }) => `${name} was removed.`,
  adminLastAdministrator:
    'Invite another administrator first: at least one must be able to sign in.',
  adminAlreadyActive: 'This account has accepted its invitation: they sign in with their address.',

  adminInviteHeading: 'Invite a coordinator',
  adminInviteIntro:
    'They get an invitation by e-mail, in the language you choose. Its link works once, for 7 days, and signs them in; after that they sign in with their address.',
  adminInviteName: 'Name',
  adminInviteEmail: 'E-mail address',
  adminInviteLang: 'Language of the invitation',
  adminInviteRole: 'Role',
  adminRoleChoice: ({ role }) =>
    role === 'administrator'
      ? 'Administrator (programmes, accounts, every programme)'
      : "Coordinator (their programmes' people and matches)",
  adminInviteProgrammes: 'Programmes they coordinate',
  adminInviteNoProgrammes: 'No programmes yet: add one above first.',
  adminSendInvitation: 'Send invitation',
  adminInviteNameInvalid: 'Enter their name, as they sign their mails (at most 120 characters).',
  adminInviteEmailInvalid: 'Enter their e-mail address, like name@example.org.',
  adminInviteLangInvalid: 'Choose the language of their invitation: Swedish or English.',
  adminInviteRoleInvalid: 'Choose coordinator or administrator.',
  adminInviteProgrammesInvalid:
    'Choose at least one programme for a coordinator (or make them an administrator, who sees every programme).',
  adminInviteTaken: 'This address has an account already.',
  adminInviteUnknownProgramme:
    'One of the programmes no longer exists. Load the page again and choose again.',
  adminInviteSent: ({ name, email }) =>
    `An invitation was sent to ${name} at ${email}. Its link works once, for 7 days.`,

  adminAuditHeading: 'Audit log',
  adminAuditIntro:
    'Who viewed, exported, changed or erased whose data, and when. The log keeps ids only: the names are looked up as you read it, so whoever was erased is no longer named. Kept for MENTORKIT_AUDIT_RETENTION_MONTHS (default 24), then deleted.',
  adminAuditWhen: 'When',
  adminAuditWho: 'Who',
  adminAuditWhat: 'What',
  adminAuditWhose: 'Whose data',
  adminAuditEmpty: 'Nothing in the log yet.',
  adminNameAndRole: ({ name, role }) => `${name} (${role})`,
  adminRemovedAccount: 'a removed account',
  adminAuditDeed: ({ deed }) => DEEDS_EN[deed],
  adminAuditNoSubject: 'No one in particular',
  adminAuditGone: ({ kind }) =>
    ({
      signup: 'an erased person',
      match: 'an erased match',
      coordinator: 'a removed account',
      programme: 'a removed programme',
      training: 'a removed training',
      feed: 'a removed calendar feed',
    })[kind] ?? 'something no longer there',
  adminAuditRequest: ({ route }) => `Request: ${route}`,
};
