// The words <mk-trainings> and <mk-feeds> share, Swedish source (both spread them): the
// programme a training or a feed belongs to (the add forms' choice, the cards' line), keeping
// what a second question was about, and an action's failure.
import type { SourceCatalogue } from '@mentorkit/core/i18n';

export const commonSv = {
  programmeLabel: 'Program',
  /** An administrator's choice of no programme: the organisation's own. */
  programmeWholeOrganisation: 'Hela organisationen (alla program)',
  programmeOf: ({ name }: { name: string }): string => `Program: ${name}`,
  programmeNone: 'Program: hela organisationen',
  programmeMissing: 'Välj vilket program det hör till.',
  keepIt: 'Behåll det',
  changeFailed: ({ status }: { status: number }): string =>
    `Det gick inte: servern svarade med fel ${status}. Försök igen om en stund.`,
  changeUnreachable: 'Det gick inte: servern gick inte att nå. Försök igen om en stund.',
} satisfies SourceCatalogue;

export type CommonMessages = typeof commonSv;
