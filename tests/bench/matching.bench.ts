// Matching at programme scale: one mentee against 10,000 generated mentors (`npm run bench -- rank`).
// The mentors are generated from a fixed seed, so every run (and every machine) ranks the same data.
import {
  AVAILABILITY_SLOTS,
  DEFAULT_MATCH_WEIGHTS,
  LANGUAGE_LEVELS,
  MENTORING_GOALS,
  OCCUPATION_LEVEL_VALUE,
  rankCandidates,
  scoreMatch,
} from '@mentorkit/core';
import type { LanguageLevel, MatchCandidate } from '@mentorkit/core';
import { cycle, defineBenchmarks } from './benchmark.ts';

/** mulberry32: a tiny deterministic PRNG, enough to spread generated data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROFESSIONS: [string, string][] = [
  ['Svetsare', '7212'],
  ['Lokalvårdare', '9112'],
  ['Undersköterska', '5321'],
  ['Sjuksköterska', '2221'],
  ['Lärare', '2341'],
  ['Elektriker', '7411'],
  ['Civilingenjör', '2141'],
  ['Programmerare', '2512'],
  ['Snickare', '7115'],
  ['Ekonom', '2411'],
];
const INDUSTRIES = ['Tillverkning', 'Vård', 'Skola', 'Bygg', 'IT', 'Handel', 'Trä'];
const REGIONS = ['Värmland', 'Uppsala län', 'Skåne', 'Stockholm', 'Västra Götaland', 'Norrbotten'];
const LANGUAGES = ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'uk', 'pl', 'de', 'es'];
const LEVELS: LanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'];

function pick<T>(next: () => number, items: readonly T[]): T {
  return cycle(items, Math.floor(next() * items.length));
}

function some<T>(next: () => number, items: readonly T[], max: number): T[] {
  const count = 1 + Math.floor(next() * max);
  return [...new Set(Array.from({ length: count }, () => pick(next, items)))];
}

export function generateMentors(count: number, seed = 2025): MatchCandidate[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => {
    const [profession, iscoCode] = pick(next, PROFESSIONS);
    const max = 1 + Math.floor(next() * 3);
    return {
      id: `mentor-${index}`,
      role: 'mentor',
      profession,
      iscoCode,
      industry: pick(next, INDUSTRIES),
      region: pick(next, REGIONS),
      municipality: `Kommun ${Math.floor(next() * 50)}`,
      languages: some(next, LANGUAGES, 3).map((code) => ({ code, level: pick(next, LEVELS) })),
      goals: some(next, MENTORING_GOALS, 4),
      availability: some(next, AVAILABILITY_SLOTS, 2),
      capacity: { max, active: Math.floor(next() * (max + 1)) },
    };
  });
}

const mentee: MatchCandidate = {
  id: 'mentee-1',
  role: 'mentee',
  profession: 'Svetsare',
  iscoCode: '7212',
  industry: 'Tillverkning',
  region: 'Värmland',
  municipality: 'Kommun 7',
  languages: [
    { code: 'ti', level: 'native' },
    { code: 'ar', level: 'C1' },
    { code: 'sv', level: 'B1' },
  ],
  goals: ['network', 'cv', 'workplace-culture'],
  availability: ['weekday-evening', 'weekend'],
};

const mentors = generateMentors(10_000);
const [firstMentor] = mentors;
if (!firstMentor) throw new Error('no mentors generated');

/**
 * The baseline: the same top 10 by a plain loop, as one would write it for this one mentee and
 * the default weights: the mentee's sets prepared once, each mentor's values computed
 * directly, the best 10 kept in a sorted array, and the reasons built for those 10.
 */
function plainTopTen(person: MatchCandidate, candidates: readonly MatchCandidate[]) {
  const weights = DEFAULT_MATCH_WEIGHTS;
  const total = Object.values(weights).reduce((sum, weight) => sum + weight, 0);
  const rank = (level: string) => LANGUAGE_LEVELS.indexOf(level as LanguageLevel) + 1;
  const lower = (text: string | undefined) => (text ?? '').trim().toLocaleLowerCase('sv');
  const menteeLanguages = new Map(person.languages.map((l) => [l.code, rank(l.level)]));
  const goals = new Set(person.goals);
  const slots = new Set(person.availability);
  const [profession, industry, region, municipality] = [
    lower(person.profession),
    lower(person.industry),
    lower(person.region),
    lower(person.municipality),
  ];
  const top: { candidate: MatchCandidate; score: number }[] = [];
  for (const mentor of candidates) {
    if (mentor.capacity && mentor.capacity.active >= mentor.capacity.max) continue;
    const a = mentor.iscoCode ?? '';
    const b = person.iscoCode ?? '';
    let digits = 0;
    while (digits < 4 && a[digits] !== undefined && a[digits] === b[digits]) digits++;
    const sameText = profession !== '' && lower(mentor.profession) === profession;
    const level =
      digits === 4 && sameText
        ? 'title'
        : (['none', 'major', 'sub-major', 'minor', 'unit'] as const)[digits]!;
    let language = 0;
    for (const l of mentor.languages) {
      const theirs = menteeLanguages.get(l.code);
      if (theirs) language = Math.max(language, Math.min(theirs, rank(l.level), 4) / 4);
    }
    const place =
      municipality !== '' && lower(mentor.municipality) === municipality
        ? 1
        : region !== '' && lower(mentor.region) === region
          ? 0.6
          : 0;
    const covered = new Set(mentor.goals.filter((goal) => goals.has(goal))).size;
    const theirSlots = new Set(mentor.availability);
    const both = [...theirSlots].filter((slot) => slots.has(slot)).length;
    const union = new Set([...theirSlots, ...slots]).size;
    const values = [
      OCCUPATION_LEVEL_VALUE[level],
      industry !== '' && lower(mentor.industry) === industry ? 1 : 0,
      language,
      place,
      goals.size === 0 ? 1 : covered / goals.size,
      union === 0 ? 0 : both / union,
      1,
    ];
    const kinds = Object.keys(weights) as (keyof typeof weights)[];
    let score = 0;
    values.forEach((value, i) => (score += (weights[kinds[i]!] * value) / total));
    score = Math.min(1, score);
    const last = top[top.length - 1];
    if (
      top.length === 10 &&
      last &&
      (score < last.score || (score === last.score && mentor.id > last.candidate.id))
    )
      continue;
    top.push({ candidate: mentor, score });
    top.sort((x, y) => y.score - x.score || (x.candidate.id < y.candidate.id ? -1 : 1));
    if (top.length > 10) top.pop();
  }
  return top.map(({ candidate }) => ({ candidate, ...scoreMatch(candidate, person) }));
}

// The baseline computes the same ranking (or its ratio would mean nothing).
if (
  JSON.stringify(plainTopTen(mentee, mentors)) !==
  JSON.stringify(rankCandidates(mentee, mentors, { limit: 10 }))
) {
  throw new Error('matching.bench: the plain loop and rankCandidates disagree');
}

const PLAIN = 'matching: the same top 10 by a plain loop (baseline)';

export default defineBenchmarks([
  {
    name: 'matching: rankCandidates, 1 mentee × 10,000 mentors (top 10)',
    run: () => rankCandidates(mentee, mentors, { limit: 10 }),
    runs: 50,
    baseline: PLAIN,
  },
  { name: PLAIN, run: () => plainTopTen(mentee, mentors), runs: 50 },
  {
    name: 'matching: rankCandidates, 1 mentee × 10,000 mentors, programme weights',
    run: () =>
      rankCandidates(mentee, mentors, { limit: 10, weights: { language: 30, availability: 0 } }),
    runs: 50,
  },
  {
    name: 'matching: scoreMatch, one pair',
    run: () => scoreMatch(firstMentor, mentee),
    runs: 20_000,
  },
]);
