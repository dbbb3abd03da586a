// The matching benchmark with a known answer (issue 16): fixtures/matching-known-answers.json
// holds mentors, mentees and, for each mentee, the mentor a coordinator would choose. This
// module turns the fixture into MatchCandidates, ranks every mentee's mentors with the
// programme's state (capacity, active matches, earlier pairs) as the backend passes it, and
// scores the ranking against the coordinator's choices. Read by the bench (figures for
// people) and by a test (a floor, so that a regression fails).
import {
  rankCandidates,
  type MatchCandidate,
  type MatchedPair,
  type MentoringGoal,
  type RankedCandidate,
} from '@mentorkit/core';
import { classifyFreeText, groupNamesFor, type OccupationIndex } from '@mentorkit/occupations';
import fixture from './fixtures/matching-known-answers.json' with { type: 'json' };

interface FixturePerson {
  id: string;
  name: string;
  profession: string;
  occupation?: { ssyk: string; titleId?: string };
  region: string;
  languages: string;
  goals: string[];
  availability: string[];
  meetingModes: string[];
}
interface FixtureMentor extends FixturePerson {
  industry: string;
  capacity: { max: number; active: number };
}
interface FixtureMentee extends FixturePerson {
  desiredField: string;
  /** The coordinator's choice; null when the mentee should get no proposal at all. */
  expected: string | null;
  why: string;
}
interface Fixture {
  activeMatches: MatchedPair[];
  existingPairs: MatchedPair[];
  mentors: FixtureMentor[];
  mentees: FixtureMentee[];
}

export const knownAnswers = fixture as unknown as Fixture;

function languages(spec: string): MatchCandidate['languages'] {
  return spec.split(' ').map((pair) => {
    const [code, level] = pair.split(':') as [string, MatchCandidate['languages'][0]['level']];
    return { code, level };
  });
}

function candidate(person: FixturePerson, role: MatchCandidate['role']): MatchCandidate {
  return {
    id: person.id,
    role,
    profession: person.profession,
    ...(person.occupation ? { occupation: person.occupation } : {}),
    region: person.region,
    languages: languages(person.languages),
    goals: person.goals as MentoringGoal[],
    availability: person.availability as MatchCandidate['availability'],
    meetingModes: person.meetingModes as MatchCandidate['meetingModes'],
  };
}

export const knownMentors: MatchCandidate[] = knownAnswers.mentors.map((mentor) => ({
  ...candidate(mentor, 'mentor'),
  industry: mentor.industry,
  capacity: mentor.capacity,
}));

/**
 * The mentees as stored; with an index, those who wrote their occupation as free text are
 * classified by classifyFreeText first, as the backend's migration of stored signups will.
 */
export function knownMentees(index?: OccupationIndex): MatchCandidate[] {
  return knownAnswers.mentees.map((mentee) => {
    const person = { ...candidate(mentee, 'mentee'), industry: mentee.desiredField };
    if (person.occupation || !index) return person;
    const classified = classifyFreeText(index, mentee.profession);
    return classified
      ? { ...person, occupation: { ssyk: classified.ssyk, isco08: [...classified.isco08] } }
      : person;
  });
}

export interface KnownAnswerResult {
  mentee: FixtureMentee;
  ranked: RankedCandidate[];
  /** 1-based place of the expected mentor in the ranking; 0 if absent. */
  place: number;
  /** For expected: null, whether rankCandidates proposed nobody. */
  correct: boolean;
}

/** The same people with their occupations as free text only: matching as it was before codes. */
export function withoutCodes(people: MatchCandidate[]): MatchCandidate[] {
  return people.map(({ occupation: _occupation, ...person }) => person);
}

export function rankKnownAnswers(
  index?: OccupationIndex,
  { freeTextOnly = false }: { freeTextOnly?: boolean } = {},
): KnownAnswerResult[] {
  const mentees = freeTextOnly ? withoutCodes(knownMentees()) : knownMentees(index);
  const mentors = freeTextOnly ? withoutCodes(knownMentors) : knownMentors;
  const options = {
    limit: 3,
    existingPairs: [...knownAnswers.activeMatches, ...knownAnswers.existingPairs],
    menteesInActiveMatch: knownAnswers.activeMatches.map((match) => match.menteeId),
    ...(index ? { groupNames: groupNamesFor(index, 'en') } : {}),
  };
  return knownAnswers.mentees.map((mentee, at) => {
    const ranked = rankCandidates(mentees[at]!, mentors, options);
    const place = ranked.findIndex((entry) => entry.candidate.id === mentee.expected) + 1;
    const correct = mentee.expected === null ? ranked.length === 0 : place === 1;
    return { mentee, ranked, place, correct };
  });
}

export interface Accuracy {
  total: number;
  top1: number;
  top3: number;
}

/** A mentee expected to get no proposal counts as right in both when it gets none. */
export function accuracyOf(results: KnownAnswerResult[]): Accuracy {
  const within = (places: number) =>
    results.filter(({ mentee, ranked, place }) =>
      mentee.expected === null ? ranked.length === 0 : place >= 1 && place <= places,
    ).length;
  return { total: results.length, top1: within(1), top3: within(3) };
}

export function describeMiss({ mentee, ranked, place }: KnownAnswerResult): string {
  const proposed = ranked
    .map((entry) => {
      const profession = entry.reasons.find((reason) => reason.kind === 'profession');
      return `${entry.candidate.id} ${(entry.score * 100).toFixed(0)}% (${profession?.label ?? '-'})`;
    })
    .join('; ');
  return `${mentee.id} expected ${mentee.expected ?? 'no proposal'} (place ${place || '>3'}): ${proposed}`;
}
