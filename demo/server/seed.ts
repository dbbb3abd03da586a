// Demo data for a fresh database, so that `npm start` shows a living programme: fictional
// mentors and mentees (e-mail at example.org, which cannot reach anyone), trainings over the
// next months (one weekly, with an RRULE) and a few matches. Every row has demo = true, which
// the coordinator view shows as a "Demo" badge; demo trainings say so in their description.
import {
  rankCandidates,
  type MenteeSignup,
  type MentorSignup,
  type SignupSubmission,
} from '@mentorkit/core';
import { addDaysToWallTime, wallTimeAt, zonedToInstant, type WallTime } from '@mentorkit/core/time';
import type { OccupationIndex } from '@mentorkit/occupations';
import type { Database } from './db/database.ts';
import { classifyStoredSignups, type ClassificationReport } from './occupations/classify-stored.ts';
import { coordinatorGroupNames } from './occupations/occupation-index.ts';
import { pairReasons } from './occupations/pair-reasons.ts';
import { toCandidate, toProfileReasons } from './store/candidates.ts';
import { insertProgramme } from './store/coordinators.ts';
import { insertMatch } from './store/matches.ts';
import { getSignup, insertSignup } from './store/signups.ts';
import { insertTraining } from './store/trainings.ts';

/** The demo training the example pages' forms sign up for (demo/pages/examples, gallery). */
export const DEMO_INTRO_TRAINING_UID = 'mentor-intro@demo.mentorkit';

/**
 * The demo's one programme: its people and its trainings belong to it, as a real programme's
 * do, so a partner's calendar with `programme="demo"` (the embed builder's choice) shows the
 * demo's trainings. The public feeds' `?programme=` keeps to that programme's trainings only
 * (an organisation-wide training would otherwise turn up on every partner's page unasked).
 */
export const DEMO_PROGRAMME_ID = 'demo';
/** Its name, as the coordinator view and the report show it (rather than its id). */
export const DEMO_PROGRAMME_NAME = 'Demoprogrammet';

const ZONE = 'Europe/Stockholm';
const PRIVACY_URL = 'https://mentorkit.example.org/integritet';

type MentorSeed = [
  name: string,
  profession: string,
  industry: string,
  region: string,
  languages: string,
  availability: string,
  expertise: string,
];
type MenteeSeed = [
  name: string,
  profession: string,
  desiredField: string,
  region: string,
  languages: string,
  availability: string,
  goals: string,
  swedishLevel: MenteeSignup['profile']['swedishLevel'],
];

const MENTORS: MentorSeed[] = [
  [
    'Karin Lindqvist',
    'Gjuteritekniker',
    'Gjuteri',
    'Småland',
    'sv:native en:B2',
    'Vardagar dagtid',
    'workplace-culture interview network',
  ],
  [
    'Erik Holmström',
    'Sågverksarbetare',
    'Trä och sågverk',
    'Västerbotten',
    'sv:native en:B1',
    'Kvällar, varannan vecka',
    'workplace-culture language-practice',
  ],
  [
    'Leila Haddad',
    'Civilingenjör',
    'Tillverkning',
    'Stockholm',
    'sv:C2 ar:native en:C1',
    'Kvällar och helger',
    'cv interview degree-validation',
  ],
  [
    'Johan Berglund',
    'Lokalvårdare',
    'Städ och fastighetsservice',
    'Uppsala',
    'sv:native',
    'Vardagar förmiddag',
    'workplace-culture language-practice',
  ],
  [
    'Maryam Karimi',
    'Sjuksköterska',
    'Vård och omsorg',
    'Skåne',
    'sv:C1 fa:native en:B2',
    'Helger',
    'degree-validation cv network',
  ],
  [
    'Anders Nyberg',
    'Ekonom',
    'Offentlig förvaltning',
    'Stockholm',
    'sv:native en:C1 de:B1',
    'Lunch eller kväll',
    'cv interview network',
  ],
  [
    'Oksana Petrenko',
    'Lärare',
    'Utbildning',
    'Västra Götaland',
    'sv:C1 uk:native ru:C2',
    'Kvällar',
    'degree-validation language-practice',
  ],
  [
    'Hodan Warsame',
    'Undersköterska',
    'Vård och omsorg',
    'Västra Götaland',
    'sv:C1 so:native en:B2',
    'Helger och kvällar',
    'workplace-culture network',
  ],
];

const MENTEES: MenteeSeed[] = [
  [
    'Ahmad Rahimi',
    'Gjutare',
    'Gjuteri',
    'Småland',
    'prs:native fa:native sv:A2',
    'Vardagar dagtid',
    'workplace-culture language-practice',
    'sfi-c',
  ],
  [
    'Rania Saleh',
    'Civilingenjör (maskin)',
    'Tillverkning',
    'Stockholm',
    'ar:native en:B2 sv:B1',
    'Kvällar',
    'degree-validation cv interview',
    'B1',
  ],
  [
    'Yonas Tesfay',
    'Snickare',
    'Trä och sågverk',
    'Västerbotten',
    'ti:native sv:A2',
    'Kvällar',
    'language-practice workplace-culture',
    'sfi-b',
  ],
  [
    'Nadia Hosseini',
    'Sjuksköterska',
    'Vård och omsorg',
    'Skåne',
    'fa:native sv:B1 en:B1',
    'Helger',
    'degree-validation network',
    'B1',
  ],
  [
    'Fadumo Ali',
    'Lokalvårdare',
    'Städ och fastighetsservice',
    'Uppsala',
    'so:native sv:A2',
    'Vardagar förmiddag',
    'language-practice workplace-culture',
    'sfi-c',
  ],
  [
    'Olena Kovalenko',
    'Lärare',
    'Utbildning',
    'Västra Götaland',
    'uk:native ru:C1 sv:A2',
    'Kvällar',
    'degree-validation cv',
    'A2',
  ],
  [
    'Samir Khalil',
    'Ekonom',
    'Offentlig förvaltning',
    'Stockholm',
    'ar:native en:C1 sv:B2',
    'Lunch',
    'network interview',
    'B2',
  ],
  [
    'Mahlet Gebre',
    'Undersköterska',
    'Vård och omsorg',
    'Västra Götaland',
    'ti:native am:native sv:A2',
    'Helger',
    'workplace-culture cv',
    'sfi-d',
  ],
  [
    'Dawit Haile',
    'Elektriker',
    'Tillverkning',
    'Småland',
    'ti:native en:A2 sv:A1',
    'Vardagar dagtid',
    'language-practice network',
    'sfi-a',
  ],
  [
    'Farida Noori',
    'Apotekare',
    'Vård och omsorg',
    'Stockholm',
    'prs:native en:B2 sv:B1',
    'Kvällar och helger',
    'degree-validation interview',
    'B1',
  ],
];

function languages(spec: string) {
  return spec.split(' ').map((pair) => {
    const [code, level] = pair.split(':') as [
      string,
      MentorSignup['profile']['languages'][0]['level'],
    ];
    return { code, level };
  });
}

function emailOf(name: string): string {
  const local = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');
  return `${local}@example.org`;
}

/** A deterministic UUID-shaped key per seed row, so seeding twice could never double a row. */
function seedKey(index: number): string {
  return `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
}

export function demoSignups(now: Date): SignupSubmission[] {
  const submittedAt = now.toISOString();
  const common = (index: number) => ({
    answers: {},
    consent: { privacyUrl: PRIVACY_URL, acceptedAt: submittedAt },
    locale: 'sv' as const,
    submittedAt,
    draftId: seedKey(index),
    programmeId: DEMO_PROGRAMME_ID,
  });
  const mentors: MentorSignup[] = MENTORS.map(
    ([name, profession, industry, region, langs, availability, expertise], index) => ({
      kind: 'mentor',
      person: { name, email: emailOf(name) },
      profile: {
        organisation: `Demo AB ${region}`,
        profession,
        industry,
        yearsOfExperience: 8 + index * 3,
        languages: languages(langs),
        availability,
        region,
        motivation: 'Demodata: en påhittad mentor som vill dela med sig av sitt yrke.',
      },
      ...common(index + 1),
      answers: { expertise: expertise.split(' '), capacity: index % 3 === 0 ? '3' : '2' },
    }),
  );
  const mentees: MenteeSignup[] = MENTEES.map(
    (
      [name, profession, desiredField, region, langs, availability, goals, swedishLevel],
      index,
    ) => ({
      kind: 'mentee',
      person: { name, email: emailOf(name) },
      profile: {
        profession,
        desiredField,
        swedishLevel,
        languages: languages(langs),
        goals: goals.split(' ') as MenteeSignup['profile']['goals'],
        availability,
        region,
      },
      ...common(100 + index),
    }),
  );
  return [...mentors, ...mentees];
}

/** The next `weekday` (0 = Sunday) at least `minDays` after `from`, at the given wall time. */
function nextWeekday(
  from: WallTime,
  weekday: number,
  minDays: number,
  hour: number,
  minute = 0,
): Date {
  let day = addDaysToWallTime(from, minDays);
  while (new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() !== weekday) {
    day = addDaysToWallTime(day, 1);
  }
  return new Date(zonedToInstant({ ...day, hour, minute, second: 0 }, ZONE));
}

const hours = (instant: Date, count: number) => new Date(instant.getTime() + count * 3_600_000);

export interface SeedOptions {
  /**
   * The occupation lookup: with it, the seeds' free-text professions are classified as stored
   * signups are at start (occupations/classify-stored.ts) before the demo matches are chosen,
   * so their reasons name the shared occupation group.
   */
  occupationIndex?: () => Promise<OccupationIndex>;
}

/** Seeds a fresh database; with `occupationIndex`, says how the seeds' professions were classified. */
export async function seedDemoData(
  database: Database,
  now = new Date(),
  { occupationIndex }: SeedOptions = {},
): Promise<ClassificationReport | undefined> {
  const today = wallTimeAt(now.getTime(), ZONE);
  await insertProgramme(database, { id: DEMO_PROGRAMME_ID, name: DEMO_PROGRAMME_NAME, now });
  const signups = demoSignups(now);
  const ids: string[] = [];
  for (const submission of signups) {
    const result = await insertSignup(database, submission.draftId, submission, { demo: true });
    ids.push(result.id);
  }
  const classification = occupationIndex
    ? await classifyStoredSignups(database, occupationIndex)
    : undefined;
  const index = occupationIndex ? await occupationIndex() : undefined;

  const library = { name: 'Demo: Stadsbiblioteket', address: 'Storgatan 1, 123 45 Exempelstad' };
  const weekly = nextWeekday(today, 2, 2, 17, 30);
  const trainings = [
    {
      title: 'Språkcafé för mentorer och adepter',
      description:
        'Demodata. Varje tisdag: fika och samtal på lätt svenska.\nAlla nivåer välkomna.',
      startsAt: weekly,
      endsAt: hours(weekly, 1.5),
      location: library,
      category: 'Språkcafé',
      languages: ['sv', 'ar', 'fa', 'ti'],
      seatsTotal: 30,
      rrule: 'FREQ=WEEKLY;COUNT=12',
    },
    {
      // A fixed UID: the demo's example pages sign up for this one.
      uid: DEMO_INTRO_TRAINING_UID,
      title: 'Introduktion för nya mentorer',
      description: 'Demodata. Vad en mentor gör, och inte gör; tystnadsplikt; första mötet.',
      startsAt: nextWeekday(today, 4, 7, 13),
      endsAt: hours(nextWeekday(today, 4, 7, 13), 3),
      location: { name: 'Demo: Kommunhuset, sal 2', address: 'Torget 3, 123 45 Exempelstad' },
      category: 'Mentorsutbildning',
      languages: ['sv'],
      seatsTotal: 20,
    },
    {
      title: 'Arbetsplatskultur i svensk industri – workshop',
      description: 'Demodata. Fika, medbestämmande, skyddsombud: det oskrivna på jobbet.',
      startsAt: nextWeekday(today, 3, 28, 9),
      endsAt: hours(nextWeekday(today, 3, 28, 9), 3),
      onlineUrl: 'https://mentorkit.example.org/mote/arbetsplatskultur',
      category: 'Workshop',
      languages: ['sv', 'en'],
      seatsTotal: 40,
    },
    {
      title: 'Validering av utländsk examen – informationsmöte',
      description:
        'Demodata. UHR, Socialstyrelsen och Skolverket: vem bedömer vad, och hur lång tid det tar.',
      startsAt: nextWeekday(today, 1, 49, 18),
      endsAt: hours(nextWeekday(today, 1, 49, 18), 2),
      location: library,
      category: 'Information',
      languages: ['sv', 'ar', 'uk'],
      seatsTotal: 50,
      status: 'tentative' as const,
    },
    {
      title: 'Studiebesök på gjuteriet',
      description: 'Demodata. Inställt: nytt datum kommer.',
      startsAt: nextWeekday(today, 5, 21, 10),
      endsAt: hours(nextWeekday(today, 5, 21, 10), 2),
      location: { name: 'Demo: Exempelstads gjuteri', address: 'Bruksvägen 7, 123 45 Exempelstad' },
      category: 'Studiebesök',
      languages: ['sv'],
      seatsTotal: 12,
      status: 'cancelled' as const,
    },
  ];
  for (const training of trainings) {
    await insertTraining(database, {
      ...training,
      timeZone: ZONE,
      demo: true,
      programmeId: DEMO_PROGRAMME_ID,
    });
  }

  // Three matches, each the best mentor for a mentee by rankCandidates, so the reasons are real.
  const stored = await Promise.all(ids.map((id) => getSignup(database, id)));
  const people = stored.filter((signup) => signup !== undefined);
  const mentors = people.filter((signup) => signup.kind === 'mentor');
  const mentees = people.filter((signup) => signup.kind === 'mentee');
  // Fixed ids, so that the demo's programme page can show the first one (public audience).
  const plans: [string, number, 'active' | 'proposed', number][] = [
    ['demo-match-1', 0, 'active', 4],
    ['demo-match-2', 1, 'active', 2],
    ['demo-match-3', 3, 'proposed', 0],
  ];
  for (const [id, menteeIndex, status, meetingsHeld] of plans) {
    const mentee = mentees[menteeIndex];
    if (!mentee) continue;
    const [best] = rankCandidates(
      toCandidate(mentee),
      mentors.map((mentor) => toCandidate(mentor)),
      { limit: 1, ...(index ? { groupNames: coordinatorGroupNames(index) } : {}) },
    );
    const mentor = best && mentors.find((signup) => signup.id === best.candidate.id);
    if (!mentor) continue;
    const { score, reasons } = index
      ? pairReasons(index, mentor, mentee)
      : { score: best.score, reasons: toProfileReasons(best) };
    await insertMatch(database, {
      id,
      mentorSignupId: mentor.id,
      menteeSignupId: mentee.id,
      status,
      score: Math.min(1, Math.max(0, score)),
      reasons,
      startedAt: status === 'active' ? hours(now, -24 * 7 * (meetingsHeld + 1)) : undefined,
      plannedMeetings: 10,
      meetingsHeld,
      nextMeeting: status === 'active' ? nextWeekday(today, 3, 3, 16) : undefined,
      demo: true,
    });
  }
  return classification;
}
