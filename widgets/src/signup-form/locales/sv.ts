import type { SourceCatalogue } from '@mentorkit/core/i18n';
import type { SignupMatchingMessages } from '../matching-locales/sv.ts';
import { goalAskedSv } from '@mentorkit/core/goal-words/sv';

/** `<mk-signup-form>`'s messages; the source that every other language is typed against. */
export const signupSv = {
  signupFormLabelMentor: 'Anmälan som mentor',
  signupFormLabelMentee: 'Anmälan som adept',
  signupTraining: ({ training }: { training: string }) =>
    `Du anmäler dig till utbildningen: ${training}`,
  signupDraftRestored: 'Vi har fyllt i det du skrev förra gången.',
  signupDraftDiscard: 'Töm formuläret',
  signupDraftDiscarded: 'Formuläret är tömt.',

  signupName: 'Namn',
  signupEmail: 'E-postadress',
  signupPhone: 'Telefonnummer',
  signupOrganisation: 'Arbetsplats eller organisation',
  signupProfession: 'Yrke',
  signupIndustry: 'Bransch',
  signupYearsOfExperience: 'Antal år i yrket',
  signupLanguages: 'Språk du talar',
  signupLanguagesHint: 'Kryssa i språken och välj hur bra du kan vart och ett.',
  signupLanguageLevel: ({ language }: { language: string }) => `Nivå: ${language}`,
  signupLevelNative: 'Modersmål eller flytande',
  signupRegion: 'Ort eller region',
  signupMotivation: 'Varför vill du bli mentor?',
  signupMenteeProfession: 'Yrke eller utbildning',
  signupMenteeProfessionHint:
    'Det du har arbetat med eller studerat, i Sverige eller i ett annat land.',
  signupDesiredField: 'Inom vilket område vill du arbeta?',
  signupSwedishLevel: 'Hur bra kan du svenska?',
  signupSwedishLevelHint: 'Välj en nivå (A1 är nybörjare, C2 är mycket bra) eller din kurs i sfi.',
  signupSfiA: 'Sfi kurs A',
  signupSfiB: 'Sfi kurs B',
  signupSfiC: 'Sfi kurs C',
  signupSfiD: 'Sfi kurs D',
  signupGoals: 'Vad vill du ha hjälp med?',
  signupGoalNetwork: goalAskedSv({ goal: 'network' }),
  signupGoalCv: goalAskedSv({ goal: 'cv' }),
  signupGoalInterview: goalAskedSv({ goal: 'interview' }),
  signupGoalWorkplaceCulture: goalAskedSv({ goal: 'workplace-culture' }),
  signupGoalLanguagePractice: goalAskedSv({ goal: 'language-practice' }),
  signupGoalDegreeValidation: goalAskedSv({ goal: 'degree-validation' }),
  signupCountryOfBirth: 'Födelseland',
  signupCountryOfBirthPurpose:
    'Frivilligt. Vi frågar bara för att följa upp att programmet når alla, och det påverkar inte din anmälan.',
  signupMotherTongue: 'Modersmål',
  signupMotherTonguePurpose:
    'Frivilligt. Vi frågar för att kunna matcha dig med någon som talar ditt språk.',
  signupChoose: 'Välj …',
  signupYes: 'Ja',
  signupNo: 'Nej',
  signupConsent: 'Jag har läst hur mina uppgifter behandlas och godkänner det.',
  signupPrivacyLink: 'Så behandlar vi dina personuppgifter',
  signupHoneypot: 'Lämna det här fältet tomt',
  signupQuestionsInvalid:
    'Några av formulärets frågor kunde inte visas. Kontakta den som ansvarar för webbplatsen.',

  signupSubmit: 'Skicka anmälan',
  signupSending: 'Skickar …',
  signupErrorSummaryTitle: 'Något behöver rättas',
  signupErrorRequired: 'Fyll i det här fältet.',
  signupErrorChoose: 'Välj ett alternativ.',
  signupErrorChooseSome: 'Välj minst ett alternativ.',
  signupErrorEmail: 'Skriv en e-postadress, till exempel namn@exempel.se.',
  signupErrorPhone: 'Skriv ett telefonnummer med siffror, till exempel 070-123 45 67.',
  signupErrorYears: 'Skriv ett heltal mellan 0 och 70.',
  signupErrorLanguageLevel: 'Välj en nivå för varje språk du har kryssat i.',
  signupErrorTooLong: ({ max }: { max: number }) => `Skriv högst ${max} tecken.`,
  signupErrorTooMany: ({ max }: { max: number }) => `Välj högst ${max}.`,
  signupErrorConsent: 'Du behöver godkänna hur dina uppgifter behandlas för att kunna anmäla dig.',
  signupErrorInvalid: 'Kontrollera det du har skrivit här.',
  signupSendErrorTitle: 'Anmälan kunde inte skickas',
  signupSendErrorBody: 'Det du har skrivit finns kvar. Kontrollera din anslutning och försök igen.',
  signupSendErrorUnreachableBody:
    'Det du har skrivit finns kvar. Servern gick inte att nå. Försök igen senare.',
  signupSuccessTitle: 'Tack för din anmälan!',
  signupSuccessBody: 'Vi har tagit emot dina uppgifter och hör av oss så snart vi kan.',
} satisfies SourceCatalogue;

export type SignupMessages = typeof signupSv;
/**
 * Every message the form shows: its own bundle (above, in the entry) and that of the fields
 * matching needs (matching-locales/, registered by checks.ts when it arrives).
 */
export type SignupFormMessages = SignupMessages & SignupMatchingMessages;
export type SignupMessageKey = keyof SignupFormMessages;
