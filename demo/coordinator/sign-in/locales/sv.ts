// The sign-in's words, Swedish source: the three ways in, every refusal of the sign-in routes
// in words (never a status code), and how long to wait after a 429 (its Retry-After).
import { plural } from '@mentorkit/core/i18n';
import type { SourceCatalogue } from '@mentorkit/core/i18n';

/** A wait in whole seconds (under a minute) or whole minutes, rounded up. */
export type WaitParam = { seconds: number; minutes: number };
export type AddressParam = { email: string };
export type DetailParam = { detail: string };

export const signInSv = {
  signInHeading: 'Logga in',
  signInLinkIntro:
    'Vi skickar en inloggningslänk till din adress. Den fungerar en gång, i 20 minuter.',
  signInEmail: 'Din e-postadress',
  signInSendLink: 'Skicka inloggningslänk',
  signInSending: 'Skickar…',
  signInEmailMissing: 'Skriv din e-postadress, till exempel namn@example.org.',
  signInSentHeading: 'Titta i din e-post',
  signInSent: ({ email }: AddressParam): string =>
    `Om ${email} har ett konto är en inloggningslänk på väg dit. Den fungerar en gång, i 20 minuter.`,
  signInOtherAddress: 'Använd en annan adress',
  signInNoMail:
    'Den här servern skickar ingen e-post och kan därför inte skicka inloggningslänkar. Logga in med en passkey eller samordnarnyckeln.',
  signInWait: ({ seconds, minutes }: WaitParam): string =>
    seconds < 60
      ? plural('sv', seconds, {
          one: `För många försök. Försök igen om ${seconds} sekund.`,
          other: `För många försök. Försök igen om ${seconds} sekunder.`,
        })
      : plural('sv', minutes, {
          one: `För många försök. Försök igen om ${minutes} minut.`,
          other: `För många försök. Försök igen om ${minutes} minuter.`,
        }),
  signInFailed: 'Det gick inte att nå servern. Kontrollera anslutningen och försök igen.',
  signInServerFailed: 'Servern kunde inte ta emot begäran just nu. Försök igen om en stund.',
  signInSessionEnded: 'Din session har gått ut. Logga in igen för att fortsätta.',
  signInSignedOut: 'Du är utloggad.',

  signInPasskeyHeading: 'Med en passkey',
  signInPasskeyIntro:
    'Har du lagt till en passkey efter att du loggat in? Logga in med den, utan e-post.',
  signInUsePasskey: 'Använd en passkey',
  signInPasskeyWorking: 'Väntar på din passkey…',

  signInTokenHeading: 'Första administratören',
  signInTokenIntro:
    'Ska du sätta upp tjänsten? Samordnarnyckeln loggar in den första administratören, som sedan bjuder in alla andra. Den finns i',
  signInTokenIntroOr: 'på servern (eller sätts med',
  signInTokenIntroEnd:
    ') och slutar fungera när en administratör som du bjudit in har loggat in med sin länk.',
  signInToken: 'Samordnarnyckel',
  signInTokenSubmit: 'Logga in',
  signInTokenMissing: 'Skriv samordnarnyckeln.',
  signInTokenRefused: 'Nyckeln godtogs inte. Kontrollera den och försök igen.',
  signInTokenRetired:
    'Samordnarnyckeln loggar bara in den första administratören, tills en inbjuden administratör har loggat in. Logga in med din e-postadress.',

  signInSomethingWrong: ({ detail }: DetailParam): string => `Något gick fel: ${detail}`,
} satisfies SourceCatalogue;

export type SignInMessages = typeof signInSv;
