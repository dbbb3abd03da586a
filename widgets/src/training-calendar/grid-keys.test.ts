import { describe, expect, it } from 'vitest';
import { dayAfterKey } from './grid-keys.ts';

const key = (name: string, modifiers: { ctrlKey?: boolean; shiftKey?: boolean } = {}) => ({
  key: name,
  ctrlKey: modifiers.ctrlKey ?? false,
  shiftKey: modifiers.shiftKey ?? false,
});
// Wednesday 11 March 2026, weeks from Monday.
const at = { day: '2026-03-11', rtl: false, firstDay: 1 };

describe('the month grid keys', () => {
  it('move by a day and a week, left and right swapped right to left', () => {
    expect(dayAfterKey(key('ArrowRight'), at)).toBe('2026-03-12');
    expect(dayAfterKey(key('ArrowLeft'), at)).toBe('2026-03-10');
    expect(dayAfterKey(key('ArrowRight'), { ...at, rtl: true })).toBe('2026-03-10');
    expect(dayAfterKey(key('ArrowLeft'), { ...at, rtl: true })).toBe('2026-03-12');
    expect(dayAfterKey(key('ArrowUp'), at)).toBe('2026-03-04');
    expect(dayAfterKey(key('ArrowDown'), at)).toBe('2026-03-18');
  });

  it("go to the week's ends by the first day of the week, with Ctrl to the month's", () => {
    expect(dayAfterKey(key('Home'), at)).toBe('2026-03-09');
    expect(dayAfterKey(key('End'), at)).toBe('2026-03-15');
    expect(dayAfterKey(key('Home'), { ...at, firstDay: 7 })).toBe('2026-03-08');
    expect(dayAfterKey(key('Home', { ctrlKey: true }), at)).toBe('2026-03-01');
    expect(dayAfterKey(key('End', { ctrlKey: true }), at)).toBe('2026-03-31');
  });

  it('page by a month, with Shift by a year, keeping the day where the month has it', () => {
    expect(dayAfterKey(key('PageDown'), at)).toBe('2026-04-11');
    expect(dayAfterKey(key('PageUp'), at)).toBe('2026-02-11');
    expect(dayAfterKey(key('PageDown', { shiftKey: true }), at)).toBe('2027-03-11');
    expect(dayAfterKey(key('PageUp'), { ...at, day: '2026-03-31' })).toBe('2026-02-28');
  });

  it('leave every other key alone', () => {
    for (const other of ['Tab', 'Enter', ' ', 'a', 'Escape']) {
      expect(dayAfterKey(key(other), at)).toBeUndefined();
    }
  });
});
