import { describe, expect, it } from 'vitest';
import { buildAnswers, westernDigits } from './answers.ts';
import { serverErrors, validateAnswers } from './validate.ts';

/** A fixed "today" (the since-when check compares with it): 15 March 2027. */
const TODAY = new Date(2027, 2, 15, 12);

describe('buildAnswers', () => {
  it('leaves out what the mentee was not asked, and an empty comment', () => {
    expect(
      buildAnswers('mentee', {
        workSituation: 'looking',
        weeklyHours: '40',
        sinceMonth: '02',
        sinceYear: '2027',
        helped: 'some',
        comment: '   ',
      }),
    ).toEqual({ role: 'mentee', workSituation: 'looking', helped: 'some' });
  });

  it('sends hours as a number and since when as YYYY-MM for a job or studies', () => {
    expect(
      buildAnswers('mentee', {
        workSituation: 'studies',
        weeklyHours: ' 20 ',
        sinceMonth: '09',
        sinceYear: '2026',
        helped: 'a-lot',
        comment: ' Tack! ',
      }),
    ).toEqual({
      role: 'mentee',
      workSituation: 'studies',
      weeklyHours: 20,
      since: '2026-09',
      helped: 'a-lot',
      comment: 'Tack!',
    });
  });

  it('reads Arabic-Indic and Persian digits', () => {
    expect(westernDigits('٤٠')).toBe('40');
    expect(westernDigits('۳۵')).toBe('35');
    expect(buildAnswers('mentee', { workSituation: 'other-job', weeklyHours: '۴۰' })).toMatchObject(
      {
        weeklyHours: 40,
      },
    );
  });

  it("gives the mentor's answers only the mentor's questions", () => {
    expect(
      buildAnswers('mentor', {
        workSituation: 'studies',
        stillMeeting: 'yes',
        helped: 'some',
        mentorAgain: 'maybe',
      }),
    ).toEqual({ role: 'mentor', stillMeeting: 'yes', helped: 'some', mentorAgain: 'maybe' });
  });
});

describe('validateAnswers', () => {
  it('accepts complete answers of each role', () => {
    expect(
      validateAnswers(
        'mentee',
        {
          workSituation: 'qualified-job',
          weeklyHours: '40',
          sinceMonth: '03',
          sinceYear: '2027',
          helped: 'a-lot',
        },
        TODAY,
      ).answers,
    ).toEqual({
      role: 'mentee',
      workSituation: 'qualified-job',
      weeklyHours: 40,
      since: '2027-03',
      helped: 'a-lot',
    });
    expect(
      validateAnswers('mentor', { stillMeeting: 'no', helped: 'not-at-all', mentorAgain: 'yes' })
        .answers,
    ).toEqual({ role: 'mentor', stillMeeting: 'no', helped: 'not-at-all', mentorAgain: 'yes' });
  });

  it('names every unanswered question, in the order shown', () => {
    const { answers, errors } = validateAnswers('mentor', {}, TODAY);
    expect(answers).toBeUndefined();
    expect([...errors]).toEqual([
      ['stillMeeting', { key: 'followUpErrorChoose' }],
      ['helped', { key: 'followUpErrorChoose' }],
      ['mentorAgain', { key: 'followUpErrorChoose' }],
    ]);
  });

  it('refuses hours outside 1–80 or not whole, at the hours', () => {
    for (const weeklyHours of ['0', '81', '4.5', 'forty', '-3']) {
      const { errors } = validateAnswers(
        'mentee',
        { workSituation: 'other-job', weeklyHours, helped: 'some' },
        TODAY,
      );
      expect([...errors], weeklyHours).toEqual([
        ['weeklyHours', { key: 'followUpErrorHours', max: 80 }],
      ]);
    }
  });

  it('asks for both month and year, and not a month to come', () => {
    const base = { workSituation: 'studies', helped: 'some' };
    expect([...validateAnswers('mentee', { ...base, sinceMonth: '05' }, TODAY).errors]).toEqual([
      ['since', { key: 'followUpErrorSince' }],
    ]);
    expect([
      ...validateAnswers('mentee', { ...base, sinceMonth: '04', sinceYear: '2027' }, TODAY).errors,
    ]).toEqual([['since', { key: 'followUpErrorSinceFuture' }]]);
    expect(
      validateAnswers('mentee', { ...base, sinceMonth: '03', sinceYear: '2027' }, TODAY).errors
        .size,
    ).toBe(0);
  });

  it('refuses a comment over the limit, and control characters', () => {
    const base = { workSituation: 'looking', helped: 'some' };
    expect([
      ...validateAnswers('mentee', { ...base, comment: 'x'.repeat(5001) }, TODAY).errors,
    ]).toEqual([['comment', { key: 'followUpErrorTooLong', max: 5000 }]]);
    expect([...validateAnswers('mentee', { ...base, comment: 'a\u0000b' }, TODAY).errors]).toEqual([
      ['comment', { key: 'followUpErrorInvalid' }],
    ]);
  });
});

describe('serverErrors', () => {
  const values = { workSituation: 'other-job', helped: 'some' };

  it("puts the server's words at the question it names, the rest at the top", () => {
    expect([
      ...serverErrors(
        [
          { field: 'weeklyHours', detail: 'Too many hours' },
          { field: 'matchId', detail: 'Unknown match' },
        ],
        'mentee',
        values,
      ),
    ]).toEqual([
      ['weeklyHours', { text: 'Too many hours' }],
      ['', { text: 'Unknown match' }],
    ]);
  });

  it('says something is wrong when the server named nothing', () => {
    expect([...serverErrors([], 'mentee', values)]).toEqual([
      ['', { key: 'followUpErrorInvalid' }],
    ]);
  });
});
