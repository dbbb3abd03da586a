// The formatters are memoised: a list of 1,677 events formatted 3,000 Intl.DateTimeFormats,
// 38 % of its time in Chromium (issue 22). Counted by wrapping the constructors.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  formatDate,
  formatList,
  formatNumber,
  formatTime,
  formatTimeZoneName,
  languageName,
} from './format.ts';
import { pluralCategory } from './plural.ts';

const constructed = new Map<string, number>();
const originals = {
  DateTimeFormat: Intl.DateTimeFormat,
  NumberFormat: Intl.NumberFormat,
  ListFormat: Intl.ListFormat,
  DisplayNames: Intl.DisplayNames,
  PluralRules: Intl.PluralRules,
};

beforeEach(() => {
  constructed.clear();
  for (const [name, Original] of Object.entries(originals)) {
    const Counting = new Proxy(Original, {
      construct(target, args: unknown[]) {
        constructed.set(name, (constructed.get(name) ?? 0) + 1);
        return Reflect.construct(target, args) as object;
      },
    });
    Object.defineProperty(Intl, name, { value: Counting, configurable: true, writable: true });
  }
});

afterEach(() => {
  for (const [name, Original] of Object.entries(originals)) {
    Object.defineProperty(Intl, name, { value: Original, configurable: true, writable: true });
  }
});

describe('memoised Intl formatters', () => {
  it('builds one DateTimeFormat per locale and options, not one per call', () => {
    const zone = { timeZone: 'Pacific/Chatham' };
    for (let day = 1; day <= 28; day++) {
      formatDate(`2031-02-${String(day).padStart(2, '0')}T10:00:00Z`, 'sv', zone);
      formatTime(`2031-02-${String(day).padStart(2, '0')}T10:00:00Z`, 'sv', zone);
      formatDate(`2031-02-${String(day).padStart(2, '0')}`, 'sv', {
        year: 'numeric',
        month: 'long',
      });
    }
    expect(constructed.get('DateTimeFormat') ?? 0).toBeLessThanOrEqual(3);
  });

  it('gives the same text as a fresh formatter', () => {
    const options = { weekday: 'long', hour: 'numeric', timeZone: 'Asia/Kabul' } as const;
    const first = formatDate('2031-03-04T13:05:00Z', 'prs', options);
    expect(formatDate('2031-03-04T13:05:00Z', 'prs', options)).toBe(first);
    expect(first).toBe(
      new originals.DateTimeFormat('fa-AF', { calendar: 'gregory', ...options }).format(
        new Date('2031-03-04T13:05:00Z'),
      ),
    );
  });

  it('memoises numbers, lists, language names and plural rules too', () => {
    for (let i = 0; i < 50; i++) {
      formatNumber(i, 'uk', { minimumFractionDigits: 3 });
      formatList(['a', 'b', String(i)], 'so', { type: 'disjunction' });
      languageName('ti', 'ar');
      pluralCategory('uk', i);
      formatTimeZoneName(Date.UTC(2031, 0, 1 + i), 'sv', 'America/Toronto', 'short');
    }
    expect(Math.max(...constructed.values())).toBeLessThanOrEqual(1);
    expect(formatTimeZoneName(Date.UTC(2031, 0, 1), 'en', 'Europe/Stockholm')).toBe(
      'Central European Standard Time',
    );
  });
});
