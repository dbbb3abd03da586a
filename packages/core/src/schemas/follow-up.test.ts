import { describe, expect, it } from 'vitest';
import { invalidFieldPaths } from './field-path.ts';
import {
  FollowUpAnswersSchema,
  FollowUpQuestionnaireSchema,
  type MenteeFollowUpAnswers,
  type MentorFollowUpAnswers,
} from './follow-up.ts';

const mentee: MenteeFollowUpAnswers = {
  role: 'mentee',
  workSituation: 'qualified-job',
  weeklyHours: 40,
  since: '2027-02',
  helped: 'a-lot',
  comment: 'Min mentor hjälpte mig med legitimationen.',
};

const mentor: MentorFollowUpAnswers = {
  role: 'mentor',
  stillMeeting: 'sometimes',
  helped: 'some',
  mentorAgain: 'yes',
};

function pathsOf(input: unknown): string[] {
  const result = FollowUpAnswersSchema.safeParse(input);
  if (result.success) throw new Error('expected the input to be rejected');
  return invalidFieldPaths(result.error);
}

describe('FollowUpAnswersSchema', () => {
  it("accepts a mentee's and a mentor's answers, each by its role", () => {
    expect(FollowUpAnswersSchema.parse(mentee)).toEqual(mentee);
    expect(FollowUpAnswersSchema.parse(mentor)).toEqual(mentor);
    expect(
      FollowUpAnswersSchema.parse({
        role: 'mentee',
        workSituation: 'looking',
        helped: 'not-at-all',
      }),
    ).toMatchObject({ workSituation: 'looking' });
  });

  it("refuses one role's questions under the other role", () => {
    expect(FollowUpAnswersSchema.safeParse({ ...mentor, role: 'mentee' }).success).toBe(false);
    expect(FollowUpAnswersSchema.safeParse({ ...mentee, role: 'mentor' }).success).toBe(false);
    expect(FollowUpAnswersSchema.safeParse({ ...mentee, role: 'coordinator' }).success).toBe(false);
  });

  it('names the field that is out of range', () => {
    expect(pathsOf({ ...mentee, weeklyHours: 0 })).toEqual(['weeklyHours']);
    expect(pathsOf({ ...mentee, weeklyHours: 81 })).toEqual(['weeklyHours']);
    expect(pathsOf({ ...mentee, weeklyHours: 7.5 })).toEqual(['weeklyHours']);
    expect(pathsOf({ ...mentee, since: '2027-13' })).toEqual(['since']);
    expect(pathsOf({ ...mentee, since: '2027-02-01' })).toEqual(['since']);
    expect(pathsOf({ ...mentee, workSituation: 'astronaut' })).toEqual(['workSituation']);
    expect(pathsOf({ ...mentee, comment: 'x'.repeat(5001) })).toEqual(['comment']);
    expect(pathsOf({ ...mentee, comment: 'nul\u0000' })).toEqual(['comment']);
  });

  it('refuses fields it does not know (no personal data slips in beside the answers)', () => {
    expect(FollowUpAnswersSchema.safeParse({ ...mentor, email: 'a@example.org' }).success).toBe(
      false,
    );
  });
});

describe('FollowUpQuestionnaireSchema', () => {
  it('takes the round in months, 1 to 60', () => {
    const questionnaire = { role: 'mentee', monthsAfterStart: 3, locale: 'ar' };
    expect(FollowUpQuestionnaireSchema.parse(questionnaire)).toEqual(questionnaire);
    expect(
      FollowUpQuestionnaireSchema.safeParse({ role: 'mentee', monthsAfterStart: 0 }).success,
    ).toBe(false);
    expect(
      FollowUpQuestionnaireSchema.safeParse({ role: 'mentor', monthsAfterStart: 61 }).success,
    ).toBe(false);
  });
});
