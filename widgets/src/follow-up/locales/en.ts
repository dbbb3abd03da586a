import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import type { followUpSv } from './sv.ts';

export const followUpEn: CatalogueOf<typeof followUpSv> = {
  followUpTitle: ({ months }) =>
    plural('en', months, {
      one: `Follow-up after ${months} month`,
      other: `Follow-up after ${months} months`,
    }),
  followUpProgramme: ({ programme }) => `Mentoring in ${programme}`,
  followUpIntroMentee:
    'How are things going for you now? Your answers help the programme get better. It takes about two minutes.',
  followUpIntroMentor:
    'How has the mentoring gone? Your answers help the programme get better. It takes about two minutes.',
  followUpAnswerBy: ({ date }) => `Please answer by ${date}.`,
  followUpChangeNote: 'Your new answers replace the ones you sent last time.',

  followUpWorkSituation: 'What are you doing now?',
  followUpWorkQualifiedJob: 'I have a job in my own field or a qualified job',
  followUpWorkOtherJob: 'I have another job',
  followUpWorkStudies: 'I am studying',
  followUpWorkLooking: 'I am looking for work',
  followUpWorkOther: 'Something else',
  followUpWeeklyHours: 'How many hours a week?',
  followUpWeeklyHoursHint:
    'Roughly, in the job or the studies. Write a whole number, for example 40.',
  followUpSince: 'Since when?',
  followUpMonth: 'Month',
  followUpYear: 'Year',
  followUpChoose: 'Choose …',
  followUpHelpedMentee: 'How much has the mentoring helped you?',
  followUpHelpedMentor: 'How much do you think the mentoring has helped your mentee?',
  followUpHelpedALot: 'A lot',
  followUpHelpedSome: 'Some',
  followUpHelpedALittle: 'A little',
  followUpHelpedNotAtAll: 'Not at all',
  followUpStillMeeting: 'Do you still meet?',
  followUpStillMeetingYes: 'Yes',
  followUpStillMeetingSometimes: 'Sometimes',
  followUpStillMeetingNo: 'No',
  followUpMentorAgain: 'Would you like to be a mentor again?',
  followUpMentorAgainYes: 'Yes',
  followUpMentorAgainMaybe: 'Maybe',
  followUpMentorAgainNo: 'No',
  followUpComment: 'Is there anything else you would like to tell us?',
  followUpCommentHint: 'For example what helped most, or what could have been better.',

  followUpSubmit: 'Send my answers',
  followUpSending: 'Sending …',
  followUpErrorSummaryTitle: 'Something needs to be corrected',
  followUpErrorChoose: 'Choose an answer.',
  followUpErrorHours: ({ max }) => `Write a whole number from 1 to ${max}.`,
  followUpErrorSince: 'Choose both a month and a year.',
  followUpErrorSinceFuture: 'Choose this month or an earlier one.',
  followUpErrorTooLong: ({ max }) => `Write at most ${max} characters.`,
  followUpErrorInvalid: 'Check your answer here.',
  followUpSendErrorTitle: 'Your answers could not be sent',
  followUpSendErrorBody: 'Your answers are still here. Check your connection and try again.',
  followUpSendErrorUnreachableBody:
    'Your answers are still here. The server could not be reached. Try again in a moment.',

  followUpThanksTitle: 'Thank you for your answers!',
  followUpThanksBody: 'We have received them. They help us make the programme better.',
  followUpAnsweredTitle: 'You have already answered',
  followUpAnsweredBody: ({ date }) => `We received your answers on ${date}. Thank you!`,
  followUpChange: 'Change my answers',
  followUpExpiredTitle: 'This link is no longer valid',
  followUpExpiredBody:
    'This link has expired or was withdrawn. If you would like to answer, contact the person who coordinates your programme.',
  followUpNotFoundTitle: 'The questions were not found',
  followUpNotFoundBody:
    'Check that you have the whole link. If the problem remains, contact the person who coordinates your programme.',
};
