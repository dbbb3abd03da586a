import { describe, expect, it } from 'vitest';
import { choicesOf, selectMessage } from './select.ts';

describe('selectMessage', () => {
  const goal = selectMessage('goal', { cv: 'CV', network: 'Professional network' });

  it('answers the words of the value, and the value itself when it is unknown', () => {
    expect(goal({ goal: 'network' })).toBe('Professional network');
    expect(goal({ goal: 'mentorship-v2' })).toBe('mentorship-v2');
    // An inherited name is not a choice.
    expect(goal({ goal: 'toString' })).toBe('toString');
  });

  it('keeps its choices readable, and other messages have none', () => {
    expect(choicesOf(goal)).toEqual({ cv: 'CV', network: 'Professional network' });
    expect(choicesOf(({ role }: { role: string }) => role)).toBeUndefined();
    expect(choicesOf('CV')).toBeUndefined();
  });
});
