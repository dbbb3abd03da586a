import { selectMessage } from '@mentorkit/core/i18n';
import type { SourceCatalogue } from '@mentorkit/core/i18n';
import { goalNameSv } from '@mentorkit/core/goal-words/sv';
import type { GoalWordParam } from '@mentorkit/core/goal-words/goal-message';

/**
 * `<mk-match-card>`'s messages, Swedish source. Messages that pick one of a fixed set (a role,
 * a status, a goal, a reason) are functions of that value, like an ICU `select`.
 */
export type MatchStatusParam = {
  status: 'proposed' | 'active' | 'paused' | 'completed' | 'closed';
};
/** A goal's words come from core's goal-word catalogue, shared with every other surface. */
export type MatchGoalParam = GoalWordParam;
export type MatchReasonParam = {
  kind: 'profession' | 'industry' | 'language' | 'region' | 'goals' | 'availability' | 'capacity';
};

export const matchCardSv = {
  matchRole: selectMessage('role', { mentor: 'Mentor', mentee: 'Adept' }),
  matchAnonymousPerson: ({ role, profession }: { role: string; profession: string }): string =>
    `${role} – ${profession}`,
  matchPublicTitle: 'Ett exempel på en matchning',
  matchGreeting: ({ mentee, mentor }: { mentee: string; mentor: string }): string =>
    `Hej ${mentee} och ${mentor}!`,
  matchGreetingBody: 'Ni har matchats som mentor och adept. Här ser ni varför.',
  matchPhotoAlt: ({ name }: { name: string }): string => `Foto av ${name}`,
  matchProfession: 'Yrke',
  matchIndustry: 'Bransch',
  matchRegion: 'Område',
  matchLanguages: 'Språk',
  matchLanguageShared: 'gemensamt',
  matchLevelNative: 'modersmål',
  matchGoals: 'Vill ha hjälp med',
  matchExpertise: 'Kan hjälpa till med',
  matchGoalsAgainstExpertise: 'Mål och mentorns kunskaper',
  matchGoalCovered: 'mentorn kan hjälpa till',
  matchGoalNotCovered: 'utanför mentorns kunskaper',
  matchGoal: goalNameSv,
  matchReasonsTitle: 'Därför föreslogs matchningen',
  matchReason: ({ kind }: MatchReasonParam): string =>
    ({
      profession: 'Samma eller närliggande yrke',
      industry: 'Samma bransch',
      language: 'Gemensamt språk',
      region: 'Bor nära varandra',
      goals: 'Mentorn kan hjälpa med adeptens mål',
      availability: 'Tider som passar båda',
      capacity: 'Mentorn har plats',
    })[kind] ?? String(kind),
  matchReasonWeight: ({ weight }: { weight: string }): string => `vikt ${weight}`,
  matchStatus: ({ status }: MatchStatusParam): string =>
    ({
      proposed: 'Föreslagen',
      active: 'Pågår',
      paused: 'Pausad',
      completed: 'Avslutad',
      closed: 'Stängd',
    })[status] ?? String(status),
  matchStatusLabel: ({ status }: { status: string }): string => `Status: ${status}`,
  matchScore: ({ score }: { score: string }): string => `Matchning: ${score}`,
  matchMeetings: 'Möten',
  matchMeetingsHeld: ({ held, planned }: { held: number; planned: number }): string =>
    `${held} av ${planned} hållna`,
  matchMeetingsHeldOnly: ({ held }: { held: number }): string => `${held} hållna`,
  matchNextMeeting: 'Nästa möte',
  matchStartedAt: 'Startade',
  matchContactDetails: 'Kontaktuppgifter',
  matchEmail: 'E-post',
  matchPhone: 'Telefon',
  matchActions: 'Svara på matchningen',
  matchAccept: 'Acceptera',
  matchDecline: 'Tacka nej',
  matchContact: 'Kontakta',
  matchDeclineQuestion: 'Vill du tacka nej till den här matchningen?',
  matchDeclineConfirm: 'Ja, tacka nej',
  matchDeclineReason: 'Vill du berätta varför? (frivilligt)',
  matchSending: 'Skickar ditt svar …',
  matchAcceptedWaiting: 'Du har tackat ja. Matchningen börjar när ni båda har tackat ja.',
  matchAcceptedActive: 'Ni har båda tackat ja. Matchningen har börjat!',
  matchDeclinedDone: 'Du har tackat nej. Tack för att du svarade.',
  matchAnswerFailed: 'Ditt svar kunde inte skickas.',
  matchContactLater: 'Kontaktuppgifterna visas när ni båda har tackat ja.',
} satisfies SourceCatalogue;

export type MatchCardMessages = typeof matchCardSv;
