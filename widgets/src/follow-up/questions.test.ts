import { describe, expect, it } from 'vitest';
import {
  MAX_WEEKLY_HOURS,
  MENTORING_HELP_LEVELS,
  MENTOR_AGAIN_ANSWERS,
  STILL_MEETING_ANSWERS,
  TEXT_LIMITS,
  WORK_SITUATIONS,
} from '@mentorkit/core';
import { parseKind, parseMonths } from './attributes.ts';
import {
  COMMENT_MAX_LENGTH,
  HELPED_CHOICES,
  MAX_HOURS,
  MENTOR_AGAIN_CHOICES,
  STILL_MEETING_CHOICES,
  WORK_SITUATION_CHOICES,
  shownFields,
} from './questions.ts';

const values = (choices: readonly { value: string }[]) => choices.map((choice) => choice.value);

describe("the follow-up's questions", () => {
  it("offer exactly the contract's choices, in its order", () => {
    expect(values(WORK_SITUATION_CHOICES)).toEqual([...WORK_SITUATIONS]);
    expect(values(HELPED_CHOICES)).toEqual([...MENTORING_HELP_LEVELS]);
    expect(values(STILL_MEETING_CHOICES)).toEqual([...STILL_MEETING_ANSWERS]);
    expect(values(MENTOR_AGAIN_CHOICES)).toEqual([...MENTOR_AGAIN_ANSWERS]);
  });

  it("bound hours and the comment by the contract's limits", () => {
    expect(MAX_HOURS).toBe(MAX_WEEKLY_HOURS);
    expect(COMMENT_MAX_LENGTH).toBe(TEXT_LIMITS.long);
  });

  it('ask hours and since when only of a mentee in a job or studies', () => {
    expect(shownFields('mentee', {})).toEqual(['workSituation', 'helped', 'comment']);
    for (const workSituation of ['qualified-job', 'other-job', 'studies']) {
      expect(shownFields('mentee', { workSituation })).toEqual([
        'workSituation',
        'weeklyHours',
        'since',
        'helped',
        'comment',
      ]);
    }
    for (const workSituation of ['looking', 'other']) {
      expect(shownFields('mentee', { workSituation, weeklyHours: '40' })).toEqual([
        'workSituation',
        'helped',
        'comment',
      ]);
    }
    expect(shownFields('mentor', { workSituation: 'studies' })).toEqual([
      'stillMeeting',
      'helped',
      'mentorAgain',
      'comment',
    ]);
  });

  it('read kind and months-after-start safely', () => {
    expect(parseKind('mentee')).toBe('mentee');
    expect(parseKind('mentor')).toBe('mentor');
    expect(parseKind('coordinator')).toBeUndefined();
    expect(parseKind(null)).toBeUndefined();
    expect(parseMonths('6')).toBe(6);
    expect(parseMonths(12)).toBe(12);
    for (const wrong of ['0', '61', '6.5', 'six', '', ' ', undefined, null]) {
      expect(parseMonths(wrong)).toBeUndefined();
    }
  });
});
