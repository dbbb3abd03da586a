import { plural } from '@mentorkit/core/i18n';
import type { SourceCatalogue } from '@mentorkit/core/i18n';
import { goalOfferedSv } from '@mentorkit/core/goal-words/sv';

/**
 * The messages that come with checks.ts: the fields that matching needs (issue 16: the
 * occupation picker, when and how a person can meet, and a mentor's expertise and capacity),
 * and what the form says when the server refuses a training (issue 20). A bundle of their own, which
 * checks.ts registers, so that the form's entry carries none of them (docs/decisions/0007).
 * Keys are prefixed like the form's own; catalogues.test.ts checks that no two bundles share one.
 */
export const signupMatchingSv = {
  signupOccupationHint: 'Skriv ditt yrke och välj det i listan.',
  signupOccupationOptions: 'Yrken',
  signupOccupationResults: ({ count }: { count: number }): string =>
    count === 0
      ? 'Inga yrken hittades.'
      : plural('sv', count, { one: `${count} yrke hittades.`, other: `${count} yrken hittades.` }),
  signupOccupationGroup: ({ group }: { group: string }) => `Yrkesgrupp: ${group}`,
  signupOccupationUnclassified:
    'Hittar du inte ditt yrke i listan? Då sparar vi det du skrev, och en samordnare placerar det åt dig.',
  signupOccupationSources: 'Yrkena kommer från:',
  signupAvailabilitySlots: 'När kan du träffas?',
  signupSlotWeekdayDaytime: 'Vardagar, dagtid',
  signupSlotWeekdayEvening: 'Vardagar, kvällstid',
  signupSlotWeekend: 'Helger',
  signupMeetingModes: 'Hur kan du träffas?',
  signupModeInPerson: 'På plats',
  signupModeRemote: 'På distans (video eller telefon)',
  signupExpertise: 'Vad kan du hjälpa en adept med?',
  signupExpertiseNetwork: goalOfferedSv({ goal: 'network' }),
  signupExpertiseCv: goalOfferedSv({ goal: 'cv' }),
  signupExpertiseInterview: goalOfferedSv({ goal: 'interview' }),
  signupExpertiseWorkplaceCulture: goalOfferedSv({ goal: 'workplace-culture' }),
  signupExpertiseLanguagePractice: goalOfferedSv({ goal: 'language-practice' }),
  signupExpertiseDegreeValidation: goalOfferedSv({ goal: 'degree-validation' }),
  signupCapacity: 'Hur många adepter kan du ha samtidigt?',
  signupCapacityHint: 'De flesta mentorer har en eller två.',
  // After a submit: the training was full, cancelled or unknown (issue 20), or another
  // programme's than the form's (issue 19).
  signupTrainingFull: 'Utbildningen är fullbokad.',
  signupTrainingCancelled: 'Utbildningen är inställd.',
  signupTrainingUnknown: 'Utbildningen finns inte längre.',
  signupTrainingOtherProgramme:
    'Utbildningen hör till ett annat program än det här formuläret. Det du har skrivit finns kvar.',
  signupTrainingNext: ({ date }: { date: string }) =>
    `Nästa tillfälle med en ledig plats: ${date}.`,
  signupTrainingNoNext:
    'Det finns inget senare tillfälle med en ledig plats ännu. Det du har skrivit finns kvar.',
  signupTrainingChooseNext: ({ date }: { date: string }) => `Anmäl mig till ${date} i stället`,
  signupTrainingWithout: 'Skicka min anmälan utan utbildning',
} satisfies SourceCatalogue;

export type SignupMatchingMessages = typeof signupMatchingSv;
export type SignupMatchingKey = keyof SignupMatchingMessages;
