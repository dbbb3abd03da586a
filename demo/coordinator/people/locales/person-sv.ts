// The person view's own words, Swedish source (the codes it shows as words, statuses, levels,
// goals and the rest, are in ./sv.ts, shared with the people list). Dates and numbers arrive
// formatted in the view's language.
import type { SourceCatalogue } from '@mentorkit/core/i18n';

export type NameParam = { name: string };
export type DateParam = { date: string };

export const personSv = {
  personBack: 'Tillbaka till personlistan',
  personNotFoundTitle: 'Personen finns inte',
  personNotFoundBody:
    'Ingen person med den här länken finns i dina program. Den kan ha raderats, eller höra till ett annat program.',
  personRoleInProgramme: ({ role, programme }: { role: string; programme: string }): string =>
    `${role} i ${programme}`,
  personNoProgramme: ({ role }: { role: string }): string => `${role} utan program`,
  personStatusLabel: 'Status',
  personGaveHeading: 'Det här lämnade personen',
  personContactHeading: 'Kontakt',
  personEmail: 'E-post',
  personPhone: 'Telefon',
  personProfession: 'Yrke eller utbildning',
  personOrganisation: 'Arbetsplats',
  personIndustry: 'Bransch',
  personYears: 'År i yrket',
  personDesiredField: 'Vill arbeta med',
  personSwedish: 'Svenska',
  personLanguages: 'Språk',
  personLanguageLevel: ({ language, level }: { language: string; level: string }): string =>
    `${language}: ${level}`,
  personNative: 'modersmål',
  personGoals: 'Vill ha hjälp med',
  personExpertise: 'Kan hjälpa till med',
  personCapacity: 'Antal adepter åt gången',
  personMotivation: 'Motivering',
  personOccupation: 'Yrkesgrupp',
  personOccupationBy: ({ by }: { by: string }): string =>
    ({
      own: 'valt av personen själv',
      lookup: 'klassificerat automatiskt utifrån personens ord',
      coordinator: 'klassificerat av en samordnare',
    })[by] ?? by,
  personOccupationWords: ({ words }: { words: string }): string => `Personens ord: ”${words}”`,
  personUnclassified: 'Inte klassificerat',
  personRegion: 'Region',
  personAvailability: 'Kan ses',
  personSlots: 'Tider',
  personModes: 'Sätt att ses',
  personCountryOfBirth: 'Födelseland',
  personMotherTongue: 'Modersmål',
  personNotGiven: 'Inte angivet',
  personAnswers: 'Svar på programmets frågor',
  personYes: 'Ja',
  personNo: 'Nej',
  personSignupHeading: 'Anmälan',
  personSignedUp: 'Anmäld',
  personFormLanguage: 'Formulärets språk',
  personConsent: 'Samtycke',
  personConsentGiven: ({ date }: DateParam): string => `Lämnat ${date}`,
  personPrivacyNotice: 'integritetsmeddelandet personen fick se',
  personConfirmed: 'Bekräftad e-post',
  personNotConfirmed: 'Inte bekräftad än',
  personWithdrawnAt: 'Har avböjt sedan',
  personMatchesHeading: 'Matchningar',
  personNoMatches: 'Inga matchningar än.',
  personMatchWith: 'Med',
  personMatchTheirRole: 'Personen är',
  personMatchStatus: 'Status',
  personMatchProposed: 'Föreslagen',
  personMatchStarted: 'Började',
  personTrainingsHeading: 'Utbildningar',
  personNoTrainings: 'Inga anmälningar till utbildningar.',
  personTrainingWhen: 'När',
  personTrainingRepeats: 'Upprepas',
  personTrainingChosenDay: ({ date }: DateParam): string => `Valt tillfälle: ${date}`,
  personTrainingStatus: ({ status }: { status: string }): string =>
    ({ confirmed: 'Planerad', tentative: 'Preliminär', cancelled: 'Inställd' })[status] ?? status,
  personActionsHeading: 'Åtgärder',
  personClassify: 'Klassificera yrke',
  personPropose: 'Föreslå en mentor',
  personWithdraw: 'Markera att personen avböjt',
  personReinstate: 'Ångra avböjandet',
  personExportJson: 'Exportera personens data (JSON)',
  personExportCsv: 'Exportera personens data (CSV)',
  personExportHint:
    'Allt som finns om personen, att lämna ut när hen begär sina uppgifter (GDPR artikel 15 och 20).',
  personErase: 'Radera personens data',
  personWithdrawn: ({ name }: NameParam): string =>
    `${name} är markerad som avböjd och föreslås inte längre.`,
  personReinstated: ({ name }: NameParam): string => `${name} är inte längre markerad som avböjd.`,
  personUndo: 'Ångra',
  personExported: ({ file }: { file: string }): string => `Exporten är nedladdad: ${file}.`,
  personActionFailed: 'Det gick inte. Försök igen om en stund.',
  personSessionEnded: 'Din inloggning har gått ut. Logga in igen för att fortsätta.',
} satisfies SourceCatalogue;

export type PersonMessages = typeof personSv;
