import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import { followUpEn } from '../../../../widgets/src/follow-up/locales/en.ts';
import { helpedWord } from '../follow-up-answers.ts';
import type { ReportMessages } from './sv.ts';

export const reportEn: CatalogueOf<ReportMessages> = {
  reportHeading: 'Report',
  reportIntro:
    'For funders: per programme (the mentee’s) and cohort (the month a match was proposed in, Stockholm time), what became of the matches, and what the mentees answered at each follow-up.',
  reportPrivacy:
    'No one can be identified. A number that stands alone (proposed, asked, answered) under 5 reads “fewer than 5”. In a row that adds up to a total, a number under 5 and one more are hidden, so that it cannot be worked out from the total: they read “hidden”. A follow-up with fewer than 5 answers shows no shares. Demo data is reported apart.',
  reportProgrammeLabel: 'Programme',
  reportAllProgrammes: 'All programmes',
  reportProgrammeRefused: 'This programme cannot be shown. Choose another.',
  reportRefresh: 'Refresh the report',
  reportCsv: 'Download the report as CSV',
  reportCsvExcel: 'CSV for Swedish Excel',
  reportAsOf: ({ date }) => `Figures as of ${date}.`,
  reportRefreshed: ({ date }) => `The report is up to date: figures as of ${date}.`,
  reportDownloaded: ({ file }) => `The report was downloaded as CSV (${file}).`,
  reportDownloadFailed: 'The report could not be downloaded. Try again in a moment.',
  reportLoadFailedTitle: 'The report could not be loaded',
  reportLoadFailedBody: ({ status }) =>
    `The server answered with an error (${status}). Try again in a moment.`,
  reportSessionEnded: 'Your session has ended. Sign in again to go on.',
  reportEmpty: 'No matches yet: nothing to report.',
  reportNoProgramme: 'No programme',
  reportUnknownProgramme: ({ id }) => `Programme ${id}`,
  reportDemo: 'Demo',
  reportHeadline: ({ share, answered, formatted, months }) =>
    plural('en', answered, {
      one: `${share} of the ${formatted} mentee who answered after ${months} is in a qualified job`,
      other: `${share} of the ${formatted} mentees who answered after ${months} are in qualified jobs`,
    }),
  reportMonths: ({ months, formatted }) =>
    plural('en', months, { one: `${formatted} month`, other: `${formatted} months` }),

  reportCohortCaption: ({ programme }) =>
    `Matches by cohort, the month they were proposed in (Stockholm time): ${programme}`,
  reportCohortDenominators:
    'Each number counts matches among those proposed that month. The declined are part of the closed. Meetings held is the sum of the meetings the matches recorded.',
  reportCohort: 'Cohort',
  reportProposed: 'Proposed',
  reportWaiting: 'Waiting for answers',
  reportAcceptedByBoth: 'Accepted by both',
  reportActive: 'Active now',
  reportPaused: 'Paused',
  reportCompleted: 'Completed',
  reportClosed: 'Closed',
  reportDeclined: 'of which declined',
  reportMeetingsHeld: 'Meetings held',
  reportFewerThan5: 'fewer than 5',
  reportHidden: 'hidden',

  reportOutcomesHeading: 'Follow-ups: the mentees’ work situation',
  reportNoRounds: 'No follow-ups have been sent yet.',
  reportRoundsCaption: ({ programme }) =>
    `Mentees’ follow-ups by round, number (share of those who answered): ${programme}`,
  reportRoundsDenominators:
    'Asked are the mentees sent the follow-up; answered, those of them who answered. The share in brackets is of those who answered, not of those asked.',
  reportMonthsAfterStart: 'Months after start',
  reportAsked: 'Asked',
  reportAnswered: 'Answered',
  reportTooFewAnswers: 'too few answers',
  reportSituation: ({ situation }) =>
    ({
      'qualified-job': 'Qualified job',
      'other-job': 'Other job',
      studies: 'Studies',
      looking: 'Looking for work',
      other: 'Other',
      hidden: 'Hidden',
    })[situation] ?? situation,
  reportHelped: ({ level }) => `Helped: ${helpedWord(followUpEn, level).toLocaleLowerCase('en')}`,

  reportChartTitle: ({ programme }) => `Mentees’ work situation at each follow-up: ${programme}`,
  reportRoundTooFew: ({ months, answered }) =>
    `${months}: ${answered} answered, too few to show shares.`,
  reportRoundShares: ({ months, answered, shares }) =>
    `${months}: ${answered} answered; ${shares}.`,
  reportBarNoShares: ({ answered }) => `${answered} answered: no shares shown`,
};
