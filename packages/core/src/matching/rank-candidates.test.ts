import { describe, expect, it } from 'vitest';
import type { MatchCandidate } from './candidate.ts';
import { rankCandidates } from './rank-candidates.ts';

const mentee: MatchCandidate = {
  id: 'mentee',
  role: 'mentee',
  profession: 'Lokalvårdare',
  languages: [{ code: 'so', level: 'native' }],
  region: 'Uppsala län',
  goals: ['workplace-culture'],
  availability: ['weekday-daytime'],
};

function mentorWith(id: string, overrides: Partial<MatchCandidate>): MatchCandidate {
  return {
    id,
    role: 'mentor',
    profession: 'Lärare',
    languages: [{ code: 'sv', level: 'native' }],
    goals: [],
    availability: [],
    ...overrides,
  };
}

describe('rankCandidates', () => {
  const strong = mentorWith('strong', {
    profession: 'Lokalvårdare',
    languages: [{ code: 'so', level: 'C1' }],
    region: 'Uppsala län',
    goals: ['workplace-culture'],
    availability: ['weekday-daytime'],
  });
  const medium = mentorWith('medium', { profession: 'Lokalvårdare' });
  const weak = mentorWith('weak', {});
  const full = mentorWith('full', { ...strong, id: 'full', capacity: { max: 1, active: 1 } });
  const otherMentee: MatchCandidate = { ...mentee, id: 'other-mentee' };

  it('orders by score, skips full mentors and people of the same role', () => {
    const ranked = rankCandidates(mentee, [weak, full, medium, otherMentee, strong]);
    expect(ranked.map((r) => r.candidate.id)).toEqual(['strong', 'medium', 'weak']);
    expect(ranked[0]?.reasons[0]?.kind).toBe('profession');
  });

  it('honours the limit and the weights', () => {
    expect(rankCandidates(mentee, [weak, medium, strong], { limit: 1 })).toHaveLength(1);
    const byLanguageOnly = rankCandidates(mentee, [medium, strong], {
      weights: { profession: 0, industry: 0, region: 0, goals: 0, availability: 0, capacity: 0 },
    });
    expect(byLanguageOnly.map((r) => r.candidate.id)).toEqual(['strong', 'medium']);
    expect(byLanguageOnly[1]?.score).toBe(0);
  });

  it('ranks mentees for a mentor the same way round', () => {
    const ranked = rankCandidates(strong, [otherMentee, mentee]);
    expect(ranked.map((r) => r.candidate.id)).toEqual(['mentee', 'other-mentee']);
  });
});

describe('rankCandidates respects the programme as it stands', () => {
  const mentee: MatchCandidate = {
    id: 'amal',
    role: 'mentee',
    profession: 'Läkare',
    occupation: { ssyk: '2219' },
    languages: [],
    goals: [],
    availability: [],
  };
  const eva = mentorWith('eva', { profession: 'Specialistläkare', occupation: { ssyk: '2211' } });
  const full = mentorWith('full', {
    profession: 'Läkare',
    occupation: { ssyk: '2219' },
    capacity: { max: 2, active: 2 },
  });
  const nurse = mentorWith('nurse', { profession: 'Sjuksköterska', occupation: { ssyk: '2221' } });

  it('offers no mentor to a mentee in an active match', () => {
    expect(rankCandidates(mentee, [eva, nurse], { menteesInActiveMatch: ['amal'] })).toEqual([]);
    // Nor that mentee to a mentor looking for mentees.
    const forEva = rankCandidates(eva, [mentee, { ...mentee, id: 'other' }], {
      menteesInActiveMatch: new Set(['amal']),
    });
    expect(forEva.map((r) => r.candidate.id)).toEqual(['other']);
  });

  it('never proposes a pair that is already matched', () => {
    const ranked = rankCandidates(mentee, [eva, nurse], {
      existingPairs: [{ mentorId: 'eva', menteeId: 'amal' }],
    });
    expect(ranked.map((r) => r.candidate.id)).toEqual(['nurse']);
  });

  it('leaves a full mentor out, or flags them after every mentor with room', () => {
    expect(rankCandidates(mentee, [full, eva, nurse]).map((r) => r.candidate.id)).toEqual([
      'eva',
      'nurse',
    ]);
    const flagged = rankCandidates(mentee, [full, eva, nurse], { fullMentors: 'flag' });
    expect(flagged.map((r) => [r.candidate.id, r.atCapacity ?? false])).toEqual([
      ['eva', false],
      ['nurse', false],
      ['full', true],
    ]);
    // The full mentor fits best by profession; the flag, not the score, puts them last.
    expect(flagged[2]!.score).toBeGreaterThan(flagged[0]!.score);
  });

  it('puts the physician before the nurse by the classification alone', () => {
    const ranked = rankCandidates(mentee, [nurse, eva], {
      groupNames: (code) => ({ '221': 'Physicians' })[code],
    });
    expect(ranked[0]?.candidate.id).toBe('eva');
    expect(ranked[0]?.reasons.find((r) => r.kind === 'profession')?.label).toBe(
      'Related occupations: 221 Physicians',
    );
  });
});
