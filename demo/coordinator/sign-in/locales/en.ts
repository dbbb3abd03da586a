import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { SignInMessages } from './sv.ts';

export const signInEn: CatalogueOf<SignInMessages> = {
  signInHeading: 'Sign in',
  signInLinkIntro: 'We send a sign-in link to your address. It works once, for 20 minutes.',
  signInEmail: 'Your e-mail address',
  signInSendLink: 'Send sign-in link',
  signInSending: 'Sending…',
  signInEmailMissing: 'Enter your e-mail address, like name@example.org.',
  signInSentHeading: 'Check your e-mail',
  signInSent: ({ email }) =>
    `If the address has an account, a sign-in link is on its way to ${email}. It works once, for 20 minutes.`,
  signInOtherAddress: 'Use another address',
  signInNoMail:
    'This server sends no mail, so it cannot send sign-in links. Sign in with a passkey or the coordinator token.',
  signInWait: ({ seconds, minutes }) =>
    seconds < 60
      ? plural('en', seconds, {
          one: `Too many attempts. Try again in ${seconds} second.`,
          other: `Too many attempts. Try again in ${seconds} seconds.`,
        })
      : plural('en', minutes, {
          one: `Too many attempts. Try again in ${minutes} minute.`,
          other: `Too many attempts. Try again in ${minutes} minutes.`,
        }),
  signInFailed: 'The server could not be reached. Check the connection and try again.',
  signInServerFailed: 'The server could not take the request just now. Try again in a while.',
  signInSessionEnded: 'Your session has ended. Sign in again to go on.',
  signInSignedOut: 'You are signed out.',

  signInPasskeyHeading: 'With a passkey',
  signInPasskeyIntro: 'Added a passkey after signing in? Sign in with it, without a mail.',
  signInUsePasskey: 'Use a passkey',
  signInPasskeyWorking: 'Waiting for your passkey…',

  signInTokenHeading: 'First administrator',
  signInTokenIntro:
    'Setting up? The coordinator token signs in the first administrator, who invites everyone else. It is in',
  signInTokenIntroOr: 'on the server (or set with',
  signInTokenIntroEnd:
    '), and stops working once an administrator you invited has signed in with their link.',
  signInToken: 'Coordinator token',
  signInTokenSubmit: 'Sign in',
  signInTokenMissing: 'Enter the coordinator token.',
  signInTokenRefused: 'The token was refused. Check it and try again.',
  signInTokenRetired:
    'The coordinator token only signs in the first administrator, until an administrator invited by mail has signed in. Sign in with your e-mail address.',

  signInSomethingWrong: ({ detail }) => `Something went wrong: ${detail}`,
};
