import { describe, expect, it } from 'vitest';
import { parseProblem } from '../shared/send/problem.ts';
import { trainingRefusal } from './training-refusal.ts';

const problemOf = (body: unknown) => {
  const problem = parseProblem(body);
  return problem && { training: trainingRefusal(problem) };
};

describe('trainingRefusal', () => {
  it('reads a refused training and keeps its next date only when every part is sound', () => {
    const next = {
      uid: 'weekly/20270309',
      title: 'Mentor basics',
      start: '2027-03-09T18:00:00+01:00',
      timeZone: 'Europe/Stockholm',
    };
    const full = 'https://mentorkit.example/problems/training-full';
    expect(problemOf({ type: full, errors: [], next })?.training).toEqual({
      reason: 'full',
      next,
    });
    expect(problemOf({ type: full, next: { ...next, start: 'soon' } })?.training).toEqual({
      reason: 'full',
    });
    expect(
      problemOf({ type: full, next: { ...next, timeZone: 'Mars/Olympus' } })?.training,
    ).toEqual({ reason: 'full' });
    expect(
      problemOf({ type: 'https://mentorkit.example/problems/training-unknown' })?.training,
    ).toEqual({ reason: 'unknown' });
    expect(
      problemOf({ type: 'https://mentorkit.example/problems/training-other-programme' })?.training,
    ).toEqual({ reason: 'other-programme' });
    expect(problemOf({ type: 'https://other.example/problems/training-full' })?.training).toBe(
      undefined,
    );
  });
});
