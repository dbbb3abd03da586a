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
