// rankCandidates keeps only the best `limit` while scanning and scores each candidate as one
// number (match-value.ts); this checks it against the plainest ranking there is (the one it
// replaced): scoreMatch for every eligible candidate, one full sort, the first `limit`. Equal
// means the same people in the same order with the same scores and reasons, bit for bit.
//
// The tie order both must follow: mentors with room before full ones, then the higher score,
// then the id by UTF-16 code units, then the order of the input (duplicates included).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchCandidate } from './candidate.ts';
import { rankCandidates, type RankedCandidate, type RankOptions } from './rank-candidates.ts';
import { compareCodeUnits, hasCapacity, scoreMatch } from './score-match.ts';
import { candidateArbitrary, weightsArbitrary } from './testing/arbitraries.ts';

function referenceRank(
  person: MatchCandidate,
  candidates: readonly MatchCandidate[],
  options: RankOptions = {},
): RankedCandidate[] {
  const { limit = 10, weights, groupNames, fullMentors = 'skip' } = options;
  const busy = new Set(options.menteesInActiveMatch ?? []);
  if (person.role === 'mentee' && busy.has(person.id)) return [];
  const pairs = [...(options.existingPairs ?? [])];
  const ranked: RankedCandidate[] = [];
  for (const candidate of candidates) {
    if (candidate.role === person.role || candidate.id === person.id) continue;
    const [mentor, mentee] = person.role === 'mentor' ? [person, candidate] : [candidate, person];
    if (busy.has(mentee.id)) continue;
    if (pairs.some((pair) => pair.mentorId === mentor.id && pair.menteeId === mentee.id)) continue;
    const full = !hasCapacity(mentor);
    if (full && fullMentors === 'skip') continue;
    const score = scoreMatch(mentor, mentee, weights, { groupNames });
    ranked.push(full ? { candidate, ...score, atCapacity: true } : { candidate, ...score });
  }
  // Array.prototype.sort is stable: equal entries keep the input order.
  ranked.sort(
    (a, b) =>
      Number(a.atCapacity ?? false) - Number(b.atCapacity ?? false) ||
      b.score - a.score ||
      compareCodeUnits(a.candidate.id, b.candidate.id),
  );
  return ranked.slice(0, Math.max(0, limit));
}

// Few ids, so that equal ids (and the person's own id) come up often.
const id: fc.Arbitrary<string> = fc.constantFrom(
  'a',
  'b',
  'B',
  'c',
  'ä',
  'mentor-1',
  'mentee-1',
  '10',
  '9',
);
const anyone = fc.oneof(
  candidateArbitrary('mentor', { id, repeats: true }),
  candidateArbitrary('mentee', { id, repeats: true }),
);
const optionsArbitrary = fc.record(
  {
    limit: fc.oneof(
      fc.integer({ min: -1, max: 12 }),
      fc.constantFrom(0.5, 2.7, Number.NaN, Number.POSITIVE_INFINITY, 100),
    ),
    weights: weightsArbitrary,
    existingPairs: fc.array(fc.record({ mentorId: id, menteeId: id }), { maxLength: 4 }),
    menteesInActiveMatch: fc.array(id, { maxLength: 3 }),
    fullMentors: fc.constantFrom('skip' as const, 'flag' as const),
    groupNames: fc.constant((code: string) => (code.length === 3 ? `Group ${code}` : undefined)),
  },
  { requiredKeys: [] },
);

describe('rankCandidates against a full scoring and sort', () => {
  it('returns the same ranking, scores and reasons for any people and options', () => {
    fc.assert(
      fc.property(
        anyone,
        fc.array(anyone, { maxLength: 40 }),
        optionsArbitrary,
        (person, candidates, options) => {
          const ranked = rankCandidates(person, candidates, options);
          const reference = referenceRank(person, candidates, options);
          expect(ranked).toEqual(reference);
          // The very same candidates (equal content is not enough: which duplicate comes first).
          const place = (entry: RankedCandidate) => candidates.indexOf(entry.candidate);
          expect(ranked.map(place)).toEqual(reference.map(place));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('orders equal scores by id, then by input order, with many exact ties', () => {
    // Everyone alike but the id: every score ties.
    fc.assert(
      fc.property(
        candidateArbitrary('mentee', { id }),
        candidateArbitrary('mentor'),
        fc.array(id, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 12 }),
        (mentee, mentor, ids, limit) => {
          const mentors = ids.map((mentorId) => ({ ...mentor, id: mentorId }));
          const ranked = rankCandidates(mentee, mentors, { limit, fullMentors: 'flag' });
          expect(ranked).toEqual(referenceRank(mentee, mentors, { limit, fullMentors: 'flag' }));
          // Among equal ids, the input order.
          const place = (entry: RankedCandidate) => mentors.indexOf(entry.candidate);
          ranked.slice(1).forEach((entry, i) => {
            const before = ranked[i]!;
            if (before.candidate.id === entry.candidate.id) {
              expect(place(before)).toBeLessThan(place(entry));
            }
          });
        },
      ),
    );
  });

  it('refuses an unknown or negative weight even when nobody is eligible', () => {
    const mentee: MatchCandidate = {
      id: 'm',
      role: 'mentee',
      profession: '',
      languages: [],
      goals: [],
      availability: [],
    };
    expect(() => rankCandidates(mentee, [], { weights: { language: -1 } })).toThrow(RangeError);
  });
});
