// The words of the proposals, the matches and the shared sessions, Swedish source. The codes
// they share with the people views (roles, statuses, goals, times, ways of meeting) are the
// people catalogue's (../../people/locales/sv.ts), spread into the bundle with these; the
// reasons' kinds are the match card's, so a coordinator and a participant read one reason alike.
import { plural } from '@mentorkit/core/i18n';
import type { SourceCatalogue } from '@mentorkit/core/i18n';
import { matchCardSv } from '../../../../widgets/src/match-card/locales/sv.ts';

export type NameParam = { name: string };
export type PeopleParam = { people: string };
export type StepParam = { step: string };
export type ActionParam = { action: string; about: string };

/** How near two occupations are, as the matching's profession reason says it (its level). */
export type ProfessionLevelParam = { level: string };

export const matchesSv = {
  // The kinds of reason, in the match card's words.
  matchReason: matchCardSv.matchReason,
  matchesProfession: ({ level }: ProfessionLevelParam): string =>
    ({
      title: 'Samma yrke',
      'same-text': 'Samma yrke',
      unit: 'Samma yrkesgrupp',
      minor: 'Närliggande yrken',
      'sub-major': 'Samma yrkesområde',
      major: 'Samma huvudgrupp av yrken',
      none: 'Olika yrken',
    })[level] ?? 'Samma eller närliggande yrke',
  matchesReasonAbout: ({ reason, about }: { reason: string; about: string }): string =>
    `${reason}: ${about}`,
  matchesReasonShare: ({ reason, share }: { reason: string; share: string }): string =>
    `${reason} (${share})`,
  matchesMoreMentees: ({ count }: { count: number }): string =>
    plural('sv', count, { one: `${count} adept till`, other: `${count} adepter till` }),

  matchesProposalHeading: 'Föreslagna matchningar',
  matchesProposalIntro: ({ by, name }: { by: string; name: string }): string =>
    `${by}: de mentorer som passar ${name} bäst, yrket först. Procenten är varje skäls andel av poängen; mentorer som inte har plats kommer sist.`,
  matchesProposalInActive: ({ name }: NameParam): string =>
    `${name} är redan i en pågående matchning: ingen annan mentor föreslås.`,
  matchesProposalNone: ({ name }: NameParam): string =>
    `Ingen mentor att föreslå för ${name}: ingen har anmält sig, eller så har alla redan matchats med hen.`,
  matchesProposalClose: 'Stäng förslagen',
  matchesCandidates: ({ name }: NameParam): string => `Mentorer för ${name}`,
  matchesOccupation: ({ group }: { group: string }): string => `Yrkesgrupp: ${group}`,
  matchesUnclassified: 'Inte klassificerat',
  matchesCapacity: ({ active, max }: { active: number; max: number }): string =>
    `${active} av ${max} ${max === 1 ? 'adept' : 'adepter'}`,
  matchesAtCapacity: ({ capacity }: { capacity: string }): string =>
    `Har inte plats (${capacity}): fråga innan du föreslår.`,
  matchesMentees: ({ capacity }: { capacity: string }): string => `Adepter: ${capacity}`,
  matchesScoreLabel: 'Poäng',
  matchesPropose: 'Föreslå matchningen',
  matchesProposeLabel: ({ mentor, mentee }: { mentor: string; mentee: string }): string =>
    `Föreslå matchningen: ${mentor} och ${mentee}`,
  matchesProposed: 'Matchningen är föreslagen.',
  matchesProposedLinks: 'Deras egna länkar, som också står i deras introduktionsmejl (utkorgen):',
  matchesConnectCode: ({ name }: NameParam): string =>
    `Mentorns länk är också kopplingskoden till Mentorkit-tillägget: inklistrad i tilläggets inställningar delar den ${name}s sammanfattningar av träffarna med programmet (se ”Träffar som mentorer delat”).`,
  matchesAlreadyMatched: 'De två är redan matchade.',
  matchesPersonGone: 'Någon av dem finns inte längre i dina program. Stäng förslagen och sök igen.',
  matchesActionFailed: 'Det gick inte. Försök igen om en stund.',
  matchesSessionEnded: 'Din inloggning har gått ut. Logga in igen för att fortsätta.',
  matchesDemo: 'Demo',
  matchesDemoLabel: 'Demo: påhittade personer',

  matchesHeading: 'Matchningar',
  matchesNone: 'Inga matchningar än.',
  matchesAnd: 'och',
  matchesPeople: ({ mentor, mentee }: { mentor: string; mentee: string }): string =>
    `${mentor} och ${mentee}`,
  matchesStatusLine: ({ status }: { status: string }): string => `Status: ${status}`,
  matchesWaitingFor: ({ names }: { names: string }): string => `väntar på ${names}`,
  matchesPersonInRole: ({ name, role }: { name: string; role: string }): string =>
    `${name} (${role})`,
  matchesScoreShort: ({ score }: { score: string }): string => `poäng ${score}`,
  matchesMeetingsOf: ({ held, planned }: { held: number; planned: number }): string =>
    `${held} av ${planned} träffar`,
  matchesLastMeeting: ({ date }: { date: string }): string => `Senaste träff: ${date}`,
  matchesFollowUp: ({ months, role, state }: { months: number; role: string; state: string }) =>
    `Uppföljning efter ${months} ${months === 1 ? 'månad' : 'månader'}, ${role}: ${state}`,
  matchesFollowUpState: ({ state }: { state: string }): string =>
    ({
      answered: 'besvarad',
      waiting: 'inte besvarad än',
      expired: 'inte besvarad (länken har gått ut)',
    })[state] ?? state,
  matchesStep: ({ step }: StepParam): string =>
    ({
      activate: 'Aktivera',
      resume: 'Återuppta',
      pause: 'Pausa',
      complete: 'Avsluta',
      close: 'Stäng',
    })[step] ?? step,
  matchesStepOf: ({ step, people }: { step: string; people: string }): string =>
    `${step}: ${people}`,
  matchesStepsGroup: ({ people }: PeopleParam): string => `Ändra matchningen: ${people}`,
  matchesReason: 'Skäl (sparas i historiken; krävs för att stänga)',
  matchesReasonRequired: 'Skriv varför matchningen stängs.',
  matchesNowStatus: ({ people, status }: { people: string; status: string }): string =>
    status === 'active'
      ? `Matchningen ${people} pågår nu.`
      : `Matchningen ${people} är nu ${
          { paused: 'pausad', completed: 'avslutad', closed: 'stängd' }[status] ?? 'ändrad'
        }.`,
  matchesUndo: 'Ångra',
  matchesNotPossible: 'Det går inte från matchningens status nu. Listan visar hur den är nu.',
  matchesGone: 'Matchningen finns inte längre.',
  matchesMetOn: 'Träffades',
  matchesRecordMeeting: 'Registrera en träff',
  matchesMeetingsGroup: ({ people }: PeopleParam): string => `Träffar: ${people}`,
  matchesMeetingRecorded: ({ date }: { date: string }): string => `Träffen ${date} är registrerad.`,
  matchesMeetingOutOfRange: 'Välj en dag från matchningens start till i dag.',
  matchesLinks: 'Deras egna länkar',
  matchesLinkWorks: ({ date }: { date: string }): string => `fungerar till ${date}`,
  matchesLinkDead: 'återkallad eller har gått ut',
  matchesLinkNone: 'ingen',
  matchesLinkState: ({ person, state }: { person: string; state: string }): string =>
    `${person}: ${state}`,
  matchesRevoke: 'Återkalla länken',
  matchesReissue: 'Ny länk',
  matchesLinkActionOf: ({ action, name }: { action: string; name: string }): string =>
    `${action}: ${name}`,
  matchesRevoked: ({ name }: NameParam): string => `Länken till ${name} fungerar inte längre.`,
  matchesReissued: ({ name }: NameParam): string =>
    `En ny länk till ${name} är skapad och mejlad; den gamla fungerar inte längre.`,
  matchesNewLink: ({ name, url }: { name: string; url: string }): string =>
    `Ny länk till ${name}: ${url}`,
  matchesHistory: ({ count }: { count: number }): string => `Historik (${count})`,
  matchesHistoryNone: 'Inget registrerat.',
  matchesActor: ({ actor }: { actor: string }): string =>
    ({ coordinator: 'samordnaren', mentor: 'mentorn', mentee: 'adepten' })[actor] ?? actor,
  matchesAction: ({ action, about }: ActionParam): string =>
    ({
      proposed: 'föreslog matchningen',
      accepted: 'tackade ja',
      declined: 'tackade nej',
      activated: 'aktiverade matchningen',
      paused: 'pausade matchningen',
      completed: 'avslutade matchningen',
      closed: 'stängde matchningen',
      'link-revoked': `återkallade länken till ${about}`,
      'link-reissued': `skapade en ny länk till ${about}`,
    })[action] ?? 'ändrade matchningen',
  matchesAbout: ({ role }: { role: string }): string =>
    role === 'mentor' ? 'mentorn' : role === 'mentee' ? 'adepten' : '',
  matchesHistoryReason: ({ reason }: { reason: string }): string => `(skäl: ${reason})`,
  matchesPublicProfile: 'Matchningens kort (JSON)',

  sharedHeading: 'Träffar som mentorer delat',
  sharedIntro:
    'Mentorer som kopplar Mentorkit-tillägget till en matchning (med adressen till sin matchningssida) delar en sammanfattning av varje träff: varje dag de sågs räknas som en träff i matchningen.',
  sharedCaption: 'Matchningar med delade träffar',
  sharedMatch: 'Matchning',
  sharedExtension: 'Tillägget',
  sharedSessions: 'Träffar',
  sharedLatest: 'Senaste träff',
  sharedConnected: 'Kopplat',
  sharedDisconnected: 'Inte kopplat',
  sharedNoLatest: 'Ingen än',
  sharedNone: 'Ingen mentor har delat träffar än.',
  sharedFlaggedHeading: 'Flaggade för din uppmärksamhet',
  sharedFlaggedNone: 'Ingen träff är flaggad för din uppmärksamhet.',
  sharedCardHeading: ({ people, date }: { people: string; date: string }): string =>
    `${people}, ${date}`,
  sharedMinutes: ({ minutes }: { minutes: number }): string => `${minutes} min`,
  sharedRating: ({ rating }: { rating: number }): string => `betyg ${rating} av 5`,
  sharedNote: 'Mentorns anteckning:',
  sharedNoNote: 'Ingen anteckning delad.',
  sharedHandled: ({ date }: { date: string }): string => `Hanterad ${date}.`,
  sharedMarkHandled: ({ name, date }: { name: string; date: string }): string =>
    `Markera som hanterad: ${name}, ${date}`,
  // What a mentor chose in the extension, in the extension's Swedish words
  // (extension/_locales/sv/messages.json); topics that are mentoring goals take the goals' words.
  sharedTopic: ({ topic }: { topic: string }): string =>
    ({ language: 'Språk', 'job-search': 'Jobbsökande', other: 'Annat' })[topic] ?? '',
  sharedMode: ({ mode }: { mode: string }): string =>
    ({
      'in-person': 'På plats',
      video: 'Video',
      phone: 'Telefon',
      'workplace-visit': 'Arbetsplatsbesök',
      chat: 'Chatt',
    })[mode] ?? mode,
} satisfies SourceCatalogue;

export type MatchesMessages = typeof matchesSv;
