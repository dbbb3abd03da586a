// The words of the programme a training or a calendar feed belongs to (the add forms' choice and
// the lists' line), Swedish source; <mk-trainings> and <mk-feeds> both spread them.
import type { SourceCatalogue } from '@mentorkit/core/i18n';

export const programmeChoiceSv = {
  programmeLabel: 'Program',
  /** An administrator's choice of no programme: the organisation's own. */
  programmeWholeOrganisation: 'Hela organisationen (alla program)',
  programmeOf: ({ name }: { name: string }): string => `Program: ${name}`,
  programmeNone: 'Program: hela organisationen',
  programmeMissing: 'Välj vilket program det hör till.',
  programmeRefused: 'Välj ett av dina program.',
} satisfies SourceCatalogue;

export type ProgrammeChoiceMessages = typeof programmeChoiceSv;
