// The floor under the matching benchmark (matching-known-answers.bench.ts prints the figures).
// Today rankCandidates puts the coordinator's choice first for 41 of 45 mentees and in the top
// three for all 45; the four misses are judgement calls the data cannot settle (see the
// fixture's "why" and the README). The floors leave room for one or two more such calls when
// the weights are tuned, and fail on a regression of the kind issue 16 is about: with the
// occupations as free text only (matching before codes), top-1 is 37/45 (82%) and top-3 42/45
// (93%), under both floors.
import { describe, expect, it } from 'vitest';
import {
  accuracyOf,
  knownAnswers,
  knownMentors,
  rankKnownAnswers,
} from './matching-known-answers.ts';

const TOP1_FLOOR = 0.85;
const TOP3_FLOOR = 0.95;

describe('matching against a coordinator’s choices', () => {
  it('has a fixture a coordinator can check: 40+ mentees, each with a choice from the pool and a why', () => {
    const mentorIds = new Set(knownMentors.map((mentor) => mentor.id));
    expect(knownAnswers.mentees.length).toBeGreaterThanOrEqual(40);
    for (const mentee of knownAnswers.mentees) {
      if (mentee.expected !== null) expect(mentorIds.has(mentee.expected), mentee.id).toBe(true);
      expect(mentee.why.length, mentee.id).toBeGreaterThan(20);
    }
  });

  it(`puts the coordinator's choice first for ≥ ${TOP1_FLOOR * 100}% and in the top three for ≥ ${TOP3_FLOOR * 100}%`, () => {
    const { total, top1, top3 } = accuracyOf(rankKnownAnswers());
    expect(top1 / total).toBeGreaterThanOrEqual(TOP1_FLOOR);
    expect(top3 / total).toBeGreaterThanOrEqual(TOP3_FLOOR);
  });

  it('does better with occupation codes than with the words alone', () => {
    const withCodes = accuracyOf(rankKnownAnswers()).top1;
    const wordsOnly = accuracyOf(rankKnownAnswers(undefined, { freeTextOnly: true })).top1;
    expect(withCodes).toBeGreaterThan(wordsOnly);
  });

  it('never proposes a full mentor, a pair matched before, or anyone to a mentee in an active match', () => {
    const full = new Set(
      knownMentors
        .filter((m) => m.capacity && m.capacity.active >= m.capacity.max)
        .map((m) => m.id),
    );
    const pairs = new Set(
      [...knownAnswers.activeMatches, ...knownAnswers.existingPairs].map(
        (pair) => `${pair.mentorId} ${pair.menteeId}`,
      ),
    );
    for (const { mentee, ranked } of rankKnownAnswers()) {
      if (mentee.expected === null) expect(ranked, mentee.id).toEqual([]);
      for (const { candidate } of ranked) {
        expect(full.has(candidate.id), `${mentee.id}: ${candidate.id}`).toBe(false);
        expect(pairs.has(`${candidate.id} ${mentee.id}`), `${mentee.id}: ${candidate.id}`).toBe(
          false,
        );
      }
    }
  });
});
