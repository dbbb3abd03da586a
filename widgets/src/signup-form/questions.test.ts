import { describe, expect, it } from 'vitest';
import { localisedText } from './localised-text.ts';
import { parseQuestions } from './questions.ts';

describe('parseQuestions', () => {
  it('keeps valid questions of every type', () => {
    const { questions, problems } = parseQuestions([
      { id: 'a', type: 'text', label: 'A' },
      { id: 'b', type: 'long-text', label: { sv: 'B', en: 'Bee' }, required: true },
      { id: 'c', type: 'single-choice', label: 'C', options: [{ value: 'x', label: 'X' }] },
      {
        id: 'd',
        type: 'multiple-choice',
        label: 'D',
        options: [{ value: 'y', label: { ar: 'ي' } }],
      },
      { id: 'e', type: 'yes-no', label: 'E', hint: 'why' },
    ]);
    expect(problems).toEqual([]);
    expect(questions.map((q) => q.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('reports bad definitions with their place and keeps the good ones', () => {
    const { questions, problems } = parseQuestions([
      { id: 'ok', type: 'text', label: 'Fine' },
      { id: 'bad id!', type: 'text', label: 'x' },
      { id: 'c', type: 'single-choice', label: 'no options' },
      { id: 'd', type: 'dropdown', label: 'x' },
      { id: 'ok', type: 'yes-no', label: 'repeat' },
      { id: 'e', type: 'text', label: 'x', onclick: 'alert(1)' },
      'not an object',
    ]);
    expect(questions.map((q) => q.id)).toEqual(['ok']);
    const places = problems.map((p) => p.path);
    expect(places).toEqual(
      expect.arrayContaining(['1.id', '2.options', '3.type', '4.id', '5', '6']),
    );
  });

  it('reports a value that is not a list', () => {
    expect(parseQuestions({ id: 'a' }).problems).toHaveLength(1);
    expect(parseQuestions(undefined)).toEqual({ questions: [], problems: [] });
  });
});

describe('localisedText', () => {
  it('uses the language, then English, then Swedish', () => {
    expect(localisedText('Same', 'ar')).toBe('Same');
    expect(localisedText({ sv: 'Hej', en: 'Hi', ar: 'مرحبا' }, 'ar')).toBe('مرحبا');
    expect(localisedText({ sv: 'Hej', en: 'Hi' }, 'so')).toBe('Hi');
    expect(localisedText({ sv: 'Hej' }, 'uk')).toBe('Hej');
    expect(localisedText({ fa: 'سلام' }, 'uk')).toBe('سلام');
  });
});
