import { describe, expect, it } from 'vitest';
import { answerShapes } from './answer-shapes.ts';
import { configurationProblem } from './configuration.ts';
import { fieldsFor, parseFieldsAttribute } from './fields.ts';
import { parseQuestions } from './questions.ts';

describe('answerShapes', () => {
  it('gives each built-in field and each question of the partner how it is answered', () => {
    const { questions } = parseQuestions([
      { id: 'licence', type: 'text', label: 'Driving licence' },
      {
        id: 'shift',
        type: 'single-choice',
        label: 'Shift',
        options: [{ value: 'day', label: 'Day' }],
      },
      {
        id: 'tools',
        type: 'multiple-choice',
        label: 'Tools',
        options: [{ value: 'cnc', label: 'CNC' }],
      },
    ]);
    const shapes = answerShapes(fieldsFor('mentee', parseFieldsAttribute('phone')), questions);
    expect(shapes.get('person.name')).toBe('text');
    expect(shapes.get('profile.languages')).toBe('choices');
    expect(shapes.get('answers.licence')).toBe('text');
    expect(shapes.get('answers.shift')).toBe('choice');
    expect(shapes.get('answers.tools')).toBe('choices');
    // The partner's questions come after the built-in fields.
    expect([...shapes.keys()].slice(-3)).toEqual([
      'answers.licence',
      'answers.shift',
      'answers.tools',
    ]);
  });
});

describe('configurationProblem', () => {
  const ok = {
    privacyHref: 'https://partner.example/privacy',
    programme: 'union.2026',
    training: 'evt-1',
  };

  it('accepts a form with a privacy notice and sendable ids', () => {
    expect(configurationProblem(ok)).toBeUndefined();
    expect(
      configurationProblem({ ...ok, programme: undefined, training: undefined }),
    ).toBeUndefined();
  });

  it('names what is wrong: no privacy notice, a programme id or a training uid it cannot send', () => {
    expect(configurationProblem({ ...ok, privacyHref: undefined })).toContain('privacy-url');
    expect(configurationProblem({ ...ok, programme: 'two words' })).toContain('"two words"');
    expect(configurationProblem({ ...ok, training: 'x'.repeat(10_000) })).toContain('training uid');
  });
});
