// The erase dialog's words, Swedish source.
import { plural } from '@mentorkit/core/i18n';
import type { SourceCatalogue } from '@mentorkit/core/i18n';

export type ErasedParam = { email: string; signups: number; matches: number };

export const eraseSv = {
  eraseHeading: 'Radera personens uppgifter',
  eraseExplanation: ({ name }: { name: string }): string =>
    `Allt om ${name} raderas för gott: varje anmälan med samma e-postadress, och deras matchningar.`,
  eraseCannotUndo: 'Det går inte att ångra.',
  eraseLabel: 'E-postadress',
  eraseHint: ({ email }: { email: string }): string => `Skriv ${email} för att bekräfta.`,
  eraseSubmit: 'Radera för gott',
  eraseBusy: 'Raderar…',
  eraseCancel: 'Avbryt',
  eraseEmpty: 'Skriv personens e-postadress för att bekräfta.',
  eraseMismatch: 'Skriv e-postadressen exakt som den står.',
  eraseNotFound: 'Personen finns inte längre: uppgifterna kan redan ha raderats.',
  eraseFailed: 'Uppgifterna kunde inte raderas. Inget togs bort; försök igen.',
  eraseDone: ({ email, signups, matches }: ErasedParam): string =>
    `Uppgifterna om ${email} raderades: ${plural('sv', signups, {
      one: `${signups} anmälan`,
      other: `${signups} anmälningar`,
    })}, ${plural('sv', matches, { one: `${matches} matchning`, other: `${matches} matchningar` })}.`,
} satisfies SourceCatalogue;

export type EraseMessages = typeof eraseSv;
