import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from './locales.ts';
import { formatDate, formatList, formatNumber, formatTime, languageName } from './format.ts';

const instant = '2025-03-04T13:05:00Z';

describe('formatDate and formatTime', () => {
  it('formats in Swedish and British English', () => {
    expect(formatDate(instant, 'sv', { timeZone: 'Europe/Stockholm' })).toBe('4 mars 2025');
    expect(formatDate(instant, 'en', { timeZone: 'Europe/Stockholm' })).toBe('4 Mar 2025');
    expect(formatTime(instant, 'sv', { timeZone: 'Europe/Stockholm' })).toBe('14:05');
  });

  it('keeps caller-chosen fields instead of the default style', () => {
    const options = { weekday: 'long', timeZone: 'UTC' } as const;
    expect(formatDate(instant, 'sv', options)).toBe('tisdag');
  });

  it('uses the Gregorian calendar for Persian and Dari', () => {
    // The Persian default calendar would put this date in the year 1403.
    expect(formatDate(instant, 'fa', { year: 'numeric', timeZone: 'UTC' })).toBe('۲۰۲۵');
    expect(formatDate(instant, 'prs', { year: 'numeric', timeZone: 'UTC' })).toBe('۲۰۲۵');
  });

  it('shows a calendar date as the same day in every time zone', () => {
    const options = { day: 'numeric', month: 'numeric', timeZone: 'America/Los_Angeles' } as const;
    expect(formatDate('2025-03-10', 'sv', options)).toBe('10/3');
  });

  it('formats in every supported locale without throwing', () => {
    for (const locale of SUPPORTED_LOCALES) {
      expect(formatDate(new Date(instant), locale)).not.toBe('');
      expect(formatTime(Date.parse(instant), locale)).not.toBe('');
    }
  });

  it('refuses an invalid date with a clear error', () => {
    expect(() => formatDate('not a date', 'sv')).toThrow(/invalid date: not a date/);
  });
});

describe('formatNumber and formatList', () => {
  it('uses the locale conventions', () => {
    expect(formatNumber(1234.5, 'sv')).toBe('1\u00a0234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatList(['svenska', 'arabiska', 'dari'], 'sv')).toBe('svenska, arabiska och dari');
    expect(formatList(['CV', 'intervju'], 'en', { type: 'disjunction' })).toBe('CV or intervju');
  });
});

describe('languageName', () => {
  it('names languages in the reader’s language and in their own', () => {
    expect(languageName('prs', 'en')).toBe('Dari');
    expect(languageName('ar', 'sv')).toBe('arabiska');
    expect(languageName('uk', 'uk')).toBe('українська');
  });

  it('returns the code for a malformed or unknown one', () => {
    expect(languageName('x', 'sv')).toBe('x');
    expect(languageName('qqq', 'sv')).toBe('qqq');
  });
});
