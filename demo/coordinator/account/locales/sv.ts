// The signed-in coordinator's words, Swedish source: who is signed in and in what role, their
// passkeys, and the page's own heading and introduction (page-intro.ts).
import type { SourceCatalogue } from '@mentorkit/core/i18n';

export type SignedInParam = { name: string; email: string; role: string };
export type ProgrammesParam = { programmes: string };
export type PasskeyNameParam = { name: string };
export type PasskeyDatesParam = { added: string; used: string };

export const accountSv = {
  pageTitle: 'Samordnarvyn',
  /** The browser tab's title (the page's <title>). */
  pageDocumentTitle: 'Samordnarvyn · Mentorkits referensserver',
  pageLead:
    'Anmälningar, matchningar och utbildningstillfällen som referensservern har sparat. Rader märkta',
  pageLeadEnd: 'är påhittade personer som lades till vid första starten.',
  pageDemo: 'Demo',

  accountSignedIn: ({ name, email, role }: SignedInParam): string =>
    `Inloggad som ${name}${email ? ` (${email})` : ''}, ${role}.`,
  accountAdministrator: 'administratör',
  accountCoordinator: 'samordnare',
  accountCoordinatorOf: ({ programmes }: ProgrammesParam): string => `samordnare för ${programmes}`,
  accountNoProgramme: 'samordnare, ännu utan program',
  accountSignOut: 'Logga ut',

  passkeysHeading: 'Dina passkeys',
  passkeysIntro:
    'En passkey loggar in dig på den här enheten (eller med din telefon) utan e-post. Den fungerar bara för samordnarvyn på den här adressen.',
  passkeysNone: 'Inga passkeys än.',
  passkeysListLabel: 'Dina passkeys',
  passkeyDates: ({ added }: PasskeyDatesParam): string => `Tillagd ${added}; inte använd än.`,
  passkeyDatesUsed: ({ added, used }: PasskeyDatesParam): string =>
    `Tillagd ${added}; senast använd ${used}.`,
  passkeyRemove: ({ name }: PasskeyNameParam): string => `Ta bort passkeyn ${name}`,
  passkeyConfirm: ({ name }: PasskeyNameParam): string =>
    `Ta bort ${name}? Det går inte att ångra: du kan inte längre logga in med den, men du kan lägga till en ny.`,
  passkeyConfirmRemove: ({ name }: PasskeyNameParam): string => `Ja, ta bort ${name}`,
  passkeyKeep: 'Behåll den',
  passkeyRemoved: ({ name }: PasskeyNameParam): string => `Passkeyn ”${name}” togs bort.`,
  passkeyRemoveFailed: ({ name }: PasskeyNameParam): string =>
    `Passkeyn ”${name}” kunde inte tas bort. Försök igen.`,
  passkeyAddHeading: 'Lägg till en passkey',
  passkeyName: 'Passkeyns namn (valfritt, till exempel ”Jobbdatorn”)',
  passkeyAdd: 'Lägg till en passkey',
  passkeyAdding: 'Väntar på din passkey…',
  passkeyAdded: ({ name }: PasskeyNameParam): string =>
    `Passkeyn ”${name}” lades till. Nästa gång kan du logga in med den.`,
} satisfies SourceCatalogue;

export type AccountMessages = typeof accountSv;
