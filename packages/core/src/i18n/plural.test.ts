import { describe, expect, it } from 'vitest';
import { plural, pluralCategory } from './plural.ts';

describe('pluralCategory', () => {
  it("follows each language's rules", () => {
    expect(pluralCategory('sv', 1)).toBe('one');
    expect(pluralCategory('sv', 2)).toBe('other');
    expect(pluralCategory('ar', 0)).toBe('zero');
    expect(pluralCategory('ar', 2)).toBe('two');
    expect(pluralCategory('ar', 5)).toBe('few');
    expect(pluralCategory('uk', 3)).toBe('few');
    expect(pluralCategory('uk', 5)).toBe('many');
  });

  it('works for Dari through Persian rules', () => {
    expect(pluralCategory('prs', 1)).toBe('one');
  });
});

describe('plural', () => {
  it('uses other where a message gives no specific form', () => {
    expect(plural('ar', 2, { one: 'مقعد', other: 'مقاعد' })).toBe('مقاعد');
    expect(plural('ar', 2, { two: 'مقعدان', other: 'مقاعد' })).toBe('مقعدان');
  });
});
