import { describe, expect, it } from 'vitest';
import { SignupSubmissionSchema } from '@mentorkit/core';
import { buildSubmission } from './build-submission.ts';
import { answerShapes } from './answer-shapes.ts';
import { fieldsFor } from './fields.ts';
import { withMatchingFields } from './matching-fields.ts';
import { fieldForPath } from '../shared/send/field-for-path.ts';
import { validateForm } from './validation.ts';
import { MENTEE_VALUES, MENTOR_VALUES, context } from './testing/fixtures.ts';
import type { Question } from './questions.ts';

/** The fields a form of `kind` shows once checks.ts is in, with every optional one on. */
function shapesFor(kind: 'mentor' | 'mentee', questions: Question[] = []) {
  const specs = fieldsFor(kind, ['phone', 'country-of-birth', 'mother-tongue']);
  return answerShapes(withMatchingFields(specs, kind), questions);
}

describe('validateForm (through SignupSubmissionSchema)', () => {
  it('accepts a complete mentor and builds a submission the core schema accepts', () => {
    const result = validateForm(MENTOR_VALUES, context(), shapesFor('mentor'));
    expect([...result.errors]).toEqual([]);
    expect(SignupSubmissionSchema.safeParse(result.submission).success).toBe(true);
    expect(result.submission).toMatchObject({
      kind: 'mentor',
      person: { name: 'Anna Lindqvist', email: 'anna@example.se', phone: '070-123 45 67' },
      profile: {
        yearsOfExperience: 12,
        languages: [
          { code: 'sv', level: 'native' },
          { code: 'en', level: 'B2' },
        ],
      },
      consent: {
        privacyUrl: 'https://partner.example/integritet',
        acceptedAt: '2026-11-23T10:00:00.000Z',
      },
      draftId: context().draftId,
      locale: 'sv',
    });
  });

  it('accepts a complete mentee', () => {
    const result = validateForm(MENTEE_VALUES, context({ kind: 'mentee' }), shapesFor('mentee'));
    expect([...result.errors]).toEqual([]);
    expect(result.submission).toMatchObject({
      kind: 'mentee',
      profile: { swedishLevel: 'sfi-d', goals: ['cv', 'degree-validation'] },
    });
  });

  it('names every missing field, in form order, with "required" or "choose" wording', () => {
    const result = validateForm({}, context({ kind: 'mentee' }), shapesFor('mentee'));
    expect(result.submission).toBeUndefined();
    expect(Object.fromEntries(result.errors)).toEqual({
      'person.name': { key: 'signupErrorRequired' },
      'person.email': { key: 'signupErrorRequired' },
      'profile.profession': { key: 'signupErrorRequired' },
      'profile.desiredField': { key: 'signupErrorRequired' },
      'profile.swedishLevel': { key: 'signupErrorChoose' },
      'profile.languages': { key: 'signupErrorChooseSome' },
      'profile.goals': { key: 'signupErrorChooseSome' },
      'profile.availabilitySlots': { key: 'signupErrorChooseSome' },
      'profile.meetingModes': { key: 'signupErrorChooseSome' },
      'profile.region': { key: 'signupErrorRequired' },
      consent: { key: 'signupErrorConsent' },
    });
    expect([...result.errors.keys()][0]).toBe('person.name');
  });

  it('gives format messages for a bad email, phone, years and a language without a level', () => {
    const values = {
      ...MENTOR_VALUES,
      'person.email': 'anna@',
      'person.phone': 'ring mig',
      'profile.yearsOfExperience': '7.5',
      'profile.languages': [{ code: 'sv', level: '' }],
    };
    const { errors } = validateForm(values, context(), shapesFor('mentor'));
    expect(Object.fromEntries(errors)).toEqual({
      'person.email': { key: 'signupErrorEmail' },
      'person.phone': { key: 'signupErrorPhone' },
      'profile.yearsOfExperience': { key: 'signupErrorYears' },
      'profile.languages': { key: 'signupErrorLanguageLevel' },
    });
  });

  it('reports text that is too long with the limit', () => {
    const values = { ...MENTOR_VALUES, 'person.name': 'x'.repeat(201) };
    const { errors } = validateForm(values, context(), shapesFor('mentor'));
    expect(errors.get('person.name')).toEqual({ key: 'signupErrorTooLong', max: 200 });
  });

  it('leaves optional fields out when blank and treats whitespace as blank', () => {
    const values = { ...MENTOR_VALUES, 'person.phone': '   ', 'profile.region': '  ' };
    const built = buildSubmission(values, context()) as { person: Record<string, unknown> };
    expect('phone' in built.person).toBe(false);
    const { errors } = validateForm(values, context(), shapesFor('mentor'));
    expect([...errors.keys()]).toEqual(['profile.region']);
  });

  it('checks partner questions: required ones and unknown options', () => {
    const questions: Question[] = [
      { id: 'licence', type: 'yes-no', label: 'Körkort?', required: true },
      {
        id: 'shift',
        type: 'single-choice',
        label: 'Skift',
        options: [{ value: 'day', label: 'Dag' }],
      },
      { id: 'note', type: 'text', label: 'Övrigt' },
    ];
    const values = { ...MENTOR_VALUES, 'answers.shift': 'night' };
    const { errors } = validateForm(values, context({ questions }), shapesFor('mentor', questions));
    expect(Object.fromEntries(errors)).toEqual({
      'answers.licence': { key: 'signupErrorChoose' },
      'answers.shift': { key: 'signupErrorChoose' },
    });
    const ok = validateForm(
      { ...MENTOR_VALUES, 'answers.licence': 'no', 'answers.shift': 'day' },
      context({ questions }),
      shapesFor('mentor', questions),
    );
    expect(ok.submission?.answers).toEqual({ licence: false, shift: 'day' });
  });

  it('sends programme and training when given', () => {
    const { submission } = validateForm(
      MENTOR_VALUES,
      context({ programme: 'hultsfred-2026', training: 'evt-1@kommun.example' }),
      shapesFor('mentor'),
    );
    expect(submission).toMatchObject({
      programmeId: 'hultsfred-2026',
      trainingUid: 'evt-1@kommun.example',
    });
  });
});

describe('fieldForPath', () => {
  const fields = ['person.email', 'profile.languages', 'answers.a', 'answers.ab'];
  it('picks the field itself or its closest parent', () => {
    expect(fieldForPath('person.email', fields)).toBe('person.email');
    expect(fieldForPath('profile.languages.0.level', fields)).toBe('profile.languages');
    expect(fieldForPath('answers.ab', fields)).toBe('answers.ab');
    expect(fieldForPath('person', fields)).toBeUndefined();
    expect(fieldForPath('draftId', fields)).toBeUndefined();
  });
});
