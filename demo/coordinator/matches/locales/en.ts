import { plural } from '@mentorkit/core/i18n';
import type { CatalogueOf } from '@mentorkit/core/i18n';
import { matchCardEn } from '../../../../widgets/src/match-card/locales/en.ts';
import type { MatchesMessages } from './sv.ts';

export const matchesEn: CatalogueOf<MatchesMessages> = {
  matchReason: matchCardEn.matchReason,
  // The matching's own English labels for how near two occupations are (core's scoreMatch).
  matchesProfession: ({ level }) =>
    ({
      title: 'Same occupation',
      'same-text': 'Same profession',
      unit: 'Same occupation group',
      minor: 'Related occupations',
      'sub-major': 'Same occupational field',
      major: 'Same major occupation group',
      none: 'Different professions',
    })[level] ?? 'Same or related profession',
  matchesReasonAbout: ({ reason, about }) => `${reason}: ${about}`,
  matchesReasonShare: ({ reason, share }) => `${reason} (${share})`,
  matchesMoreMentees: ({ count }) =>
    plural('en', count, { one: `${count} more mentee`, other: `${count} more mentees` }),

  matchesProposalHeading: 'Proposed matches',
  matchesProposalIntro: ({ by, name }) =>
    `${by}: the best mentors for ${name}, the profession first. The percentages are each reason's share of the score; mentors at capacity come last.`,
  matchesProposalInActive: ({ name }) =>
    `${name} is in an active match: no other mentor is proposed.`,
  matchesProposalNone: ({ name }) =>
    `No mentor to propose for ${name}: none has signed up, or each has been matched with them before.`,
  matchesProposalClose: 'Close the proposals',
  matchesCandidates: ({ name }) => `Mentors for ${name}`,
  matchesOccupation: ({ group }) => `Occupation: ${group}`,
  matchesUnclassified: 'Unclassified',
  matchesCapacity: ({ active, max }) => `${active} of ${max} ${max === 1 ? 'mentee' : 'mentees'}`,
  matchesAtCapacity: ({ capacity }) => `At capacity (${capacity}): ask before proposing.`,
  matchesMentees: ({ capacity }) => `Mentees: ${capacity}`,
  matchesScoreLabel: 'Score',
  matchesPropose: 'Propose this match',
  matchesProposeLabel: ({ mentor, mentee }) => `Propose this match: ${mentor} and ${mentee}`,
  matchesProposed: 'The match was proposed.',
  matchesProposedLinks: 'Their own links, also in their introduction mails (outbox):',
  matchesConnectCode: ({ name }) =>
    `The mentor's link is also the connect code of the Mentorkit extension: pasted in its settings, it shares ${name}'s session summaries with this programme (see "Sessions shared by mentors").`,
  matchesAlreadyMatched: 'These two are already matched.',
  matchesPersonGone:
    'One of them is no longer in your programmes. Close the proposals and look again.',
  matchesActionFailed: 'That did not work. Try again in a moment.',
  matchesSessionEnded: 'Your session has ended. Sign in again to go on.',
  matchesDemo: 'Demo',
  matchesDemoLabel: 'Demo: made-up people',

  matchesHeading: 'Matches',
  matchesNone: 'No matches yet.',
  matchesAnd: 'and',
  matchesPeople: ({ mentor, mentee }) => `${mentor} and ${mentee}`,
  matchesStatusLine: ({ status }) => `Status: ${status}`,
  matchesWaitingFor: ({ names }) => `waiting for ${names}`,
  matchesPersonInRole: ({ name, role }) => `${name} (${role})`,
  matchesScoreShort: ({ score }) => `score ${score}`,
  matchesMeetingsOf: ({ held, planned }) => `${held} of ${planned} meetings`,
  matchesLastMeeting: ({ date }) => `Last meeting: ${date}`,
  matchesFollowUp: ({ months, role, state }) => `${months}-month follow-up, ${role}: ${state}`,
  matchesFollowUpState: ({ state }) =>
    ({
      answered: 'answered',
      waiting: 'not answered yet',
      expired: 'not answered (link expired)',
    })[state] ?? state,
  matchesStep: ({ step }) =>
    ({
      activate: 'Activate',
      resume: 'Resume',
      pause: 'Pause',
      complete: 'Complete',
      close: 'Close',
    })[step] ?? step,
  matchesStepOf: ({ step, people }) => `${step}: ${people}`,
  matchesStepsGroup: ({ people }) => `Change the match: ${people}`,
  matchesReason: 'Reason (kept in the history; needed to close)',
  matchesReasonRequired: 'Say why the match is closed.',
  matchesNowStatus: ({ people, status }) =>
    `The match of ${people} is now ${
      { active: 'active', paused: 'paused', completed: 'completed', closed: 'closed' }[status] ??
      'changed'
    }.`,
  matchesUndo: 'Undo',
  matchesNotPossible: "Not possible from the match's status now. The list shows it as it is.",
  matchesGone: 'This match is no longer there.',
  matchesMetOn: 'Met on',
  matchesRecordMeeting: 'Record a meeting',
  matchesMeetingsGroup: ({ people }) => `Meetings: ${people}`,
  matchesMeetingRecorded: ({ date }) => `The meeting on ${date} is recorded.`,
  matchesMeetingOutOfRange: 'Choose a day from the start of the match to today.',
  matchesLinks: 'Their own links',
  matchesLinkWorks: ({ date }) => `works until ${date}`,
  matchesLinkDead: 'revoked or expired',
  matchesLinkNone: 'none',
  matchesLinkState: ({ person, state }) => `${person}: ${state}`,
  matchesRevoke: 'Revoke link',
  matchesReissue: 'New link',
  matchesLinkActionOf: ({ action, name }) => `${action}: ${name}`,
  matchesRevoked: ({ name }) => `${name}'s link no longer works.`,
  matchesReissued: ({ name }) =>
    `A new link for ${name} was made and mailed; the old one no longer works.`,
  matchesNewLink: ({ name, url }) => `New link for ${name}: ${url}`,
  matchesHistory: ({ count }) => `History (${count})`,
  matchesHistoryNone: 'Nothing recorded.',
  matchesActor: ({ actor }) =>
    ({ coordinator: 'the coordinator', mentor: 'the mentor', mentee: 'the mentee' })[actor] ??
    actor,
  matchesAction: ({ action, about }) =>
    ({
      proposed: 'proposed the match',
      accepted: 'accepted',
      declined: 'declined',
      activated: 'activated the match',
      paused: 'paused the match',
      completed: 'completed the match',
      closed: 'closed the match',
      'link-revoked': `revoked the link of ${about}`,
      'link-reissued': `made a new link for ${about}`,
    })[action] ?? 'changed the match',
  matchesAbout: ({ role }) =>
    role === 'mentor' ? 'the mentor' : role === 'mentee' ? 'the mentee' : '',
  matchesHistoryReason: ({ reason }) => `(reason: ${reason})`,
  matchesPublicProfile: 'Public profile (JSON)',

  sharedHeading: 'Sessions shared by mentors',
  sharedIntro:
    'Mentors who connect the Mentorkit extension to a match (with the address of their match page) share a summary of each session: each day they met counts as a meeting of the match.',
  sharedCaption: 'Matches with shared sessions',
  sharedMatch: 'Match',
  sharedExtension: 'Extension',
  sharedSessions: 'Sessions',
  sharedLatest: 'Latest session',
  sharedConnected: 'Connected',
  sharedDisconnected: 'Disconnected',
  sharedNoLatest: 'None yet',
  sharedNone: 'No mentor has shared sessions yet.',
  sharedFlaggedHeading: 'Flagged for your attention',
  sharedFlaggedNone: 'No session is flagged for your attention.',
  sharedCardHeading: ({ people, date }) => `${people}, ${date}`,
  sharedMinutes: ({ minutes }) => `${minutes} min`,
  sharedRating: ({ rating }) => `rated ${rating} of 5`,
  sharedNote: 'The mentor’s note:',
  sharedNoNote: 'No note shared.',
  sharedHandled: ({ date }) => `Handled ${date}.`,
  sharedMarkHandled: ({ name, date }) => `Mark handled: ${name}, ${date}`,
  sharedTopic: ({ topic }) =>
    ({ language: 'Language', 'job-search': 'Job search', other: 'Other' })[topic] ?? '',
  sharedMode: ({ mode }) =>
    ({
      'in-person': 'In person',
      video: 'Video',
      phone: 'Phone',
      'workplace-visit': 'Workplace visit',
      chat: 'Chat',
    })[mode] ?? mode,
};
