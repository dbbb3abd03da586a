import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from './fields.ts';

describe('COUNTRY_CODES', () => {
  it('lists the 249 ISO 3166-1 countries and Kosovo, once each, in order', () => {
    expect(COUNTRY_CODES).toHaveLength(250);
    expect(new Set(COUNTRY_CODES).size).toBe(250);
    expect([...COUNTRY_CODES].sort()).toEqual(COUNTRY_CODES);
    expect(COUNTRY_CODES.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
  });

  it('has the countries most mentees come from, and the first and last codes', () => {
    for (const code of ['AD', 'AF', 'ER', 'IQ', 'SE', 'SO', 'SY', 'UA', 'XK', 'ZW']) {
      expect(COUNTRY_CODES).toContain(code);
    }
    expect(COUNTRY_CODES).not.toContain('EU');
  });
});
