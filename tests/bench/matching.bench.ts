// Matching at programme scale: one mentee against 10,000 generated mentors (`npm run bench -- rank`).
// The mentors are generated from a fixed seed, so every run (and every machine) ranks the same data.
import { AVAILABILITY_SLOTS, MENTORING_GOALS, rankCandidates, scoreMatch } from '@mentorkit/core';
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

export default defineBenchmarks([
  {
    name: 'matching: rankCandidates, 1 mentee × 10,000 mentors (top 10)',
    run: () => rankCandidates(mentee, mentors, { limit: 10 }),
    runs: 50,
  },
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
