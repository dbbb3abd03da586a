import { plural } from '@mentorkit/core/i18n';
import type { SourceCatalogue } from '@mentorkit/core/i18n';

/**
 * `<mk-follow-up>`'s messages, Swedish source; every other language is typed against it. The
 * mentee is written to as "du", in plain words (many read Swedish as a second language).
 */
export const followUpSv = {
  followUpTitle: ({ months }: { months: number }): string =>
    plural('sv', months, {
      one: `Uppföljning efter ${months} månad`,
      other: `Uppföljning efter ${months} månader`,
    }),
  followUpProgramme: ({ programme }: { programme: string }): string => `Mentorskap i ${programme}`,
  followUpIntroMentee:
    'Hur går det för dig nu? Dina svar hjälper programmet att bli bättre. Det tar ungefär två minuter.',
  followUpIntroMentor:
    'Hur har mentorskapet gått? Dina svar hjälper programmet att bli bättre. Det tar ungefär två minuter.',
  followUpAnswerBy: ({ date }: { date: string }): string => `Svara senast ${date}.`,
  followUpChangeNote: 'Dina nya svar ersätter dem du skickade förra gången.',

  followUpWorkSituation: 'Vad gör du nu?',
  followUpWorkQualifiedJob: 'Jag har ett jobb inom mitt yrke eller ett kvalificerat jobb',
  followUpWorkOtherJob: 'Jag har ett annat jobb',
  followUpWorkStudies: 'Jag studerar',
  followUpWorkLooking: 'Jag söker arbete',
  followUpWorkOther: 'Något annat',
  followUpWeeklyHours: 'Hur många timmar i veckan?',
  followUpWeeklyHoursHint: 'Ungefär, i jobbet eller studierna. Skriv ett heltal, till exempel 40.',
  followUpSince: 'Sedan när?',
  followUpMonth: 'Månad',
  followUpYear: 'År',
  followUpChoose: 'Välj …',
  followUpHelpedMentee: 'Hur mycket har mentorskapet hjälpt dig?',
  followUpHelpedMentor: 'Hur mycket tror du att mentorskapet har hjälpt din adept?',
  followUpHelpedALot: 'Mycket',
  followUpHelpedSome: 'En del',
  followUpHelpedALittle: 'Lite',
  followUpHelpedNotAtAll: 'Inte alls',
  followUpStillMeeting: 'Träffar ni varandra fortfarande?',
  followUpStillMeetingYes: 'Ja',
  followUpStillMeetingSometimes: 'Ibland',
  followUpStillMeetingNo: 'Nej',
  followUpMentorAgain: 'Vill du vara mentor igen?',
  followUpMentorAgainYes: 'Ja',
  followUpMentorAgainMaybe: 'Kanske',
  followUpMentorAgainNo: 'Nej',
  followUpComment: 'Vill du berätta något mer?',
  followUpCommentHint: 'Till exempel vad som hjälpte mest, eller vad som kunde ha varit bättre.',

  followUpSubmit: 'Skicka svaren',
  followUpSending: 'Skickar …',
  followUpErrorSummaryTitle: 'Något behöver rättas',
  followUpErrorChoose: 'Välj ett svar.',
  followUpErrorHours: ({ max }: { max: number }): string => `Skriv ett heltal från 1 till ${max}.`,
  followUpErrorSince: 'Välj både månad och år.',
  followUpErrorSinceFuture: 'Välj den här månaden eller en tidigare.',
  followUpErrorTooLong: ({ max }: { max: number }): string => `Skriv högst ${max} tecken.`,
  followUpErrorInvalid: 'Kontrollera svaret här.',
  followUpSendErrorTitle: 'Svaren kunde inte skickas',
  followUpSendErrorBody: 'Dina svar finns kvar. Kontrollera din anslutning och försök igen.',
  followUpSendErrorUnreachableBody:
    'Dina svar finns kvar. Servern gick inte att nå. Försök igen om en stund.',

  followUpThanksTitle: 'Tack för dina svar!',
  followUpThanksBody: 'Vi har tagit emot dem. De hjälper oss att göra programmet bättre.',
  followUpAnsweredTitle: 'Du har redan svarat',
  followUpAnsweredBody: ({ date }: { date: string }): string =>
    `Vi fick dina svar den ${date}. Tack!`,
  followUpChange: 'Ändra mina svar',
  followUpExpiredTitle: 'Länken gäller inte längre',
  followUpExpiredBody:
    'Den här länken har gått ut eller dragits tillbaka. Kontakta den som samordnar ditt program om du vill svara.',
  followUpNotFoundTitle: 'Frågorna hittades inte',
  followUpNotFoundBody:
    'Kontrollera att du har fått med hela länken. Om felet finns kvar, kontakta den som samordnar ditt program.',
} satisfies SourceCatalogue;

export type FollowUpMessages = typeof followUpSv;
export type FollowUpMessageKey = keyof FollowUpMessages;
