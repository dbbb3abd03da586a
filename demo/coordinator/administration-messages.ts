// What the administration part of the view says, in one place (the view is in English; its
// Swedish comes with the view's localisation, issue 19): the programme and invitation forms'
// errors and outcomes, and each account's status and actions.
import type { Coordinator } from './api-types.ts';

export const INVITE_MESSAGES = {
  /** Said next to a field the form or the server refused. */
  invalid: {
    name: 'Enter their name, as they sign their mails (at most 120 characters).',
    email: 'Enter their e-mail address, like name@example.org.',
    lang: 'Choose the language of their invitation: Swedish or English.',
    role: 'Choose coordinator or administrator.',
    programmes:
      'Choose at least one programme for a coordinator (or make them an administrator, who sees every programme).',
  } as Record<string, string>,
  noProgrammes: 'No programmes yet: add one above first.',
  sent: (name: string, email: string) =>
    `An invitation was sent to ${name} at ${email}. Its link works once, for 7 days.`,
  sentAgain: (name: string) =>
    `A new invitation was sent to ${name}; the earlier link no longer works.`,
  revoked: (name: string) => `${name} can no longer sign in. Invite them again to let them back.`,
  removed: (name: string) => `${name} was removed.`,
};

export const PROGRAMME_MESSAGES = {
  invalid: {
    id: "Enter an id of letters, digits and hyphens without spaces, like union-academics: the widgets' programme attribute says it.",
    name: "Enter the programme's name (at most 120 characters).",
  } as Record<string, string>,
  added: (name: string) => `The programme ${name} was added.`,
};

export const ACCOUNT_MESSAGES = {
  status: (coordinator: Pick<Coordinator, 'status' | 'bootstrap'>, when: string | null) => {
    if (coordinator.bootstrap) return 'Signs in with the coordinator token.';
    if (coordinator.status === 'revoked') return 'Revoked: cannot sign in.';
    if (coordinator.status === 'invited') {
      return when ? `Invited ${when}; has not accepted yet.` : 'Invited; has not accepted yet.';
    }
    return when ? `Active; last signed in ${when}.` : 'Active.';
  },
  inviteAgain: (name: string) => `Invite ${name} again`,
  revoke: (name: string) => `Revoke ${name}`,
  remove: (name: string) => `Remove ${name}`,
  role: (coordinator: Pick<Coordinator, 'role'>, programmes: string) =>
    coordinator.role === 'administrator'
      ? 'Administrator (every programme)'
      : `Coordinator of ${programmes || 'no programme yet'}`,
};
