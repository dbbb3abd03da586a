import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchCandidateSchema, type MatchCandidate } from './candidate.ts';
import { OCCUPATION_LEVEL_VALUE } from './occupation-fit.ts';
import { candidateArbitrary, languageArbitrary, weightsArbitrary } from './testing/arbitraries.ts';
import { SAME_REGION_VALUE, scoreMatch } from './score-match.ts';
import { DEFAULT_MATCH_WEIGHTS, resolveWeights, type ReasonKind } from './weights.ts';

const mentor: MatchCandidate = {
  id: 'mentor-1',
  role: 'mentor',
  profession: 'Svetsare',
  iscoCode: '7212',
  industry: 'Gjuteri',
  languages: [
    { code: 'sv', level: 'native' },
    { code: 'ar', level: 'B2' },
  ],
  region: 'Jönköpings län',
  municipality: 'Värnamo',
  goals: ['cv', 'workplace-culture', 'network'],
  availability: ['weekday-evening', 'weekend'],
  capacity: { max: 2, active: 1 },
};

const mentee: MatchCandidate = {
  id: 'mentee-1',
  role: 'mentee',
  profession: 'svetsare',
  iscoCode: '7212',
  industry: 'gjuteri',
  languages: [
    { code: 'ar', level: 'native' },
    { code: 'sv', level: 'A2' },
  ],
  region: 'Jönköpings län',
  municipality: 'Värnamo',
  goals: ['cv', 'workplace-culture'],
  availability: ['weekday-evening', 'weekend'],
};

const reason = (result: ReturnType<typeof scoreMatch>, kind: ReasonKind) =>
  result.reasons.find((r) => r.kind === kind);

describe('scoreMatch', () => {
  it('scores an ideal pair at 1 with every reason fully met', () => {
    const result = scoreMatch(mentor, mentee);
    expect(result.score).toBeCloseTo(1, 10);
    expect(result.reasons.map((r) => r.kind).sort()).toEqual(
      Object.keys(DEFAULT_MATCH_WEIGHTS).sort(),
    );
    expect(reason(result, 'language')?.details).toEqual(['ar', 'sv']);
    expect(reason(result, 'goals')?.details).toEqual(['cv', 'workplace-culture']);
  });

  it('explains partial fits: related occupation (same ISCO minor group), same region only, half the goals', () => {
    const result = scoreMatch(mentor, {
      ...mentee,
      profession: 'Plåtslagare',
      iscoCode: '7213',
      municipality: 'Gislaved',
      goals: ['cv', 'interview'],
    });
    expect(reason(result, 'profession')?.value).toBe(OCCUPATION_LEVEL_VALUE.minor);
    expect(reason(result, 'profession')?.label).toBe('Related occupations: ISCO 721');
    expect(reason(result, 'region')?.value).toBe(SAME_REGION_VALUE);
    expect(reason(result, 'goals')?.value).toBe(0.5);
    expect(result.score).toBeLessThan(1);
  });

  it('has contributions that add up to the score, largest first', () => {
    const result = scoreMatch(mentor, {
      ...mentee,
      industry: 'Vård',
      availability: ['weekday-daytime'],
    });
    const sum = result.reasons.reduce((total, r) => total + r.contribution, 0);
    expect(result.score).toBeCloseTo(sum, 12);
    const contributions = result.reasons.map((r) => r.contribution);
    expect(contributions).toEqual([...contributions].sort((a, b) => b - a));
  });

  it('counts a common way to meet, and meeting in person only within a region', () => {
    const modes = (
      mentorModes: MatchCandidate['meetingModes'],
      menteeModes: MatchCandidate['meetingModes'],
      region = mentee.region,
    ) =>
      reason(
        scoreMatch(
          { ...mentor, meetingModes: mentorModes },
          { ...mentee, meetingModes: menteeModes, region, municipality: undefined },
        ),
        'availability',
      );
    expect(modes(['in-person'], ['in-person'])).toMatchObject({ value: 1 });
    expect(modes(['in-person', 'remote'], ['remote'])?.details).toContain('remote');
    // The same evenings, but one meets only remotely and the other only in person: half.
    expect(modes(['remote'], ['in-person'])?.value).toBe(0.5);
    expect(modes(['in-person'], ['in-person'], 'Skåne')?.value).toBe(0.5);
    // Not asked on one side: the time slots alone decide, as before.
    expect(modes(undefined, ['remote'])?.value).toBe(1);
  });

  it('gives a full mentor no capacity credit', () => {
    const result = scoreMatch({ ...mentor, capacity: { max: 1, active: 1 } }, mentee);
    expect(reason(result, 'capacity')).toMatchObject({ value: 0, label: 'Mentor is full' });
  });

  it('refuses negative weights', () => {
    expect(() => resolveWeights({ language: -1 })).toThrow(RangeError);
    expect(() => resolveWeights({ language: Number.NaN })).toThrow(RangeError);
  });
});

// Property-based tests: the rules hold for any pair, not only for the examples above.
describe('scoreMatch properties', () => {
  it('always scores within 0..1 and is deterministic', () => {
    fc.assert(
      fc.property(
        candidateArbitrary('mentor'),
        candidateArbitrary('mentee'),
        weightsArbitrary,
        (a, b, w) => {
          expect(MatchCandidateSchema.safeParse(a).success).toBe(true);
          const first = scoreMatch(a, b, w);
          expect(first.score).toBeGreaterThanOrEqual(0);
          expect(first.score).toBeLessThanOrEqual(1);
          expect(scoreMatch(a, b, w)).toEqual(first);
        },
      ),
    );
  });

  it('is symmetric in what both people share (profession, industry, language, region, time)', () => {
    const symmetricKinds: ReasonKind[] = [
      'profession',
      'industry',
      'language',
      'region',
      'availability',
    ];
    fc.assert(
      fc.property(candidateArbitrary('mentor'), candidateArbitrary('mentee'), (a, b) => {
        // Swap everything but goals and capacity between the two people.
        const swap = (x: MatchCandidate, y: MatchCandidate): MatchCandidate => ({
          ...x,
          profession: y.profession,
          occupation: y.occupation,
          iscoCode: y.iscoCode,
          meetingModes: y.meetingModes,
          industry: y.industry,
          languages: y.languages,
          region: y.region,
          municipality: y.municipality,
          availability: y.availability,
        });
        const straight = scoreMatch(a, b);
        const swapped = scoreMatch(swap(a, b), swap(b, a));
        for (const kind of symmetricKinds) {
          expect(reason(swapped, kind)?.value).toBeCloseTo(
            reason(straight, kind)?.value ?? NaN,
            12,
          );
        }
      }),
    );
  });

  it('never lowers the score when the pair shares one more language', () => {
    fc.assert(
      fc.property(
        candidateArbitrary('mentor'),
        candidateArbitrary('mentee'),
        languageArbitrary,
        languageArbitrary,
        weightsArbitrary,
        (a, b, mentorLanguage, menteeLanguage, w) => {
          const before = scoreMatch(a, b, w).score;
          const after = scoreMatch(
            { ...a, languages: [...a.languages, mentorLanguage] },
            { ...b, languages: [...b.languages, { ...menteeLanguage, code: mentorLanguage.code }] },
            w,
          ).score;
          expect(after).toBeGreaterThanOrEqual(before - 1e-12);
        },
      ),
    );
  });

  it('drops a reason whose weight is zero from the score and the explanation', () => {
    fc.assert(
      fc.property(
        candidateArbitrary('mentor'),
        candidateArbitrary('mentee'),
        fc.constantFrom(...(Object.keys(DEFAULT_MATCH_WEIGHTS) as ReasonKind[])),
        (a, b, kind) => {
          const result = scoreMatch(a, b, { [kind]: 0 });
          expect(reason(result, kind)).toBeUndefined();
          const sum = result.reasons.reduce((total, r) => total + r.contribution, 0);
          expect(result.score).toBeCloseTo(sum, 12);
        },
      ),
    );
  });
});
