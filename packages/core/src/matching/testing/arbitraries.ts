// Random matching inputs for property tests (fast-check): small vocabularies, so that random
// people often share a profession, a region or a language, and often tie.
import fc from 'fast-check';
import { LANGUAGE_LEVELS, MENTORING_GOALS } from '../../schemas/common.ts';
import { AVAILABILITY_SLOTS, MEETING_MODES } from '../../schemas/vocabulary.ts';
import type { MatchCandidate } from '../candidate.ts';
import { DEFAULT_MATCH_WEIGHTS, type ReasonKind } from '../weights.ts';

export const languageArbitrary = fc.record({
  code: fc.constantFrom('sv', 'en', 'ar', 'fa', 'prs', 'so', 'ti', 'uk'),
  level: fc.constantFrom(...LANGUAGE_LEVELS),
});

/** A list of some of `items`: without repeats, or (`repeats`) with them, as a form might send. */
function listOf<T>(items: readonly T[], repeats: boolean): fc.Arbitrary<T[]> {
  const item = fc.constantFrom(...items);
  return repeats ? fc.array(item, { maxLength: items.length + 2 }) : fc.uniqueArray(item);
}

export interface CandidateArbitraryOptions {
  /** Ids (default: any short string); a few fixed ones make equal ids, as duplicates would. */
  id?: fc.Arbitrary<string>;
  /** Goals and slots with repeats, and professions differing only in case and spaces. */
  repeats?: boolean;
}

export const candidateArbitrary = (
  role: 'mentor' | 'mentee',
  {
    id = fc.string({ minLength: 1, maxLength: 8 }),
    repeats = false,
  }: CandidateArbitraryOptions = {},
) =>
  fc.record({
    id,
    role: fc.constant(role),
    profession: fc.constantFrom(
      'Svetsare',
      'Lokalvårdare',
      'Sjuksköterska',
      'Ingenjör',
      '',
      ...(repeats ? [' svetsare', 'SJUKSKÖTERSKA '] : []),
    ),
    iscoCode: fc.option(fc.constantFrom('7212', '7213', '9112', '2221', '2142'), {
      nil: undefined,
    }),
    occupation: fc.option(
      fc.record(
        {
          titleId: fc.constantFrom('rxrQ_Nyy_k6y', 'scb:0123456789abcdef'),
          ssyk: fc.constantFrom('7212', '7213', '2211', '2219', '2221', '9111'),
          isco08: fc.constantFrom(['7212'], ['2211', '2212'], ['9112']),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
    meetingModes: fc.option(fc.uniqueArray(fc.constantFrom(...MEETING_MODES)), { nil: undefined }),
    industry: fc.option(fc.constantFrom('Gjuteri', 'Trä', 'Vård'), { nil: undefined }),
    languages: fc.array(languageArbitrary, { maxLength: 4 }),
    region: fc.option(fc.constantFrom('Jönköpings län', 'Stockholms län'), { nil: undefined }),
    municipality: fc.option(fc.constantFrom('Värnamo', 'Gislaved', 'Solna'), { nil: undefined }),
    goals: listOf(MENTORING_GOALS, repeats),
    availability: listOf(AVAILABILITY_SLOTS, repeats),
    capacity: fc.option(
      fc.record({ max: fc.integer({ min: 0, max: 5 }), active: fc.integer({ min: 0, max: 5 }) }),
      { nil: undefined },
    ),
  }) as fc.Arbitrary<MatchCandidate>;

export const weightsArbitrary = fc.record(
  Object.fromEntries(
    Object.keys(DEFAULT_MATCH_WEIGHTS).map((kind) => [kind, fc.integer({ min: 0, max: 50 })]),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Partial<Record<ReasonKind, number>>>;
